import NareisCasework
import NareisCore

/// The conflict overlay: what the fields are about, then one line per field both
/// sides changed — where it lies, this laptop's value and the colleague's, the
/// chosen one marked. Long values are cut to their column.
enum ConflictOverlay {
    static let chosen = "\u{25CF}", open = "\u{25CB}"

    static func draw(_ board: ConflictBoard, _ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        let language = state.language
        let title = WorkText.conflictTitle.text(language, board.conflict.caseId, board.pending)
        let inside = screen.box(rect, title: title, focused: true)
        guard inside.height > ConflictBoard.rows else { return }
        screen.put(" " + WorkText.conflictIntro.text(language), in: inside.row(0), role: .help)
        let list = Rect(x: inside.x, y: inside.y + ConflictBoard.rows, width: inside.width,
                        height: inside.height - ConflictBoard.rows)
        guard !board.conflict.fields.isEmpty else {
            screen.put(" " + WorkText.conflictNothing.text(language), in: list.row(0), role: .dim)
            return
        }
        let places = board.conflict.fields.map { field -> String in
            let (who, what) = ConflictWords.place(field, in: board.conflict, language)
            return what.isEmpty ? who : who + " \u{00B7} " + what
        }
        let labelWidth = min((places.map(DisplayWidth.of).max() ?? 0) + 1, max(10, list.width * 2 / 5))
        let sideWidth = max(0, (list.width - labelWidth - 3) / 2)
        screen.panel(board.panel, in: list) { screen, index, row in
            let field = board.conflict.fields[index]
            let theirs = board.takingTheirs[index]
            let mine = WorkText.conflictHere.text(language, ConflictWords.value(field.mine, of: field, language))
            let other = WorkText.conflictTheirs.text(language, ConflictWords.value(field.theirs, of: field, language))
            screen.put(" " + places[index], x: row.x, y: row.y, maxX: row.x + labelWidth, role: .normal)
            var x = row.x + labelWidth + 1
            for (text, isChosen) in [(mine, !theirs), (other, theirs)] {
                let end = min(row.maxX, x + sideWidth)
                let used = screen.put((isChosen ? chosen : open) + " ", x: x, y: row.y, maxX: end, role: isChosen ? .met : .dim)
                screen.put(text, x: x + used, y: row.y, maxX: end, role: isChosen ? .met : .dim)
                x = end + 1
            }
        }
    }
}
