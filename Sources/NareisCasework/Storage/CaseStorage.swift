import NareisCore

/// What the casework layer needs of a case store: the reads and writes behind every
/// operation a counsellor performs. The casework layer owns this protocol; the SQLite
/// store (`NareisStore.CaseStore`, through GRDB) is its implementation, and a team
/// store can stand beside it. Front ends never see it: they call `Casework`.
///
/// Every write is one transaction with one audit line (IDs only, never personal
/// data). Derived rows (members, pending deadlines, follow-up tasks, search text)
/// are computed from the case file on every write, so readers never assess a case
/// to list it.
public protocol CaseStorage: AnyObject, Sendable {
    /// Where the store is, for messages (a path; never case data).
    var location: String { get }
    /// The most cases a search returns (the list then says "type more").
    var searchMatchLimit: Int { get }

    // MARK: Cases

    /// Stores a case (new, or a new version of a stored one); returns its ID (one is
    /// handed out when the file has none).
    func saveCase(_ file: CaseFile) throws -> String
    /// Stores many cases, all or nothing; returns their IDs in order. `chunks` gives
    /// the next chunk, nil at the end (read ahead while the store writes).
    func importCases(chunks next: () throws -> [CaseFile]?) throws -> [String]
    /// The stored case, or nil.
    func loadCase(id: String) throws -> CaseFile?
    /// The stored case, recording in the audit trail that a counsellor opened it.
    func openCase(id: String) throws -> CaseFile
    /// Up to `limit` cases in ID order after `afterId` (from the first when nil).
    func loadCases(after afterId: String?, limit: Int) throws -> [CaseFile]
    func count() throws -> Int
    /// Calls `body` with every stored case as a pretty `nareis-case/1` document (as
    /// `CaseFileWriter.text` writes it, indented `indentLevel` levels), in ID order,
    /// one at a time: constant memory.
    func forEachCaseDocument(indentLevel: Int, _ body: (String) throws -> Void) throws
    /// Removes every trace of a case; the audit trail keeps its ID.
    func eraseCase(id: String) throws

    // MARK: Lists

    func caseCount(filter: CaseFilter) throws -> Int
    /// A page of the case list; with `total` (the filter's count) late pages are read
    /// from the other end.
    func caseRows(filter: CaseFilter, sort: CaseSort, offset: Int, limit: Int, total: Int?) throws -> [CaseRow]
    /// The IDs of the cases a search finds, in list order (at most `searchMatchLimit`).
    func caseIds(matching text: String, filter: CaseFilter, sort: CaseSort) throws -> [String]
    /// The rows of these cases, in the order given.
    func caseRows(ids: [String]) throws -> [CaseRow]
    func counsellors() throws -> [String]
    /// The counsellor of the newest case that names one (a new intake starts with it).
    func newestCounsellor() throws -> String?

    // MARK: Deadlines

    /// Every pending deadline due on or before `asOf + days`, overdue first, then by due day.
    func pendingDeadlines(within days: Int, asOf: Day) throws -> [PendingDeadline]
    func pendingDeadlineCount(within days: Int, asOf: Day) throws -> Int
    /// A page of the same list, with member names.
    func pendingDeadlines(within days: Int, asOf: Day, offset: Int, limit: Int) throws -> [NamedPendingDeadline]

    // MARK: Documents

    func checklistStatuses(caseId: String) throws -> [ChecklistStatus]
    func setChecklistStatus(caseId: String, memberId: String, itemId: String, status: DocumentStatus,
                            translationNeeded: Bool) throws

    // MARK: Travel

    /// The case's IOM travel record (empty when nothing is recorded).
    func iomTravel(caseId: String) throws -> IomTravel
    /// Stores the case's IOM travel record (audited).
    func saveIomTravel(caseId: String, _ travel: IomTravel) throws

    // MARK: Tasks

    /// Every task of a case: its follow-ups (with their done marks) and the
    /// counsellor's own, open ones first, then by due day.
    func tasks(caseId: String) throws -> [StoredTask]
    /// Open tasks across the store, by due day (undated last); with `dueBy`, only
    /// those due on or before it (undated ones left out).
    func openTaskCount(dueBy: Day?) throws -> Int
    /// All of them at once, without names (`nareis tasks`).
    func openTasks(dueBy: Day?) throws -> [StoredTask]
    /// A page of them; with `total` (their count) late pages are read from the other end.
    func openTasks(dueBy: Day?, offset: Int, limit: Int, total: Int?) throws -> [NamedTask]
    /// Where one of the counsellor's open own tasks stands in that list (its offset),
    /// or nil when it is not open.
    func openTaskPosition(caseId: String, taskNumber: Int64) throws -> Int?
    /// Marks a follow-up task done on `day`, or open again (nil).
    func markTask(caseId: String, taskId: String, doneOn day: Day?) throws
    /// Adds a task of the counsellor's own; returns its number.
    func addTask(caseId: String, memberId: String?, title: String, due: Day?) throws -> Int64
    /// Marks one of the counsellor's own tasks done on `day`, or open again (nil).
    func setTaskDone(caseId: String, taskNumber: Int64, on day: Day?) throws

