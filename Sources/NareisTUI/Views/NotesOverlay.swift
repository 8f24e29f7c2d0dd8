import NareisCasework
import NareisCore

/// A case's timeline: when, who and what; notes in full, audit lines dimmed.
enum NotesOverlay {
    static func draw(_ board: NotesBoard, _ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        let language = state.language
        let inside = screen.box(rect, title: WorkText.notesTitle.text(language, board.caseId), focused: true)
        let reserved = board.editor == nil ? 0 : NotesBoard.editorRows
        let list = Rect(x: inside.x, y: inside.y, width: inside.width, height: max(0, inside.height - reserved))
        if board.entries.isEmpty, list.height > 0 {
            screen.put(WorkText.noNotes.text(language), in: list.row(0), role: .dim)
        }
        screen.panel(board.panel, in: list) { screen, entry, row in
            screen.segments([Segment(" " + displayTime(entry.at) + "  ", .dim), Segment(entry.who + "  ", .rule),
                             Segment(text(of: entry, language), entry.isNote ? .normal : .dim)], in: row)
        }
        guard let editor = board.editor, inside.height > reserved else { return }
        let y = inside.maxY - reserved + 1
        screen.put(WorkText.newNote.text(language), x: inside.x + 1, y: y, maxX: inside.maxX, role: .title)
        WorkOverlay.drawField(editor, in: Rect(x: inside.x + 1, y: y + 1, width: inside.width - 2, height: 1), on: &screen)
        if let message = board.message {
            screen.put(message, x: inside.x + 1, y: y + 2, maxX: inside.maxX, role: .error)
        }
    }

    /// A note as written; an audit line as what was done (and to which member).
    static func text(of entry: TimelineEntry, _ language: Language) -> String {
        switch entry.kind {
        case .note(let text, _):
            return text
        case .audit(let action, let memberId):
            var text = auditText(action).text(language, action)
            if let memberId { text += " " + WorkText.auditMember.text(language, memberId) }
            return text
        }
    }

    static func auditText(_ action: String) -> WorkText {
        switch AuditAction(rawValue: action) {
        case .create: return .auditCreate
        case .edit: return .auditEdit
        case .view: return .auditView
        case .import: return .auditImport
        case .export: return .auditExport
        default: return .auditOther
        }
    }

    /// `2024-06-01T09:30:00Z` as `2024-06-01 09:30` (UTC, as stored).
    static func displayTime(_ stamp: String) -> String {
        let characters = Array(stamp)
        guard characters.count >= 16 else { return stamp }
        return String(characters[0..<10]) + " " + String(characters[11..<16])
    }
}
