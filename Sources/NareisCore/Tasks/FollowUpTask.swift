/// Something a counsellor or sponsor has to do for a case, with a due day where
/// the rules give one. Generated from the case's events by `FollowUpPlanner`;
/// the store adds custom tasks and keeps the done/undo marks of every task.
public struct FollowUpTask: Hashable, Sendable, Identifiable {
    /// Stable across recomputations: the template ID, plus `:memberId` for per-member tasks.
    public var id: String
    public var template: TaskTemplate.ID
    /// nil for a task of the whole family (IOM, Refugee Fund, COA).
    public var memberId: String?
    public var due: Day?
    /// The day the event that completes the task was recorded (e.g. `submitted`);
    /// nil when no event completes it and only the counsellor can mark it done.
    public var completedOn: Day?
    /// The steps of the task where the source lists them (IOM's travel assistance).
    public var steps: [TaskText]

    public init(template: TaskTemplate.ID, memberId: String?, due: Day?, completedOn: Day?, steps: [TaskText] = []) {
        self.id = memberId.map { "\(template.rawValue):\($0)" } ?? template.rawValue
        self.template = template
        self.memberId = memberId
        self.due = due
        self.completedOn = completedOn
        self.steps = steps
    }

    public var isDoneByEvent: Bool { completedOn != nil }

    /// The template and member an ID names (`template` or `template:member`); nil for
    /// an ID of no known template.
    public static func parts(ofId id: String) -> (template: TaskTemplate.ID, memberId: String?)? {
        guard let colon = id.firstIndex(of: ":") else { return TaskTemplate.ID(rawValue: id).map { ($0, nil) } }
        return TaskTemplate.ID(rawValue: String(id[..<colon])).map { ($0, String(id[id.index(after: colon)...])) }
    }
}
