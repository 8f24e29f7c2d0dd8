import NareisCore

/// One open task of the list across cases.
public struct CaseTaskLine: Hashable, Sendable {
    public var caseId: String
    public var task: OutputTask

    public init(caseId: String, task: OutputTask) {
        self.caseId = caseId
        self.task = task
    }
}

/// `nareis tasks`: the open tasks across cases, by due day, as a table for a daily
/// look or as JSON for other tools. IDs and task titles only: no names. A title the
/// counsellor typed is printed on one line with its control characters made spaces.
public enum TaskList {
    public enum Format: String, CaseIterable, Sendable {
        case table, json
    }

    public static func render(_ lines: [CaseTaskLine], within days: Int, asOf: Day, language: Language,
                              format: Format) -> String {
        switch format {
        case .json: return json(lines, asOf: asOf)
        case .table: return table(lines, within: days, asOf: asOf, language: language)
        }
    }

    /// The JSON fields of a task, named as `nareis deadlines --json` names its own.
    enum Field: String {
        case caseId, memberId, task, title, due, daysLeft, state
    }

    /// A task's state in the JSON, as a deadline's.
    enum State: String {
        case open, overdue
    }

    static func json(_ lines: [CaseTaskLine], asOf: Day) -> String {
        let items: [JSONValue] = lines.map { line in
            var o = ObjectBuilder()
            func set(_ field: Field, _ value: JSONValue) { o[field.rawValue] = value }
            set(.caseId, .string(line.caseId))
            set(.memberId, line.task.memberId.map(JSONValue.string) ?? .null)
            set(.task, .string(line.task.id))
            set(.title, .string(line.task.title))
            set(.due, line.task.due.map { .string($0.iso) } ?? .null)
            set(.daysLeft, line.task.due.map { .number(Double(asOf.days(until: $0))) } ?? .null)
            set(.state, .string((line.task.due.map { $0 < asOf } == true ? State.overdue : .open).rawValue))
            return o.value
        }
        return JSONWriter.string(.array(items)) + "\n"
    }

    static func table(_ lines: [CaseTaskLine], within days: Int, asOf: Day, language: Language) -> String {
        guard !lines.isEmpty else { return TaskListText.none.text(language, days, asOf.iso) + "\n" }
        let family = TaskListText.family.text(language)
        let headings = [TaskListText.caseId, .member, .due, .daysLeft].map { $0.text(language) }
        // IDs are ASCII (the case file reader allows nothing else), so characters are columns.
        var widths = headings.map(\.count)
        for line in lines {
            widths[0] = max(widths[0], line.caseId.count)
            widths[1] = max(widths[1], (line.task.memberId ?? family).count)
        }
        widths[2] = max(widths[2], 10)
        func padded(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - text.count) + 2)
        }
        var out = zip(headings, widths).map { padded($0, $1) }.joined() + TaskListText.task.text(language) + "\n"
        for line in lines {
            let due = line.task.due
            out += padded(line.caseId, widths[0]) + padded(line.task.memberId ?? family, widths[1])
                + padded(due?.iso ?? TaskListText.undated.text(language), widths[2])
                + padded(due.map { String(asOf.days(until: $0)) } ?? "", widths[3])
                + CleanText.singleLine(line.task.title) + "\n"
        }
        return out
    }
}
