import NareisCore

/// The intake: half-done forms kept as drafts, and the case saved from a finished one.
extension Casework {
    public func drafts() throws -> [StoredDraft] { try storage.drafts() }

    /// Keeps a form as a draft (new when `number` is nil); returns its number.
    @discardableResult
    public func saveDraft(_ draft: IntakeDraft, number: Int64?, editingCase caseId: String?) throws -> Int64 {
        try storage.saveDraft(number: number, caseId: caseId, document: JSONWriter.string(draft.json, pretty: false))
    }

    /// The case a draft makes as it would be saved (an edit with what the intake does not
    /// ask taken from the stored case), assessed on `asOf`: the intake's review. Nil while
    /// the answers do not make a case yet.
    public func reviewIntake(_ draft: IntakeDraft, asOf: Day) throws -> OpenCase? {
        let stored = try draft.caseId.flatMap { try storage.loadCase(id: $0) }
        guard let file = try? draft.caseFile(keeping: stored) else { return nil }
        return OpenCase(file: file, assessment: assess(file, asOf))
    }

    /// Saves the case a finished intake describes and drops its draft; returns the case ID.
    /// An edit keeps, from the stored case, everything the intake does not ask about
    /// (procedure events, the address, `asOf`): a draft resumed from the store holds the
    /// answers only. A draft that does not make a valid case file is refused (`CaseFileError`).
    public func completeIntake(_ draft: IntakeDraft, draftNumber: Int64?) throws -> String {
        let stored = try draft.caseId.flatMap { try storage.loadCase(id: $0) }
        let file = try draft.caseFile(keeping: stored)
        let id = try saveCase(file)
        if let draftNumber { try storage.deleteDraft(number: draftNumber) }
        return id
    }
}
