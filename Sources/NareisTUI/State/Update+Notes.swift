import NareisCasework
import NareisCore

/// A case's timeline: its notes (who wrote them, when) among the audit trail's
/// lines for the case, newest last. `a` adds a note (`Effect.addNote`).

func updateNotes(_ state: inout WorkstationState, _ board: NotesBoard, _ input: Input) -> Effect {
    var board = board
    if var editor = board.editor {
        switch input {
        case .type(let character):
            editor.insert(character)
            board.editor = editor
            board.message = nil
        case .action(.editCancel):
            board.editor = nil
            board.panel.resize(visible: state.overlayRows())
        case .action(.editSave):
            guard !editor.text.trimmingWhitespace.isEmpty else {
                board.message = WorkText.noteEmpty.text(state.language)
                state.modal = .notes(board)
                return .redraw
            }
            return .addNote(caseId: board.caseId, text: editor.text)
        case .action(let action):
            editor.apply(action)
            board.editor = editor
            board.message = nil
        case .resize, .idle, .wake:
            return .none
        }
        state.modal = .notes(board)
        return .redraw
    }
    guard case .action(let action) = input else { return .none }
    switch action {
    case .back:
        state.modal = nil
    case .addNote:
        board.editor = LineEditor(limit: 2000)
        board.panel.resize(visible: state.overlayRows(reserving: NotesBoard.editorRows))
        state.modal = .notes(board)
    default:
        return .none
    }
    return .redraw
}

extension WorkstationState {
    /// The timeline was read: the notes open on its newest line.
    mutating func notesRead(caseId: String, entries: [TimelineEntry]) {
        modal = .notes(NotesBoard(caseId: caseId, panel: timeline(entries)))
    }

    /// The note was stored and the timeline read again.
    mutating func noteAdded(entries: [TimelineEntry]) {
        guard case .notes(var board)? = modal else { return }
        board.editor = nil
        board.panel = timeline(entries)
        modal = .notes(board)
        notice = WorkText.saved.text(language)
    }

    /// The note was refused: the message shows under the field, which stays open.
    mutating func noteRefused(_ message: String) {
        guard case .notes(var board)? = modal else { return }
        board.message = message
        modal = .notes(board)
    }

    /// The timeline's list, on its newest line.
    private func timeline(_ entries: [TimelineEntry]) -> ListPanel<TimelineEntry> {
        var panel = ListPanel(rows: entries, visible: overlayRows())
        panel.select(entries.count - 1)
        return panel
    }
}
