import NareisCore
import NareisStore

/// A case's timeline: its notes (who wrote them, when) among the audit trail's
/// lines for the case (created, changed, opened, exported), newest last. `a` adds
/// a note; the store audits it as a change of the case.
extension Workstation {
    func openNotes() {
        guard let caseId = state.openCase?.file.id else {
            state.problem = WorkText.openCaseFirst.text(state.language)
            return
        }
        guard let store = writableStore() else { return }
        var entries: [TimelineEntry] = []
        guard write({ entries = try timeline(caseId: caseId, store) }) else { return }
        var cursor = ListCursor(total: entries.count)
        cursor.select(entries.count - 1, visible: max(1, state.size.height - 8))
        state.modal = .notes(NotesBoard(caseId: caseId, entries: entries, cursor: cursor))
    }

    func timeline(caseId: String, _ store: CaseStore) throws -> [TimelineEntry] {
        let language = state.language
        let notes = try store.notes(caseId: caseId).map {
            TimelineEntry(at: $0.createdAt, who: $0.author ?? "", text: $0.text, isNote: true)
        }
        let audit = try store.auditTrail(caseId: caseId).map { entry in
            var text = auditText(entry.action).text(language, entry.action)
            if let member = entry.memberId { text += " " + WorkText.auditMember.text(language, member) }
            return TimelineEntry(at: entry.at, who: entry.who, text: text, isNote: false)
        }
        // Stable: a note and the audit line of its writing share a second; the note comes after.
        return (audit + notes).enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    func auditText(_ action: String) -> WorkText {
        switch AuditAction(rawValue: action) {
        case .create: return .auditCreate
        case .edit: return .auditEdit
        case .view: return .auditView
        case .import: return .auditImport
        case .export: return .auditExport
        default: return .auditOther
        }
    }

    func notesKey(_ action: Action, _ board: NotesBoard) {
        var board = board
        if var editor = board.editor {
            switch action {
            case .editCancel:
                board.editor = nil
            case .editSave:
                guard let store = writableStore() else { return }
                let saved = write { try store.addNote(caseId: board.caseId, text: editor.text) }
                if saved {
                    board.editor = nil
                    write { board.entries = try timeline(caseId: board.caseId, store) }
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
