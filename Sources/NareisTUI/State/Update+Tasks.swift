import Foundation
import NareisCasework
import NareisCore

/// The open follow-up tasks of every case, a page at a time like the other lists;
/// `x` ticks one off (or back), `a` adds an own task to the open case, Enter opens
/// the task's case.

func updateTasks(_ state: inout WorkstationState, _ board: TaskBoard, _ action: Action) -> Effect {
    switch action {
    case .back:
        state.modal = nil
        return .redraw
    case .open:
        guard let row = board.selectedRow else { return .none }
        state.modal = nil
        return .openTaskCase(caseId: row.caseId, memberId: row.memberId)
    case .toggleTaskDone:
        guard let row = board.selectedRow else { return .none }
        return .setTaskDone(row, on: row.isDone ? nil : state.asOf)
    case .addTask:
        guard let caseId = state.openCase?.file.id ?? board.selectedRow?.caseId else {
            state.problem = WorkText.openCaseFirst.text(state.language)
            return .redraw
        }
        var board = board
        board.resize(visible: state.overlayRows(reserving: TaskEditor.rows))
        state.modal = .taskEditor(TaskEditor(caseId: caseId, board: board))
        return .redraw
    default:
        return .none
    }
}

func updateTaskEditor(_ state: inout WorkstationState, _ editor: TaskEditor, _ input: Input) -> Effect {
    var editor = editor
    switch input {
    case .type(let character):
        if editor.field == 0 { editor.title.insert(character) } else { editor.due.insert(character) }
        editor.message = nil
    case .action(.editCancel):
        var board = editor.board
        board.resize(visible: state.overlayRows())
        state.modal = .tasks(board)
        return board.pageNeeded == nil ? .redraw : .loadTaskPage
    case .action(.editSave):
        let dueText = editor.due.text.trimmingCharacters(in: .whitespaces)
        let due = DateInput.day(dueText, today: state.asOf)
        if editor.title.text.trimmingCharacters(in: .whitespaces).isEmpty {
            editor.message = WorkText.taskTitleEmpty.text(state.language)
        } else if !dueText.isEmpty && due == nil {
            editor.message = WorkText.taskDueInvalid.text(state.language, String(dueText.prefix(20)))
        } else {
            let memberId = state.openCase?.file.id == editor.caseId ? state.selectedMember?.id : nil
            return .addTask(caseId: editor.caseId, memberId: memberId, title: editor.title.text, due: due)
        }
    case .action(.nextField), .action(.previousField):
        editor.field = 1 - editor.field
    case .action(let action):
        if editor.field == 0 { editor.title.apply(action) } else { editor.due.apply(action) }
        editor.message = nil
    case .resize, .idle, .wake:
        return .none
    }
    state.modal = .taskEditor(editor)
    return .redraw
}

extension WorkstationState {
    /// The tasks were counted: the board opens at the top (its first page is read next).
    mutating func tasksOpened(total: Int) {
        modal = .tasks(TaskBoard(total: total, visible: overlayRows(), pageSize: pageSize))
    }

    mutating func taskPageRead(offset: Int, rows: [TaskRow]) {
        guard case .tasks(var board)? = modal else { return }
        board.pageRead(offset: offset, rows: rows)
        modal = .tasks(board)
    }

    /// A task was ticked (or back): the row stays where it is until the list is
    /// opened again, so undo is one key away.
    mutating func taskTicked(_ row: TaskRow, on day: Day?) {
        guard case .tasks(var board)? = modal else { return }
        modal = nil   // the board's rows are changed in place, not copied
        var row = row
        row.task.doneOn = day
        board.replaceSelected(row)
        modal = .tasks(board)
    }

    /// The cursor on row `index` of the tasks (its page is read next).
    mutating func taskSelected(_ index: Int) {
        guard case .tasks(var board)? = modal else { return }
        board.select(index)
        modal = .tasks(board)
    }

    /// A task's case was opened: the tree shows it on the task's member.
    mutating func taskCaseOpened(memberId: String?) {
        if let index = openCase?.file.members.firstIndex(where: { $0.id == memberId }) {
            tree.select(index + 1, visible: max(1, layout.visibleRows(.tree) / 2))
        }
        focus = .tree
    }
}
