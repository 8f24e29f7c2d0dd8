import GRDB
import NareisCasework
import NareisCore

/// Task lists: the follow-ups derived on every write (`follow_ups`, with the done
/// marks of `task_marks`) and the counsellor's own (`tasks`), read as one list.
extension CaseStore {
    /// The follow-ups and own tasks of one or every case, as one list with named
    /// columns: `caseId, memberId, taskId, template, number, title, due, doneOn`, and to
    /// sort by (a compound query sorts by its columns only): `ordering` (the due day,
    /// undated last), `kind` (follow-ups before own tasks of the same day) and `isDone`.
    private static func taskSelect(caseFilter: String, openOnly: Bool, dueFilter: String) -> String {
        let openFollowUp = openOnly ? "AND m.doneOn IS NULL" : ""
        let openOwn = openOnly ? "AND t.doneOn IS NULL" : ""
        return """
            SELECT f.caseId AS caseId, f.memberId AS memberId, f.taskId AS taskId, f.template AS template,
                   NULL AS number, NULL AS title, f.due AS due, m.doneOn AS doneOn, coalesce(f.due, '9999-12-31') AS ordering,
                   0 AS kind, m.doneOn IS NOT NULL AS isDone
            FROM follow_ups f LEFT JOIN task_marks m ON m.caseSeq = f.caseSeq AND m.taskId = f.taskId
            WHERE 1 \(caseFilter.replacingOccurrences(of: "$", with: "f")) \(openFollowUp) \(dueFilter.replacingOccurrences(of: "$", with: "f"))
            UNION ALL
            SELECT c.id, t.memberId, NULL, NULL, t.id, t.title, t.due, t.doneOn, coalesce(t.due, '9999-12-31'), 1,
                   t.doneOn IS NOT NULL
            FROM tasks t JOIN cases c ON c.seq = t.caseSeq
            WHERE 1 \(caseFilter.replacingOccurrences(of: "$", with: "t")) \(openOwn) \(dueFilter.replacingOccurrences(of: "$", with: "t"))
            """
    }

    public func tasks(caseId: String) throws -> [StoredTask] {
        try read { db in
            let seq = try caseSeq(db, caseId)
            let sql = Self.taskSelect(caseFilter: "AND $.caseSeq = \(seq)", openOnly: false, dueFilter: "")
                + " ORDER BY isDone, ordering, kind, taskId, number"
            return try StoredTask.fetchAll(db, sql: sql)
        }
    }

    private static func dueFilter(_ dueBy: Day?) -> (String, StatementArguments) {
        guard let dueBy else { return ("", []) }
        return ("AND coalesce($.due, '9999-12-31') <= ?", [dueBy.iso])
    }

    public func openTaskCount(dueBy: Day?) throws -> Int {
        let (due, arguments) = Self.dueFilter(dueBy)
        return try read { db in
            let sql = "SELECT count(*) FROM (\(Self.taskSelect(caseFilter: "", openOnly: true, dueFilter: due)))"
            return try Int.fetchOne(db, sql: sql, arguments: arguments + arguments) ?? 0
        }
    }

    public func openTasks(dueBy: Day?, offset: Int, limit: Int) throws -> [NamedTask] {
        let (due, arguments) = Self.dueFilter(dueBy)
        return try read { db in
            // Whom a task concerns is read for the page alone.
            let sql = """
                SELECT page.*, coalesce(mb.latinName, mb.name, c.sponsorLatinName, c.sponsorName) AS who
                FROM (\(Self.taskSelect(caseFilter: "", openOnly: true, dueFilter: due))
                      ORDER BY ordering, caseId, kind, taskId, number LIMIT ? OFFSET ?) page
                JOIN cases c ON c.id = page.caseId
                LEFT JOIN members mb ON mb.caseSeq = c.seq AND mb.memberId = page.memberId
                ORDER BY page.ordering, page.caseId, page.kind, page.taskId, page.number
                """
            return try NamedTask.fetchAll(db, sql: sql, arguments: arguments + arguments + [max(0, limit), max(0, offset)])
        }
    }
}
