import GRDB
import NareisCasework
import NareisCore

/// Reads the workstation pages through: every list is sorted, filtered and cut to
/// a page in SQL, so a screen never reads more rows than it shows (plus a margin).
extension CaseStore {
    /// A page of the case list restricted to the cases the search `text` finds
    /// (as `search` matches: word prefixes, accent- and case-insensitive; at most
    /// `searchMatchLimit` of them), with the filter and sort of `caseRows`.
    /// An empty search is no restriction.
    public func caseRows(matching text: String, filter: CaseFilter = CaseFilter(), sort: CaseSort = .nextDeadline,
                         offset: Int = 0, limit: Int = 100) throws -> [CaseRow] {
        guard let query = Self.searchQuery(text) else {
            return try caseRows(filter: filter, sort: sort, offset: offset, limit: limit)
        }
        let (whereClause, arguments) = Self.searchWhereClause(filter)
        let sql = """
            SELECT \(Self.rowColumns) FROM cases \(whereClause) ORDER BY \(Self.orderClause(sort)) LIMIT ? OFFSET ?
            """
        return try read { db in
            try CaseRow.fetchAll(db, sql: sql, arguments: [query] + arguments + [max(0, limit), max(0, offset)])
        }
    }

    /// The IDs of the cases `caseRows(matching:filter:sort:...)` lists, in its order:
    /// a search reads these (at most `searchMatchLimit`), then rows a page at a time.
    public func caseIds(matching text: String, filter: CaseFilter = CaseFilter(), sort: CaseSort = .nextDeadline,
                        limit: Int = searchMatchLimit) throws -> [String] {
        guard let query = Self.searchQuery(text) else { return [] }
        let (whereClause, arguments) = Self.searchWhereClause(filter)
        // From `cases_search_order`, which holds every column this reads: the planner
        // would look each match up in the cases table by row number (a page read per
        // match). Cached, as every statement a keystroke runs: preparing one costs about
        // what running it does.
        let sql = "SELECT id FROM cases INDEXED BY cases_search_order \(whereClause) ORDER BY \(Self.orderClause(sort)) LIMIT ?"
        return try read { try String.fetchAll($0.cachedStatement(sql: sql), arguments: [query] + arguments + [max(0, limit)]) }
    }

    /// The list rows of the cases `ids`, in the order given (unknown IDs left out).
    /// Cached per number of IDs: a list reads at most a page (60) at a time, so there
    /// are at most that many.
    public func caseRows(ids: [String]) throws -> [CaseRow] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let rows = try read { db in
            try CaseRow.fetchAll(db.cachedStatement(sql: "SELECT \(Self.rowColumns) FROM cases WHERE id IN (\(marks))"),
                                 arguments: StatementArguments(ids))
        }
        let byId = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byId[$0] }
    }

    /// How many cases `caseRows(matching:filter:...)` lists in all.
    public func caseCount(matching text: String, filter: CaseFilter = CaseFilter()) throws -> Int {
        guard let query = Self.searchQuery(text) else { return try caseCount(filter: filter) }
        let (whereClause, arguments) = Self.searchWhereClause(filter)
        return try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM cases \(whereClause)", arguments: [query] + arguments) ?? 0 }
    }

    /// The most cases a search considers: a word prefix of one or two letters can
    /// match most of a large store, and sorting all of those would take tenths of a
    /// second per keystroke. The workstation says "more; type more" at this count.
    public static let searchMatchLimit = 500

    /// The search condition first (its argument is the match query), then the filter's.
    static func searchWhereClause(_ filter: CaseFilter) -> (String, StatementArguments) {
        let (filterClause, arguments) = whereClause(filter)
        let search = "seq IN (SELECT rowid FROM case_search WHERE case_search MATCH ? LIMIT \(searchMatchLimit))"
        let clause = filterClause.isEmpty ? "WHERE " + search : filterClause.replacingOccurrences(of: "WHERE ", with: "WHERE \(search) AND ")
        return (clause, arguments)
    }

    static func orderClause(_ sort: CaseSort) -> String {
        switch sort {
        case .nextDeadline: return "coalesce(nextDue, '9999-12-31'), id"
        case .name: return "sortName, id"
        case .lastChange: return "changedAt DESC, id DESC"
        }
    }

    /// A page of `pendingDeadlines(within:asOf:)` (same order), with member names.
    /// Read by name row by row rather than as a record: a due day that does not read
    /// stands for `asOf`, which a record's `init(row:)` does not know. Through a
    /// cursor, whose rows find a column by name in one table look-up (a fetched
    /// array's rows compare the name with every column's, lowercased, on each read).
    /// The case ID is the deadline row's own: the page is then a walk of the
    /// `pending_deadlines_by_due` index in its order, stopping at `limit`, and reads no
    /// case row (joining the cases for their ID read a case page per deadline and
    /// sorted each due day's deadlines).
    public func pendingDeadlines(within days: Int, asOf: Day, offset: Int, limit: Int) throws -> [NamedPendingDeadline] {
        let last = asOf.adding(days: days).iso
        return try read { db in
            try Array(Row.fetchCursor(db.cachedStatement(sql: """
                SELECT d.caseId, d.memberId, d.deadlineId, d.due, d.rule, m.name AS memberName,
                       m.latinName AS memberLatinName
                FROM deadlines d
                LEFT JOIN members m ON m.caseSeq = d.caseSeq AND m.memberId = d.memberId
                WHERE d.done IS NULL AND d.due <= ?
                ORDER BY d.due, d.caseId, d.memberId, d.deadlineId
                LIMIT ? OFFSET ?
                """), arguments: [last, max(0, limit), max(0, offset)]).map { row in
                let deadline = PendingDeadline(caseId: row["caseId"], memberId: row["memberId"], deadlineId: row["deadlineId"],
                                               due: Day(iso: row["due"]) ?? asOf, rule: row["rule"])
                return NamedPendingDeadline(deadline: deadline, memberName: row["memberName"] ?? deadline.memberId,
                                            memberLatinName: row["memberLatinName"])
            })
        }
    }

    /// How many deadlines `pendingDeadlines(within:asOf:)` lists, from the counts kept
    /// per day (`Schema.pendingPerDay`).
    public func pendingDeadlineCount(within days: Int, asOf: Day) throws -> Int {
        let last = asOf.adding(days: days).iso
        return try read {
            try Int.fetchOne($0.cachedStatement(sql: Schema.pendingThroughDay), arguments: [last]) ?? 0
        }
    }
}
