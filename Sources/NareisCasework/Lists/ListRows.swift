import NareisCore

/// What the case list shows: sort, filters and the search text.
public struct CaseQuery: Hashable, Sendable {
    public var sort: CaseSort = .nextDeadline
    public var stage: CaseStage?
    public var overdueOnly = false
    public var counsellor: String?
    /// Full-text search over names (original and Latin), V-numbers and case IDs.
    public var search = ""

    public init(sort: CaseSort = .nextDeadline, stage: CaseStage? = nil, overdueOnly: Bool = false,
                counsellor: String? = nil, search: String = "") {
        self.sort = sort
        self.stage = stage
        self.overdueOnly = overdueOnly
        self.counsellor = counsellor
        self.search = search
    }

    public var isFiltered: Bool { stage != nil || overdueOnly || counsellor != nil || !search.isEmpty }
}

/// One row of the case list, as the store gives it (no assessment needed).
public struct CaseListRow: Hashable, Sendable {
    public var id: String
    public var name: String
    public var latinName: String?
    public var stage: CaseStage
    /// The earliest open or overdue deadline of any member.
    public var nextDue: Day?
    public var counsellor: String?
    /// Checklist documents complete and required over all members, when known.
    public var documentsComplete: Int?
    public var documentsRequired: Int?

    public init(id: String, name: String, latinName: String?, stage: CaseStage, nextDue: Day?, counsellor: String?,
                documentsComplete: Int? = nil, documentsRequired: Int? = nil) {
        self.id = id
        self.name = name
        self.latinName = latinName
        self.stage = stage
        self.nextDue = nextDue
        self.counsellor = counsellor
        self.documentsComplete = documentsComplete
        self.documentsRequired = documentsRequired
    }
}

/// One pending deadline across the caseload.
public struct DeadlineRow: Hashable, Sendable {
    public var caseId: String
    public var memberId: String
    public var memberName: String
    public var memberLatinName: String?
    public var deadline: String
    public var due: Day
    public var rule: String

    public init(caseId: String, memberId: String, memberName: String, memberLatinName: String? = nil, deadline: String,
                due: Day, rule: String) {
        self.caseId = caseId
        self.memberId = memberId
        self.memberName = memberName
        self.memberLatinName = memberLatinName
        self.deadline = deadline
        self.due = due
        self.rule = rule
    }
}

