import NareisCore
import NareisOutputs

/// Follow-up tasks: those the rules derive from each case (stored on every write,
/// indexed by due day) with their done marks, and the counsellor's own. One list per
/// case, the same in the summary, the calendar and the workstation.
extension Casework {
    /// Every task of a case (open first, then by due day).
    public func tasks(ofCase caseId: String) throws -> [StoredTask] {
        try storage.tasks(caseId: caseId)
    }

    /// How many open tasks there are across the store; with `within`, those due within
    /// that many days of `asOf` (overdue ones included, undated ones left out).
    public func openTaskCount(within days: Int?, asOf: Day) throws -> Int {
        try storage.openTaskCount(dueBy: days.map { asOf.adding(days: $0) })
    }

    /// A page of the open tasks across the store, by due day (undated last). With
    /// `total` (their count), a page late in the list costs what the first does.
    public func openTasks(within days: Int?, asOf: Day, offset: Int, limit: Int, total: Int? = nil,
                          language: Language) throws -> [TaskRow] {
        try storage.openTasks(dueBy: days.map { asOf.adding(days: $0) }, offset: offset, limit: limit, total: total).map {
            TaskRow(task: $0.task, who: $0.who, title: $0.task.title(language))
        }
    }

    /// Where one of the counsellor's open own tasks stands in the open-task list (its
    /// offset), or nil when it is not open: the list's cursor goes there after adding it.
    public func openTaskPosition(caseId: String, taskNumber: Int64) throws -> Int? {
        try storage.openTaskPosition(caseId: caseId, taskNumber: taskNumber)
    }

    /// Marks a task done on `day`, or open again (nil).
    public func setTaskDone(_ task: StoredTask, on day: Day?) throws {
        try writing {
            switch task.kind {
            case .followUp(let id, _): try storage.markTask(caseId: task.caseId, taskId: id, doneOn: day)
            case .own(let number, _): try storage.setTaskDone(caseId: task.caseId, taskNumber: number, on: day)
            }
        }
    }

    /// Adds a task of the counsellor's own; returns its number.
    @discardableResult
    public func addTask(caseId: String, memberId: String?, title: String, due: Day?) throws -> Int64 {
        try writing { try storage.addTask(caseId: caseId, memberId: memberId, title: title, due: due) }
    }
}

extension OutputTask {
    /// A stored task as the outputs show it, its title in `language`.
    init(_ task: StoredTask, language: Language) {
        self.init(id: task.id, memberId: task.memberId, title: task.title(language), due: task.due, isDone: task.isDone)
    }
}

extension Casework {
    /// Every open task due within `days` of `asOf` (overdue ones included), for
    /// `nareis tasks`: what to do this week.
    public func openTaskLines(within days: Int, asOf: Day, language: Language) throws -> [CaseTaskLine] {
        try storage.openTasks(dueBy: asOf.adding(days: days)).map {
            CaseTaskLine(caseId: $0.caseId, task: OutputTask($0, language: language))
        }
    }
}
