import NareisCasework
import NareisCore

/// A case's timeline: its notes (who wrote them, when) among the audit trail's
/// lines for the case (created, changed, opened, exported), newest last. `a` adds
/// a note; the store audits it as a change of the case.
extension Workstation {
    func openNotes() {
        guard let caseId = state.openCase?.file.id else {
            state.problem = WorkText.openCaseFirst.text(state.language)
            return
        }
        var entries: [TimelineEntry] = []
        guard write({ entries = try casework.timeline(caseId: caseId) }) else { return }
        var cursor = ListCursor(total: entries.count)
        cursor.select(entries.count - 1, visible: max(1, state.size.height - 8))
        state.modal = .notes(NotesBoard(caseId: caseId, entries: entries, cursor: cursor))
    }

    func notesKey(_ action: Action, _ board: NotesBoard) {
        var board = board
        if var editor = board.editor {
            switch action {
            case .editCancel:
                board.editor = nil
            case .editSave:
                let saved = write { try casework.addNote(caseId: board.caseId, text: editor.text) }
                if saved {
                    board.editor = nil
                    write { board.entries = try casework.timeline(caseId: board.caseId) }
                    board.cursor = ListCursor(total: board.entries.count)
                    board.cursor.select(board.entries.count - 1, visible: max(1, state.size.height - 8))
                    state.notice = WorkText.saved.text(state.language)
                } else {
                    board.message = state.problem
                    state.problem = nil
                }
            default:
                editor.apply(action)
                board.editor = editor
                board.message = nil
            }
            state.modal = .notes(board)
            return
        }
        if moveCursor(&board.cursor, action) {
            state.modal = .notes(board)
            return
        }
        switch action {
        case .back: state.modal = nil
        case .addNote:
            board.editor = LineEditor(limit: 2000)
            state.modal = .notes(board)
        default: break
        }
    }
}
