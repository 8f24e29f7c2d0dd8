import GRDB
import NareisCore

/// The worklist of every case at once, for the tasks view across cases: one read
/// each instead of one per case.
extension CaseStore {
    /// Done marks of derived tasks: case ID -> task ID -> the day it was marked done.
    public func allTaskMarks() throws -> [String: [String: Day]] {
        try read { db in
            var marks: [String: [String: Day]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT c.id, t.taskId, t.doneOn FROM task_marks t JOIN cases c ON c.seq = t.caseSeq")
            while let row = try rows.next() {
                if let day = Day(iso: row[2]) { marks[row[0] as String, default: [:]][row[1] as String] = day }
            }
            return marks
        }
    }

    /// The counsellor's own tasks by case ID, each case's in the order of `tasks(caseId:)`.
    public func allTasks() throws -> [String: [CaseTask]] {
        try read { db in
            var tasks: [String: [CaseTask]] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT c.id, t.id, t.memberId, t.title, t.due, t.doneOn, t.createdAt FROM tasks t JOIN cases c ON c.seq = t.caseSeq
                ORDER BY c.id, t.doneOn IS NOT NULL, coalesce(t.due, '9999-12-31'), t.id
                """)
            while let row = try rows.next() {
                tasks[row[0] as String, default: []].append(CaseTask(
                    id: row[1], memberId: row[2], title: row[3], due: (row[4] as String?).flatMap(Day.init(iso:)),
                    doneOn: (row[5] as String?).flatMap(Day.init(iso:)), createdAt: row[6]))
            }
            return tasks
        }
    }
}
