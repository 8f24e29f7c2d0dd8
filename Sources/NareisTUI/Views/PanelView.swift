/// The one way a list is drawn: a `ListPanel`'s visible rows from its top row, the
/// panes' and the overlays' alike.
extension Screen {
    /// Draws the rows `panel.top ..<` that fit in `body`, each held row by `draw`
    /// and a row whose page is not read yet as `loading` (dimmed; a panel holding
    /// its whole list has every row); the selected
    /// row is painted, brighter when the list has the keys.
    mutating func panel<Row>(_ panel: ListPanel<Row>, in body: Rect, focused: Bool = true, loading: String = "",
                             draw: (inout Screen, Row, Rect) -> Void) {
        for line in 0..<max(0, body.height) {
            let index = panel.top + line
            guard index < panel.total else { break }
            let rowRect = body.row(line)
            if let row = panel.row(index) {
                draw(&self, row, rowRect)
            } else {
                put(loading, in: rowRect, role: .dim)
            }
            if index == panel.selected { paint(rowRect, role: focused ? .selectionFocus : .selection) }
        }
    }
}
