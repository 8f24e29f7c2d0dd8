import NareisCore
import NareisStore

/// `WorkstationData` over the case store: every list a page read in SQL, the
/// deadlines from the store's deadline table (no case is assessed to list them),
/// and one case loaded and assessed when the cursor rests on it.
public final class StoreWorkstationData: WorkstationData {
    let store: CaseStore
    /// The day "overdue" is judged on: the workstation's `asOf`.
    let asOf: Day
    let assess: (CaseFile, Day) -> Assessment

    public init(store: CaseStore, asOf: Day,
                assess: @escaping (CaseFile, Day) -> Assessment = { Assessor.assess($0, asOf: $1) }) {
        self.store = store
        self.asOf = asOf
        self.assess = assess
    }

    func filter(_ query: CaseQuery, asOf: Day) -> CaseFilter {
        CaseFilter(stage: query.stage, overdueOn: query.overdueOnly ? asOf : nil, counsellor: query.counsellor)
    }

    /// The case IDs the last search found (at most `searchMatchLimit`), in list
    /// order: one query answers the count, and pages read rows by ID.
    private var lastSearch: (query: CaseQuery, ids: [String])?

    private func searchIds(_ query: CaseQuery) throws -> [String] {
        if let lastSearch, lastSearch.query == query { return lastSearch.ids }
        let ids = try store.caseIds(matching: query.search, filter: filter(query, asOf: asOf), sort: query.sort)
        lastSearch = (query, ids)
        return ids
    }

    /// Counts by filter (the sort does not change a count): counting 100,000 rows
    /// costs milliseconds, and sorting again or clearing a search needs no recount.
    private var counts: [CaseQuery: Int] = [:]

    public func storeChanged() {
        lastSearch = nil
        counts = [:]
    }

    static func listRow(_ row: CaseRow) -> CaseListRow {
        CaseListRow(id: row.id, name: row.sponsorName, latinName: row.sponsorLatinName, stage: row.stage,
                    nextDue: row.nextDue, counsellor: row.counsellor, documentsComplete: row.documentsComplete,
                    documentsRequired: row.documentsRequired)
    }

    public func caseCount(_ query: CaseQuery) throws -> Int {
        if !query.search.isEmpty { return try searchIds(query).count }
        var key = query
        key.sort = .nextDeadline
        if let count = counts[key] { return count }
        let count = try store.caseCount(filter: filter(query, asOf: asOf))
        counts[key] = count
        return count
    }

    public func cases(_ query: CaseQuery, offset: Int, limit: Int) throws -> [CaseListRow] {
        if !query.search.isEmpty {
            let ids = try searchIds(query)
            guard offset < ids.count else { return [] }
            return try store.caseRows(ids: Array(ids[max(0, offset)..<min(ids.count, offset + limit)])).map(Self.listRow)
        }
        return try store.caseRows(filter: filter(query, asOf: asOf), sort: query.sort, offset: offset, limit: limit,
                                  total: caseCount(query)).map(Self.listRow)
    }

    public func counsellors() throws -> [String] { try store.counsellors() }

    public func deadlineCount(within days: Int, asOf: Day) throws -> Int {
        try store.pendingDeadlineCount(within: days, asOf: asOf)
    }

    public func deadlines(within days: Int, asOf: Day, offset: Int, limit: Int) throws -> [DeadlineRow] {
        try store.pendingDeadlines(within: days, asOf: asOf, offset: offset, limit: limit).map { named in
            let deadline = named.deadline
            return DeadlineRow(caseId: deadline.caseId, memberId: deadline.memberId, memberName: named.memberName,
                               memberLatinName: named.memberLatinName, deadline: deadline.deadlineId, due: deadline.due,
                               rule: deadline.rule)
        }
    }

    /// Checklist statuses that count as complete: the document is in hand (a copy
    /// or the original), with the IND, or not needed.
    static let completeStatuses = DocumentStatus.complete

    public func openCase(id: String, asOf: Day) throws -> OpenCase? {
        guard let file = try store.loadCase(id: id) else { return nil }
        var complete: [String: Set<String>] = [:]
        for status in try store.checklistStatuses(caseId: id) where Self.completeStatuses.contains(status.status) {
            complete[status.memberId, default: []].insert(status.itemId)
        }
        return OpenCase(file: file, assessment: assess(file, asOf), completeDocuments: complete)
    }

    public var searchMatchLimit: Int? { CaseStore.searchMatchLimit }

    public func recordView(caseId: String) throws {
        _ = try store.openCase(id: caseId)
    }
}
