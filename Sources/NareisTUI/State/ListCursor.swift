/// The selected row and the first visible row of a list of `total` rows.
public struct ListCursor: Hashable, Sendable {
    public var total = 0
    public var selected = 0
    public var top = 0

    public init(total: Int = 0, selected: Int = 0, top: Int = 0) {
        self.total = total
        self.selected = selected
        self.top = top
    }

    /// Moves the selection by `delta` rows (clamped) and scrolls so it stays in
    /// a window of `visible` rows.
    public mutating func move(by delta: Int, visible: Int) {
        select(selected + delta, visible: visible)
    }

    public mutating func select(_ row: Int, visible: Int) {
        selected = max(0, min(total - 1, row))
        if total == 0 { selected = 0 }
        scrollToSelection(visible: visible)
    }

    /// Keeps the selection inside the window and the window inside the list.
    public mutating func scrollToSelection(visible: Int) {
        let rows = max(1, visible)
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, min(top, max(0, total - rows)))
    }

    /// A new total (after a reload): the selection stays where it can.
    public mutating func reset(total: Int, visible: Int, keepSelection: Bool) {
        self.total = max(0, total)
        if !keepSelection {
            selected = 0
            top = 0
        }
        select(selected, visible: visible)
    }
}
