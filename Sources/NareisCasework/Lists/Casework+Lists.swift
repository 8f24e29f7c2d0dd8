import NareisCore

/// The worklists: the case list (sorted, filtered, searched) and the deadlines
/// across cases, a page at a time, read in SQL (no case is assessed to list it).
extension Casework {
    func filter(_ query: CaseQuery, asOf: Day) -> CaseFilter {
        CaseFilter(stage: query.stage, overdueOn: query.overdueOnly ? asOf : nil, counsellor: query.counsellor)
    }

    private func searchIds(_ query: CaseQuery, asOf: Day) throws -> [String] {
        if let lastSearch, lastSearch.query == query, lastSearch.asOf == asOf { return lastSearch.ids }
        let ids = try storage.caseIds(matching: query.search, filter: filter(query, asOf: asOf), sort: query.sort)
        lastSearch = (query, asOf, ids)
        return ids
    }

    static func listRow(_ row: CaseRow) -> CaseListRow {
        CaseListRow(id: row.id, name: row.sponsorName, latinName: row.sponsorLatinName, stage: row.stage,
                    nextDue: row.nextDue, counsellor: row.counsellor, documentsComplete: row.documentsComplete,
                    documentsRequired: row.documentsRequired)
    }

    /// How many cases the list `query` describes holds on `asOf` ("overdue" is judged on it).
    public func caseCount(_ query: CaseQuery, asOf: Day) throws -> Int {
        if !query.search.isEmpty { return try searchIds(query, asOf: asOf).count }
        var key = query
        key.sort = .nextDeadline
        if let count = counts[CountKey(query: key, asOf: asOf)] { return count }
        let count = try storage.caseCount(filter: filter(query, asOf: asOf))
        counts[CountKey(query: key, asOf: asOf)] = count
        return count
    }

    /// The rows `offset ..< offset + limit` of the list `query` describes.
    public func cases(_ query: CaseQuery, asOf: Day, offset: Int, limit: Int) throws -> [CaseListRow] {
        if !query.search.isEmpty {
            let ids = try searchIds(query, asOf: asOf)
            guard offset < ids.count else { return [] }
            return try storage.caseRows(ids: Array(ids[max(0, offset)..<min(ids.count, offset + limit)])).map(Self.listRow)
        }
        return try storage.caseRows(filter: filter(query, asOf: asOf), sort: query.sort, offset: offset, limit: limit,
                                    total: caseCount(query, asOf: asOf)).map(Self.listRow)
    }

    /// Counsellors named in the store, for the counsellor filter.
    public func counsellors() throws -> [String] { try storage.counsellors() }

    /// The counsellor of the newest case that names one: a new intake starts with it.
    public func newestCounsellor() throws -> String? { try storage.newestCounsellor() }

    /// How many cases are stored.
    public func caseTotal() throws -> Int { try storage.count() }

    /// Pending deadlines due on or before `asOf + days` (overdue ones included):
    /// overdue first, then by due day.
    public func deadlineCount(within days: Int, asOf: Day) throws -> Int {
        try storage.pendingDeadlineCount(within: days, asOf: asOf)
    }

    public func deadlines(within days: Int, asOf: Day, offset: Int, limit: Int) throws -> [DeadlineRow] {
        try storage.pendingDeadlines(within: days, asOf: asOf, offset: offset, limit: limit).map { named in
            let deadline = named.deadline
            return DeadlineRow(caseId: deadline.caseId, memberId: deadline.memberId, memberName: named.memberName,
                               memberLatinName: named.memberLatinName, deadline: deadline.deadlineId, due: deadline.due,
                               rule: deadline.rule)
        }
    }

    /// The whole list at once, for `nareis deadlines` (IDs only, no names).
    public func allDeadlines(within days: Int, asOf: Day) throws -> [PendingDeadline] {
        try storage.pendingDeadlines(within: days, asOf: asOf)
    }
}
