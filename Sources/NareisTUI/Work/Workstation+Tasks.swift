import Foundation
import NareisCore
import NareisStore

/// Follow-up tasks across cases: those the rules derive from each case's events
/// (`FollowUpPlanner`) with the store's done marks, and the counsellor's own.
/// Open tasks first, by due day (undated last); done ones after, for undo.
extension Workstation {
    func openTasks() {
        guard let store = writableStore() else { return }
        var rows: [TaskRow] = []
        var limited = false
        guard write({ (rows, limited) = try taskRows(store) }) else { return }
        state.modal = .tasks(TaskBoard(rows: rows, cursor: ListCursor(total: rows.count),
                                       caseLimit: limited ? Self.taskCaseLimit : nil))
    }

    /// How many cases the tasks view plans for: those with the nearest pending
    /// deadline (read from the next-deadline index), plus every case with an own task.
    /// Planning assesses each case, so planning all of 100,000 would take minutes;
    /// the urgent ones are what the view is for.
    static var taskCaseLimit: Int { 200 }

    /// The task rows, and whether more cases exist than were planned for.
    func taskRows(_ store: CaseStore) throws -> ([TaskRow], Bool) {
        let language = state.language
        var rows: [TaskRow] = []
        let allMarks = try store.allTaskMarks()
        let allOwn = try store.allTasks()
        let urgent = try store.caseRows(sort: .nextDeadline, limit: Self.taskCaseLimit).map(\.id)
        let caseIds = urgent + allOwn.keys.filter { !urgent.contains($0) }.sorted()
        let limited = try store.count() > urgent.count
        let files = try caseIds.compactMap { try store.loadCase(id: $0) }
        for file in files {
            guard let caseId = file.id else { continue }
            let names = Dictionary(file.members.map { ($0.id, $0.latinName ?? $0.name) }, uniquingKeysWith: { first, _ in first })
            let family = file.sponsor.latinName ?? file.sponsor.name
            let assessment = assessDraft(file)
            let marks = allMarks[caseId] ?? [:]
            for task in FollowUpPlanner.tasks(for: file, assessment: assessment, needsTBTest: {
                FollowUpPlanner.needsTBTest(nationality: $0, on: $1)
            }) {
                rows.append(TaskRow(caseId: caseId, memberId: task.memberId, who: task.memberId.flatMap { names[$0] } ?? family,
                                    title: TaskText(task.template).text(language), due: task.due,
                                    done: task.isDoneByEvent || marks[task.id] != nil, doneByEvent: task.isDoneByEvent,
                                    source: .planned(task.id)))
            }
            for task in allOwn[caseId] ?? [] {
                rows.append(TaskRow(caseId: caseId, memberId: task.memberId, who: task.memberId.flatMap { names[$0] } ?? family,
                                    title: task.title, due: task.due, done: task.doneOn != nil, doneByEvent: false,
                                    source: .own(task.id)))
            }
        }
        let far = Day(ordinal: Int.max / 4)
        let sorted = rows.sorted { a, b in
            (a.done ? 1 : 0, a.due ?? far, a.caseId, a.title) < (b.done ? 1 : 0, b.due ?? far, b.caseId, b.title)
        }
        return (sorted, limited)
    }

    func tasksKey(_ action: Action, _ board: TaskBoard) {
        var board = board
        if moveCursor(&board.cursor, action) {
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
            guard let row = board.selected, let store = writableStore() else { return }
            guard !row.doneByEvent else {
                state.problem = WorkText.taskDoneByEventNote.text(state.language)
                return
            }
            let day: Day? = row.done ? nil : state.asOf
            let saved = write {
                switch row.source {
                case .planned(let id): try store.markTask(caseId: row.caseId, taskId: id, doneOn: day)
                case .own(let number): try store.setTaskDone(caseId: row.caseId, taskNumber: number, on: day)
                }
            }
            guard saved else { return }
            // The row stays where it is until the list is opened again, so undo is one key away.
            board.rows[board.cursor.selected].done = !row.done
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
            } else if let store = writableStore() {
                let memberId = state.openCase?.file.id == editor.caseId ? state.selectedMember?.id : nil
                let saved = write { try store.addTask(caseId: editor.caseId, memberId: memberId, title: editor.title.text, due: due) }
                if saved {
                    var rows: [TaskRow] = editor.board.rows
                    var limited = editor.board.caseLimit != nil
                    write { (rows, limited) = try taskRows(store) }
                    var board = TaskBoard(rows: rows, cursor: ListCursor(total: rows.count),
                                          caseLimit: limited ? Self.taskCaseLimit : nil)
                    if let index = rows.firstIndex(where: { $0.title == editor.title.text && $0.caseId == editor.caseId }) {
                        board.cursor.select(index, visible: max(1, state.size.height - 8))
                    }
                    state.modal = .tasks(board)
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
}
