import NareisCore

/// The intake: half-done forms kept as drafts, and the case saved from a finished one.
extension Casework {
    public func drafts() throws -> [StoredDraft] { try storage.drafts() }

    /// Keeps a form as a draft (new when `number` is nil); returns its number.
    @discardableResult
    public func saveDraft(_ draft: IntakeDraft, number: Int64?, editingCase caseId: String?) throws -> Int64 {
        try storage.saveDraft(number: number, caseId: caseId, document: JSONWriter.string(draft.json, pretty: false))
    }

    /// Saves the case a finished intake describes and drops its draft; returns the case ID.
    /// A draft that does not make a valid case file is refused (`CaseFileError`).
    public func completeIntake(_ draft: IntakeDraft, draftNumber: Int64?) throws -> String {
        let file = try draft.caseFile()
        let id = try saveCase(file)
        if let draftNumber { try storage.deleteDraft(number: draftNumber) }
        return id
    }
}
