import NareisCore

/// A task as the lists show it: the stored task with its title in the reader's
/// language and whom it concerns.
public struct TaskRow: Hashable, Sendable {
    public var task: StoredTask
    public var who: String
    public var title: String

    public init(task: StoredTask, who: String, title: String) {
        self.task = task
        self.who = who
        self.title = title
    }

    public var caseId: String { task.caseId }
    public var memberId: String? { task.memberId }
    public var due: Day? { task.due }
    public var isDone: Bool { task.isDone }
}

extension StoredTask {
    /// The task's title: a follow-up's from the task catalogue, an own task's as typed.
    public func title(_ language: Language) -> String {
        switch kind {
        case .followUp(_, let template): return TaskText.title(template, language, on: due)
        case .own(_, let title): return title
        }
    }
}
