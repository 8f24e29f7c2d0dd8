import NareisCore

/// What the audit trail records.
public enum AuditAction: String, CaseIterable, Sendable {
    case create, edit, view, `import`, export, erase, backup, restore
    /// Cases computed again because rules took effect since they were last written
    /// (one line for all, with their count).
    case rederive
}

/// One audit line: who did what to which case, when. IDs only.
public struct AuditEntry: Hashable, Sendable {
    public var at: String
    public var who: String
    public var action: String
    public var caseId: String?
    public var memberId: String?
    public var count: Int?
}

/// One line of the workstation's case list: what the list shows and sorts by,
/// read from indexed columns (the case document is not loaded).
public struct CaseRow: Hashable, Sendable {
    public var id: String
    public var sponsorName: String
    public var sponsorLatinName: String?
    public var sponsorNationality: String
    public var counsellor: String?
    public var memberCount: Int
    public var stage: CaseStage
    /// The earliest pending (open or overdue) deadline over the case's members.
    public var nextDue: Day?
    /// ISO 8601 UTC timestamp of the last write.
    public var changedAt: String
    /// Checklist documents complete (`DocumentStatus.complete`) and required, over
    /// all members, as of the last write; nil before the store kept checklists.
    public var documentsComplete: Int? = nil
    public var documentsRequired: Int? = nil

    public func isOverdue(on day: Day) -> Bool { nextDue.map { $0 < day } ?? false }
}

public enum CaseSort: String, CaseIterable, Sendable {
    /// Earliest pending deadline first (overdue ones lead); cases without one last.
    case nextDeadline
    /// Sponsor's Latin spelling (else the name as given), case and accent folded.
    case name
    /// Most recently changed first.
    case lastChange
}

/// Which cases the list shows; nil fields do not filter.
public struct CaseFilter: Hashable, Sendable {
    public var stage: CaseStage?
    /// Only cases with a deadline past due on this day.
    public var overdueOn: Day?
    public var counsellor: String?

    public init(stage: CaseStage? = nil, overdueOn: Day? = nil, counsellor: String? = nil) {
        self.stage = stage
        self.overdueOn = overdueOn
        self.counsellor = counsellor
    }
}

/// A deadline still to act on, as stored at the last write of its case.
public struct PendingDeadline: Hashable, Sendable {
    public var caseId: String
    public var memberId: String
    public var deadlineId: String
    public var due: Day
    public var rule: String

    public func daysLeft(on day: Day) -> Int { day.days(until: due) }
    public func isOverdue(on day: Day) -> Bool { due < day }
}

public struct ChecklistStatus: Hashable, Sendable {
    public var memberId: String
    public var itemId: String
    public var status: DocumentStatus
    /// A sworn translation is needed (the document is not in Dutch, English, French or German).
    public var translationNeeded: Bool
    public var changedAt: String

    public init(memberId: String, itemId: String, status: DocumentStatus, translationNeeded: Bool, changedAt: String = "") {
        self.memberId = memberId
        self.itemId = itemId
        self.status = status
        self.translationNeeded = translationNeeded
        self.changedAt = changedAt
    }
}

/// A follow-up the counsellor set for a case (call the family, chase a document).
public struct CaseTask: Hashable, Sendable {
    public var id: Int64
    public var memberId: String?
    public var title: String
    public var due: Day?
    public var doneOn: Day?
    public var createdAt: String
}

public struct CaseNote: Hashable, Sendable {
    public var id: Int64
    public var memberId: String?
    public var text: String
    public var createdAt: String
    /// The OS user who wrote the note (nil for notes from before authors were kept).
    public var author: String? = nil
}
