import NareisCasework
import NareisCore

/// The open follow-up tasks across cases: due day (overdue marked), case, who, task;
/// one ticked off here shows done, dimmed, until the list is opened again. With the
/// editor: a new own task.
enum TasksOverlay {
    static func draw(_ board: TaskBoard, editor: TaskEditor?, _ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        let language = state.language
        let title = WorkText.tasksTitle.text(language, board.total)
        let inside = screen.box(rect, title: title, focused: true)
        let reserved = editor == nil ? 0 : TaskEditor.rows
        let list = Rect(x: inside.x, y: inside.y, width: inside.width, height: max(0, inside.height - reserved))
        if board.total == 0, list.height > 0 {
            screen.put(WorkText.noTasks.text(language), in: list.row(0), role: .dim)
        }
        screen.panel(board, in: list, loading: UIText.loading.text(language)) { screen, row, rect in
            screen.segments(line(row, state), in: rect)
        }
        guard let editor, inside.height > reserved else { return }
        var y = inside.maxY - reserved
        screen.put(WorkText.newTaskTitle.text(language, editor.caseId), x: inside.x + 1, y: y, maxX: inside.maxX, role: .title)
        y += 1
        screen.put(WorkText.taskTitleLabel.text(language), x: inside.x + 1, y: y, maxX: inside.maxX, role: editor.field == 0 ? .title : .dim)
        WorkOverlay.drawField(editor.title, in: Rect(x: inside.x + 1, y: y + 1, width: inside.width - 2, height: 1), on: &screen,
                              active: editor.field == 0)
        y += 2
        screen.put(WorkText.taskDueLabel.text(language), x: inside.x + 1, y: y, maxX: inside.maxX, role: editor.field == 1 ? .title : .dim)
        WorkOverlay.drawField(editor.due, in: Rect(x: inside.x + 1, y: y + 1, width: 12, height: 1), on: &screen, active: editor.field == 1)
        if let message = editor.message {
            screen.put(message, x: inside.x + 15, y: y + 1, maxX: inside.maxX, role: .error)
        }
    }

    static func line(_ row: TaskRow, _ state: WorkstationState) -> [Segment] {
        let language = state.language
        var parts: [Segment] = []
        let due = row.due?.iso ?? WorkText.taskNoDue.text(language)
        let dueText = due + String(repeating: " ", count: max(0, 10 - DisplayWidth.of(due)))
        if row.isDone {
            parts.append(Segment(" \u{2713} " + dueText + " ", .dim))
            parts.append(Segment(WorkText.taskDone.text(language) + " \u{00B7} ", .met))
        } else if let day = row.due, day < state.asOf {
            parts.append(Segment(" ! " + dueText + " ", .overdue))
            parts.append(Segment(WorkText.taskOverdue.text(language) + " \u{00B7} ", .overdue))
        } else {
            let urgency = Urgency(due: row.due, asOf: state.asOf, language: language)
            parts.append(Segment("   " + dueText + " ", row.due == nil ? .dim : urgency.role))
        }
        parts.append(Segment(row.caseId + " \u{00B7} ", .rule))
        parts.append(Segment(row.who + ": ", .dim))
        parts.append(Segment(row.title, row.isDone ? .dim : .normal))
        return parts
    }
}
