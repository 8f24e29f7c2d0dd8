import Foundation
import NareisCasework
import NareisCore

/// The open follow-up tasks of every case (derived on every write, kept by due day)
/// and the counsellor's own, a page at a time like the other lists; `x` ticks one
/// off (or back), `a` adds an own task to the open case.
extension Workstation {
    func openTasks() {
        var board = TaskBoard(total: 0)
        attempt { board = TaskBoard(total: try casework.openTaskCount(within: nil, asOf: state.asOf)) }
        loadTaskPage(&board)
        state.modal = .tasks(board)
    }

    /// Fetches the page around the visible rows when it is not loaded.
    func loadTaskPage(_ board: inout TaskBoard) {
        let visible = max(1, state.size.height - 8)
        guard let start = Self.pageStart(cursor: board.cursor, visible: visible, loadedOffset: board.offset,
                                         loadedCount: board.rows.count, pageSize: pageSize) else { return }
        attempt {
            board.rows = try casework.openTasks(within: nil, asOf: state.asOf, offset: start, limit: pageSize,
                                                language: state.language)
            board.offset = start
        }
    }

    func tasksKey(_ action: Action, _ board: TaskBoard) {
        var board = board
        if moveCursor(&board.cursor, action) {
            loadTaskPage(&board)
            state.modal = .tasks(board)
            return
        }
        switch action {
        case .back:
            state.modal = nil
        case .open:
            guard let row = board.selected else { return }
            state.modal = nil
            refresh(openingCase: row.caseId)
            if let index = state.openCase?.file.members.firstIndex(where: { $0.id == row.memberId }) {
                state.tree.select(index + 1, visible: max(1, state.layout.visibleRows(.tree) / 2))
            }
            state.focus = .tree
        case .toggleTaskDone:
            guard var row = board.selected else { return }
            let day: Day? = row.isDone ? nil : state.asOf
            guard write({ try casework.setTaskDone(row.task, on: day) }) else { return }
            // The row stays where it is until the list is opened again, so undo is one key away.
            row.task.doneOn = day
            board.replaceSelected(row)
            state.modal = .tasks(board)
        case .addTask:
            guard let caseId = state.openCase?.file.id ?? board.selected?.caseId else {
                state.problem = WorkText.openCaseFirst.text(state.language)
                return
            }
            state.modal = .taskEditor(TaskEditor(caseId: caseId, board: board))
        default:
            break
        }
    }

    func taskEditorKey(_ action: Action, _ editor: TaskEditor) {
        var editor = editor
        switch action {
        case .editCancel:
            state.modal = .tasks(editor.board)
        case .editSave:
            let dueText = editor.due.text.trimmingCharacters(in: .whitespaces)
            let due = Day(iso: dueText)
            if editor.title.text.trimmingCharacters(in: .whitespaces).isEmpty {
                editor.message = WorkText.taskTitleEmpty.text(state.language)
            } else if !dueText.isEmpty && due == nil {
                editor.message = WorkText.taskDueInvalid.text(state.language, String(dueText.prefix(20)))
            } else {
                let memberId = state.openCase?.file.id == editor.caseId ? state.selectedMember?.id : nil
                var number: Int64 = 0
                let saved = write {
                    number = try casework.addTask(caseId: editor.caseId, memberId: memberId, title: editor.title.text, due: due)
                }
                if saved {
                    openTasks()
                    selectOwnTask(number, caseId: editor.caseId)
                    state.notice = WorkText.saved.text(state.language)
                    return
                }
            }
            state.modal = .taskEditor(editor)
        default:
            if action == .nextField || action == .previousField {
                editor.field = 1 - editor.field
                state.modal = .taskEditor(editor)
                return
            }
            if editor.field == 0 { editor.title.apply(action) } else { editor.due.apply(action) }
            editor.message = nil
            state.modal = .taskEditor(editor)
        }
    }

    /// Puts the tasks cursor on a newly added own task when it is among the first
    /// few thousand (an undated task of a large caseload sorts last: the cursor then
    /// stays at the top, and the notice says it was saved).
    private func selectOwnTask(_ number: Int64, caseId: String) {
        guard case .tasks(var board)? = state.modal else { return }
        var offset = 0
        while offset < min(board.cursor.total, 5000) {
            var rows: [TaskRow] = []
            attempt { rows = try casework.openTasks(within: nil, asOf: state.asOf, offset: offset, limit: 1000,
                                                    language: state.language) }
            if let index = rows.firstIndex(where: { $0.task.kind == .own(number: number, title: $0.title) && $0.caseId == caseId }) {
                board.cursor.select(offset + index, visible: max(1, state.size.height - 8))
                loadTaskPage(&board)
                state.modal = .tasks(board)
                return
            }
            guard !rows.isEmpty else { return }
            offset += rows.count
        }
    }
}
