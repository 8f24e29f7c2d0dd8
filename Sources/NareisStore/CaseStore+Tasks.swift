import GRDB
import NareisCasework
import NareisCore

/// Task lists: the follow-ups derived on every write (`follow_ups`, their done marks
/// copied from `task_marks`) and the counsellor's own (`tasks`), read as one list.
extension CaseStore {
    /// Copies the done marks of `task_marks` onto the follow-ups of one case (or of all,
    /// with nil), after they were written anew: the marks outlive the rows.
    static func copyTaskMarks(_ db: Database, caseSeq: Int64?) throws {
        let copy = """
            UPDATE follow_ups SET doneOn = m.doneOn FROM task_marks m
            WHERE m.caseSeq = follow_ups.caseSeq AND m.taskId = follow_ups.taskId
            """
        if let caseSeq {
            try db.cachedStatement(sql: copy + " AND follow_ups.caseSeq = ?").execute(arguments: [caseSeq])
        } else {
            try db.execute(sql: copy)
        }
    }

    /// The follow-ups and own tasks of one or every case, as one list with named
    /// columns: `caseSeq, memberId, taskId, number, title, due, doneOn` (a follow-up's
    /// template and member are its ID's parts), and to sort by (a compound query sorts
    /// by its columns only): `ordering` (the due day, undated last), `kind` (follow-ups
    /// before own tasks of the same day) and `isDone`. Neither side joins: the case ID
    /// is joined in by whoever prints it.
    private static func taskSelect(caseFilter: String, openOnly: Bool, dueFilter: String) -> String {
        let openFollowUp = openOnly ? "AND f.doneOn IS NULL" : ""
        let openOwn = openOnly ? "AND t.doneOn IS NULL" : ""
        return """
            SELECT f.caseSeq AS caseSeq, NULL AS memberId, f.taskId AS taskId, NULL AS number, NULL AS title,
                   f.due AS due, f.doneOn AS doneOn, coalesce(f.due, '9999-12-31') AS ordering,
                   0 AS kind, f.doneOn IS NOT NULL AS isDone
            FROM follow_ups f
            WHERE 1 \(caseFilter.replacingOccurrences(of: "$", with: "f")) \(openFollowUp) \(dueFilter.replacingOccurrences(of: "$", with: "f"))
            UNION ALL
            SELECT t.caseSeq, t.memberId, NULL, t.id, t.title, t.due, t.doneOn, coalesce(t.due, '9999-12-31'), 1,
                   t.doneOn IS NOT NULL
            FROM tasks t
            WHERE 1 \(caseFilter.replacingOccurrences(of: "$", with: "t")) \(openOwn) \(dueFilter.replacingOccurrences(of: "$", with: "t"))
            """
    }

    static let caseTasksSQL = "SELECT ?3 AS caseId, x.* FROM ("
        + taskSelect(caseFilter: "AND $.caseSeq = ?1", openOnly: false, dueFilter: "")
        + ") x ORDER BY isDone, ordering, kind, taskId, number"

    public func tasks(caseId: String) throws -> [StoredTask] {
        try read { db in
            let seq = try caseSeq(db, caseId)
            // One statement for every case (an export reads each case's tasks): prepared once.
            let statement = try db.cachedStatement(sql: Self.caseTasksSQL)
            return try StoredTask.fetchAll(statement, arguments: [seq, seq, caseId])
        }
    }

    private static func dueFilter(_ dueBy: Day?) -> (String, StatementArguments) {
        guard let dueBy else { return ("", []) }
        return ("AND coalesce($.due, '9999-12-31') <= ?", [dueBy.iso])
    }

    /// Two counts of partial indexes (open follow-ups, open own tasks): no join, no sort.
    public func openTaskCount(dueBy: Day?) throws -> Int {
        let (due, arguments) = Self.dueFilter(dueBy)
        return try read { db in
            let sql = """
                SELECT (SELECT count(*) FROM follow_ups f WHERE f.doneOn IS NULL \(due.replacingOccurrences(of: "$", with: "f")))
                     + (SELECT count(*) FROM tasks t WHERE t.doneOn IS NULL \(due.replacingOccurrences(of: "$", with: "t")))
                """
            return try Int.fetchOne(db, sql: sql, arguments: arguments + arguments) ?? 0
        }
    }

