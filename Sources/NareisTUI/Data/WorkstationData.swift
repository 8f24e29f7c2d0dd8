import NareisCore
import NareisStore

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

/// A case opened in the family tree: the file, its assessment on `asOf`, and
/// which checklist items are done per member (the store's document statuses).
public struct OpenCase: Hashable, Sendable {
    public var file: CaseFile
    public var assessment: Assessment
    /// Member ID -> checklist item IDs that are complete.
    public var completeDocuments: [String: Set<String>]

    public init(file: CaseFile, assessment: Assessment, completeDocuments: [String: Set<String>] = [:]) {
        self.file = file
        self.assessment = assessment
        self.completeDocuments = completeDocuments
    }

    public func memberAssessment(_ id: String) -> MemberAssessment? {
        assessment.members.first { $0.id == id }
    }
}

/// What the panes read. Lists come in pages (the store answers them in SQL), so
/// the workstation never holds the whole caseload.
public protocol WorkstationData {
    /// How many cases match `query`.
    func caseCount(_ query: CaseQuery) throws -> Int
    /// The rows `offset ..< offset + limit` of the list `query` describes.
    func cases(_ query: CaseQuery, offset: Int, limit: Int) throws -> [CaseListRow]
    /// Counsellors named in the store, for the counsellor filter.
    func counsellors() throws -> [String]
    /// Pending deadlines due on or before `asOf + days` (overdue ones included):
    /// overdue first, then by due date.
    func deadlineCount(within days: Int, asOf: Day) throws -> Int
    func deadlines(within days: Int, asOf: Day, offset: Int, limit: Int) throws -> [DeadlineRow]
    /// The case with its assessment on `asOf`, or nil if it is gone. For the
    /// preview that follows the list cursor: records nothing.
    func openCase(id: String, asOf: Day) throws -> OpenCase?
    /// The counsellor opened the case (Enter): the store's audit trail records a view.
    func recordView(caseId: String) throws
    /// The most cases a search returns, if limited (the list then says "type more").
    var searchMatchLimit: Int? { get }
    /// A write went through: forget anything read before it.
    func storeChanged()
}

extension WorkstationData {
    public var searchMatchLimit: Int? { nil }
    public func storeChanged() {}
}
