import NareisCore

/// What the audit trail records.
public enum AuditAction: String, CaseIterable, Sendable {
    case create, edit, view, `import`, export, erase, backup, restore
    /// Cases computed again because rules took effect since they were last written
    /// (one line for all, with their count).
    case rederive
    /// Written by a team sync: a colleague's version, or both sides merged.
    case sync
    /// Handed to another counsellor.
    case assign
    /// Given a new ID because the team already had a case under its old one (a line
    /// under each ID).
    case renumber
    /// Sealed for another organisation (`nareis handover`); the case stays until erased.
    case handover
    /// Taken in from a sealed handover (`nareis receive`), besides its import line.
    case receive
}

/// One audit line: who did what to which case, when. IDs only.
public struct AuditEntry: Hashable, Sendable {
    public var at: String
    public var who: String
    public var action: String
    public var caseId: String?
    public var memberId: String?
    public var count: Int?

    public init(at: String, who: String, action: String, caseId: String? = nil, memberId: String? = nil, count: Int? = nil) {
        self.at = at
        self.who = who
        self.action = action
        self.caseId = caseId
        self.memberId = memberId
        self.count = count
    }
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

    public init(id: String, sponsorName: String, sponsorLatinName: String? = nil, sponsorNationality: String,
                counsellor: String? = nil, memberCount: Int, stage: CaseStage, nextDue: Day? = nil, changedAt: String,
                documentsComplete: Int? = nil, documentsRequired: Int? = nil) {
        self.id = id
        self.sponsorName = sponsorName
        self.sponsorLatinName = sponsorLatinName
        self.sponsorNationality = sponsorNationality
        self.counsellor = counsellor
        self.memberCount = memberCount
        self.stage = stage
        self.nextDue = nextDue
        self.changedAt = changedAt
        self.documentsComplete = documentsComplete
        self.documentsRequired = documentsRequired
    }
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

    public init(caseId: String, memberId: String, deadlineId: String, due: Day, rule: String) {
        self.caseId = caseId
        self.memberId = memberId
        self.deadlineId = deadlineId
        self.due = due
        self.rule = rule
    }
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

/// A task of a case as the store keeps it: a follow-up the rules derived from the
/// case (`FollowUpPlanner.followUps`, stored on every write), with its done mark, or
/// one of the counsellor's own.
public struct StoredTask: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Derived: `id` is stable across writes (template, or template:member).
        case followUp(id: String, template: TaskTemplate.ID)
        /// The counsellor's own, by its number.
        case own(number: Int64, title: String)
    }

    public var caseId: String
    /// nil for a task of the whole family.
    public var memberId: String?
    public var kind: Kind
    public var due: Day?
    public var doneOn: Day?

    public init(caseId: String, memberId: String?, kind: Kind, due: Day?, doneOn: Day?) {
        self.caseId = caseId
        self.memberId = memberId
        self.kind = kind
        self.due = due
        self.doneOn = doneOn
    }

    /// Stable within the case: the follow-up's ID, or `own-N` (calendar UIDs use it).
    public var id: String {
        switch kind {
        case .followUp(let id, _): return id
        case .own(let number, _): return "own-\(number)"
        }
    }

    public var isDone: Bool { doneOn != nil }
}

/// An open task across the store, with whom it concerns (the member's name, else the
/// sponsor's; Latin spelling where known), for lists.
public struct NamedTask: Hashable, Sendable {
    public var task: StoredTask
    public var who: String

    public init(task: StoredTask, who: String) {
        self.task = task
        self.who = who
    }
}

public struct CaseNote: Hashable, Sendable {
    public var id: Int64
    public var memberId: String?
    public var text: String
    public var createdAt: String
    /// The OS user who wrote the note (nil for notes from before authors were kept).
    public var author: String? = nil

    public init(id: Int64, memberId: String? = nil, text: String, createdAt: String, author: String? = nil) {
        self.id = id
        self.memberId = memberId
        self.text = text
        self.createdAt = createdAt
        self.author = author
    }
}

/// A pending deadline with the name of the member it concerns, for lists.
public struct NamedPendingDeadline: Hashable, Sendable {
    public var deadline: PendingDeadline
    public var memberName: String
    public var memberLatinName: String?

    public init(deadline: PendingDeadline, memberName: String, memberLatinName: String? = nil) {
        self.deadline = deadline
        self.memberName = memberName
        self.memberLatinName = memberLatinName
    }
}

/// A half-done intake kept in the store: the draft's JSON (`IntakeDraft.json`),
/// the case it edits (nil for a new case), and when it was last saved.
public struct StoredDraft: Hashable, Sendable {
    public var number: Int64
    public var caseId: String?
    public var document: String
    public var changedAt: String

    public init(number: Int64, caseId: String? = nil, document: String, changedAt: String) {
        self.number = number
        self.caseId = caseId
        self.document = document
        self.changedAt = changedAt
    }
}

/// What `check()` found: empty lists mean the store is sound.
public struct CheckReport: Sendable {
    public var integrity: [String]
    public var foreignKeys: [String]
    public var searchIndex: [String]
    public var unreadableCases: [String]
    public var cases: Int
    /// The number of cases the store keeps for the list's total, when it is not `cases`.
    public var keptTotal: Int?
    /// The days whose kept count of pending deadlines (the deadlines pane's total) is
    /// wrong, when there are any.
    public var miscountedDeadlineDays: Int?
    public var auditChain: AuditChainReport
    public var isSound: Bool {
        integrity.isEmpty && foreignKeys.isEmpty && searchIndex.isEmpty && unreadableCases.isEmpty && keptTotal == nil
            && miscountedDeadlineDays == nil && auditChain.firstBreak == nil
    }

    public init(integrity: [String], foreignKeys: [String], searchIndex: [String], unreadableCases: [String],
                cases: Int, keptTotal: Int? = nil, miscountedDeadlineDays: Int? = nil,
                auditChain: AuditChainReport = AuditChainReport(intactLines: 0)) {
        self.integrity = integrity
        self.foreignKeys = foreignKeys
        self.searchIndex = searchIndex
        self.unreadableCases = unreadableCases
        self.cases = cases
        self.keptTotal = keptTotal
        self.miscountedDeadlineDays = miscountedDeadlineDays
        self.auditChain = auditChain
    }
}