    /// Every open task, in list order, without the names a page joins in: a daily list
    /// of thousands reads the tasks' own rows and their cases' IDs only.
    public func openTasks(dueBy: Day?) throws -> [StoredTask] {
        let (due, arguments) = Self.dueFilter(dueBy)
        return try read { db in
            let sql = "SELECT c.id AS caseId, x.* FROM (" + Self.taskSelect(caseFilter: "", openOnly: true, dueFilter: due)
                + ") x JOIN cases c ON c.seq = x.caseSeq ORDER BY x.ordering, x.caseSeq, x.kind, x.taskId, x.number"
            return try StoredTask.fetchAll(db, sql: sql, arguments: arguments + arguments)
        }
    }

    /// A page of the open tasks. With `total` (their count) a page in the second half is
    /// read from the other end of the index, so the last page costs what the first
    /// does (an OFFSET walks every row it skips), as the case list does.
    public func openTasks(dueBy: Day?, offset: Int, limit: Int, total: Int?) throws -> [NamedTask] {
        let (due, arguments) = Self.dueFilter(dueBy)
        let offset = max(0, offset)
        var (limit, skip) = (max(0, limit), offset)
        let reversed = total.map { offset > $0 / 2 } ?? false
        if let total, reversed {
            limit = max(0, min(limit, total - offset))
            skip = max(0, total - offset - limit)
        }
        let direction = reversed ? " DESC" : ""
        let order = ["ordering", "caseSeq", "kind", "taskId", "number"]
        return try read { db in
            // The case and whom a task concerns are read for the page alone; a
            // follow-up's member is the part of its ID after the colon.
            let sql = """
                SELECT page.*, c.id AS caseId, coalesce(mb.latinName, mb.name, c.sponsorLatinName, c.sponsorName) AS who
                FROM (\(Self.taskSelect(caseFilter: "", openOnly: true, dueFilter: due))
                      ORDER BY \(order.map { $0 + direction }.joined(separator: ", ")) LIMIT ? OFFSET ?) page
                JOIN cases c ON c.seq = page.caseSeq
                LEFT JOIN members mb ON mb.caseSeq = c.seq
                    AND mb.memberId = coalesce(page.memberId, nullif(substr(page.taskId, instr(page.taskId, ':') + 1), page.taskId))
                ORDER BY \(order.map { "page." + $0 }.joined(separator: ", "))
                """
            return try NamedTask.fetchAll(db, sql: sql, arguments: arguments + arguments + [limit, skip])
        }
    }

    /// Counts the open tasks that sort before the own task, by the list's order
    /// (due day, case as stored, follow-ups before own tasks, number): index range counts (a row
    /// value over the indexed expression would scan the whole index).
    public func openTaskPosition(caseId: String, taskNumber: Int64) throws -> Int? {
        try read { db in
            let seq = try caseSeq(db, caseId)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT coalesce(due, '9999-12-31') AS ordering FROM tasks WHERE id = ? AND caseSeq = ? AND doneOn IS NULL
                """, arguments: [taskNumber, seq]) else { return nil }
            let ordering: String = row["ordering"]
            return try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM follow_ups f WHERE f.doneOn IS NULL AND coalesce(f.due, '9999-12-31') < ?1)
                     + (SELECT count(*) FROM follow_ups f WHERE f.doneOn IS NULL AND coalesce(f.due, '9999-12-31') = ?1
                            AND f.caseSeq <= ?2)
                     + (SELECT count(*) FROM tasks t WHERE t.doneOn IS NULL
                            AND (coalesce(t.due, '9999-12-31'), t.caseSeq, t.id) < (?1, ?2, ?3))
                """, arguments: [ordering, seq, taskNumber])
        }
    }
}