    // MARK: Notes, drafts, audit

    func addNote(caseId: String, memberId: String?, text: String) throws -> Int64
    func notes(caseId: String) throws -> [CaseNote]
    func saveDraft(number: Int64?, caseId: String?, document: String) throws -> Int64
    func drafts() throws -> [StoredDraft]
    func deleteDraft(number: Int64) throws
    func auditTrail(caseId: String?) throws -> [AuditEntry]
    /// Records an export (how many cases, or which one) in the audit trail.
    func recordExport(caseId: String?, count: Int) throws

    // MARK: Is this family already here?

    /// The cases (IDs, most recently changed first, at most `limit`) with a person
    /// under one of these name keys (`NameKey`) born in `years`.
    func caseIds(withPeopleUnder nameKeys: [String], bornIn years: ClosedRange<Int>, limit: Int) throws -> [String]
    /// The cases with a sponsor or member holding one of these V-numbers.
    func caseIds(withVNumbers vNumbers: [String]) throws -> [String]
    /// The pairs of cases with at least `people` people each under a shared name key,
    /// birth years at most `yearsApart` apart; keys held by more than `crowded` people
    /// of one birth year left out.
    func casePairsSharingPeople(yearsApart: Int, people: Int, crowded: Int) throws -> [CasePair]
    /// The pairs of cases sharing a V-number.
    func casePairsSharingVNumbers() throws -> [CasePair]

    // MARK: Team sync (`Casework.sync`)

    /// Stored cases as sync documents with what the server lists of them, by ID
    /// (a case not stored is absent).
    func localSyncCases(ids: [String]) throws -> [String: LocalSyncCase]
    /// What the last syncs saw of these cases on the server, by ID.
    func syncRecords(ids: [String]) throws -> [String: SyncRecord]
    /// Puts the cases written since the last call (by the audit trail) on the waiting
    /// list; returns the whole list.
    func collectWaiting() throws -> [String]
    /// Writes a sync's batch, and how far the pull came (when given), in one
    /// transaction; returns the IDs skipped because the case changed since it was read.
    func applySync(_ writes: [SyncWrite], pulledThrough: Int64?) throws -> [String]
    /// Gives a case a new ID (the team has another case under its old one); returns it.
    func renumberCase(id: String) throws -> String
    func conflictedCaseIds() throws -> [String]
    func syncSetting(_ key: SyncSetting) throws -> String?
    func setSyncSetting(_ key: SyncSetting, to value: String) throws
    func syncStatus() throws -> SyncStatus
    /// Hands a case to another counsellor (audited as `assign`).
    func assignCase(id: String, to counsellor: String) throws

    // MARK: Handovers (sealed case files between organisations)

    /// Records that a case was sealed for another organisation (audited as `handover`).
    func recordHandover(caseId: String) throws
    /// When (UTC timestamp) the handover with this file ID was received here, or nil.
    func handoverReceived(fileId: String) throws -> String?
    /// Stores a received handover's cases, all or nothing, through the import, with its
    /// file ID (a second receipt is refused: `HandoverRefusal.replayed`) and a `receive`
    /// audit line per case.
    func receiveCases(_ files: [CaseFile], fileId: String) throws -> [String]

    // MARK: Maintenance

    func check(readBack: Bool) throws -> CheckReport
    func backup(to destination: String) throws
    func restore(from source: String) throws
}

extension CaseStorage {
    /// Stores these cases, all or nothing; returns their IDs. A lazy sequence is read
    /// a chunk at a time while the store writes the one before.
    @discardableResult
    public func importCases<S: Sequence<CaseFile>>(_ files: S) throws -> [String] {
        var iterator = files.makeIterator()
        return try importCases(chunks: {
            var chunk: [CaseFile] = []
            while chunk.count < Casework.importChunkSize, let file = iterator.next() { chunk.append(file) }
            return chunk.isEmpty ? nil : chunk
        })
    }
}
