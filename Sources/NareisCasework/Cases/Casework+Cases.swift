import Foundation
import NareisCore
import NareisOutputs

/// A case as a whole: look at it, take it in or edit it, record what happened in
/// its procedure, erase it.
extension Casework {
    /// The case with its assessment on `asOf` and its complete documents, or nil if it
    /// is gone. `recordView`: the counsellor opened it (the audit trail records a view);
    /// false for the preview that follows a list cursor.
    public func openCase(id: String, asOf: Day, recordView: Bool = false) throws -> OpenCase? {
        let file: CaseFile
        if recordView {
            file = try storage.openCase(id: id)
        } else {
            guard let stored = try storage.loadCase(id: id) else { return nil }
            file = stored
        }
        let statuses = try storage.checklistStatuses(caseId: id)
        if let known = recentlyOpened.open(file, statuses: statuses, asOf: asOf) { return known }
        var complete: [String: Set<String>] = [:]
        for status in statuses where status.status.isComplete(for: status.itemId) {
            complete[status.memberId, default: []].insert(status.itemId)
        }
        let progress = ChecklistProgress(statuses)
        let assessment = assess(file, asOf).addingDocumentWarnings(file) { progress.state(member: $0, item: $1) }
        let open = OpenCase(file: file, assessment: assessment, completeDocuments: complete)
        recentlyOpened.remember(open, statuses: statuses, asOf: asOf)
        return open
    }

    /// The counsellor opened a case: one audit line.
    public func recordView(caseId: String) throws {
        _ = try storage.openCase(id: caseId)
    }

    /// The stored case file, or nil.
    public func caseFile(id: String) throws -> CaseFile? { try storage.loadCase(id: id) }

    /// The stored case file, or `StoreError.unknownCase`.
    public func requireCase(id: String) throws -> CaseFile {
        guard let file = try storage.loadCase(id: id) else { throw StoreError.unknownCase(id: id) }
        return file
    }

    /// A case file assessed on `asOf` by the rules the store uses (the intake's live review).
    public func assessment(of file: CaseFile, asOf: Day) -> Assessment { assess(file, asOf) }

    /// Takes in a new case or stores a new version of one; returns its ID (a new case
    /// gets the next free one). Deadlines and follow-up tasks are derived on the way.
    @discardableResult
    public func saveCase(_ file: CaseFile) throws -> String {
        try writing { try storage.saveCase(file) }
    }

    /// Records (or, with empty `text`, clears) a procedure event of one member and
    /// stores the case. A day before the event it follows, or a text that is not a
    /// day, is refused (`CaseFileError`, nothing written).
    public func recordEvent(_ event: ProcedureEvent, text: String, caseId: String, memberId: String,
                            today: Day? = nil) throws {
        var file = try requireCase(id: caseId)
        guard let index = file.members.firstIndex(where: { $0.id == memberId }) else {
            throw StoreError.unknownMember(caseId: caseId, memberId: memberId)
        }
        file.members[index].procedure = try event.record(text, in: file.members[index].procedure, today: today)
        try saveCase(file)
    }

    /// Records the IND's further investigation of a member (nil removes it), or throws
    /// naming what is wrong (`ProcedureEvent.record(_:in:)`).
    public func recordInvestigation(_ investigation: Investigation?, caseId: String, memberId: String) throws {
        var file = try requireCase(id: caseId)
        guard let index = file.members.firstIndex(where: { $0.id == memberId }) else {
            throw StoreError.unknownMember(caseId: caseId, memberId: memberId)
        }
        file.members[index].procedure = try ProcedureEvent.record(investigation, in: file.members[index].procedure)
        try saveCase(file)
    }

    /// Stores many cases, all or nothing; returns their IDs. `next` gives the next
    /// chunk (nil at the end), so a reader can read ahead while the store writes.
    public func importCases(chunks next: () throws -> [CaseFile]?) throws -> [String] {
        try writing { try storage.importCases(chunks: next) }
    }

    /// Stores these cases, all or nothing; returns their IDs. A lazy sequence is read
    /// a chunk at a time while the store writes the one before.
    @discardableResult
    public func importCases<S: Sequence<CaseFile>>(_ files: S) throws -> [String] {
        try writing { try storage.importCases(files) }
    }

    /// Cases handed to the store at a time: enough to keep every core preparing.
    public static let importChunkSize = 4096

    /// The most bytes of input that is not a JSON array read whole (one case file or
    /// JSON Lines, never that large); an array is read a chunk at a time.
    public static let wholeFileLimit = 256 << 20

    /// Stores the case files of an input, all or nothing: one case file, a JSON array
    /// of them (read a chunk ahead while the store writes: an export of 100,000 cases
    /// is about 300 MB) or JSON Lines. Returns the IDs. Refused input throws
    /// `CaseFileError`, every problem named by its path (an array element by its
    /// index, a broken one by its byte in the whole input); nothing is then stored.
    public func importFile(_ data: Data) throws -> [String] {
        do {
            if let elements = try CaseFileReader.arrayElements(data) {
                let chunks = ArrayFileChunks(data, elements: elements)
                return try importCases(chunks: chunks.next)
            }
            guard data.count <= Self.wholeFileLimit else {
                throw CaseFileError(path: "", "input: \(data.count) bytes that are not a JSON array of case files "
                                    + "(expected a JSON array above \(Self.wholeFileLimit) bytes)")
            }
            return try importCases(CaseFileReader.readMany(data))
        } catch let notJSON as ArrayFileChunks.NotJSON {
            throw CaseFileError(path: "", "input: \(notJSON.error.description)")
        }
    }

    /// Removes every trace of a case; the audit trail keeps its ID.
    public func erase(caseId: String) throws {
        try writing { try storage.eraseCase(id: caseId) }
    }
}
