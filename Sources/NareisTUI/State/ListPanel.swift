/// One list on screen, as htop's Panel: the cursor (selected row, first visible
/// row, how many rows in all), the rows it holds (a page of a long list read from
/// the casework layer, or the whole of a short one) and how many rows it shows.
/// The case list, the deadlines and every overlay's list are one of these; the
/// list actions move it (`move`), which says whether a page must be read and
/// which one, and `Screen.panel` (`Views/PanelView.swift`) draws it.
public struct ListPanel<Row> {
    /// The selection and the first visible row.
    public private(set) var cursor: ListCursor
    /// The rows held: rows `offset ..< offset + rows.count` of the list.
    public private(set) var offset = 0
    public private(set) var rows: [Row] = []
    /// How many rows the panel shows.
    public private(set) var visible: Int
    /// The most rows held of a long list (at least the visible ones); nil when the
    /// panel holds its whole list.
    public let pageSize: Int?
    /// Rows a page move keeps on screen (the panes keep one).
    public let overlap: Int

    /// A paged list of `total` rows, none read yet.
    public init(total: Int = 0, visible: Int, pageSize: Int, overlap: Int = 0) {
        cursor = ListCursor(total: max(0, total))
        self.visible = max(1, visible)
        self.pageSize = max(1, pageSize)
        self.overlap = overlap
    }

    /// A short list held whole.
    public init(rows: [Row], visible: Int, overlap: Int = 0) {
        cursor = ListCursor(total: rows.count)
        self.rows = rows
        self.visible = max(1, visible)
        pageSize = nil
        self.overlap = overlap
    }

    public var total: Int { cursor.total }
    public var selected: Int { cursor.selected }
    public var top: Int { cursor.top }

    /// Row `index` of the list, when its page is held.
    public func row(_ index: Int) -> Row? {
        let local = index - offset
        return rows.indices.contains(local) ? rows[local] : nil
    }

    /// The row under the cursor, when its page is held.
    public var selectedRow: Row? { row(cursor.selected) }

    /// Moves for a list action (up, down, page up and down, first, last); nil when
    /// `action` is not one. A page moves by the visible rows less the overlap.
    public mutating func move(_ action: Action) -> ListMove? {
        let before = cursor.selected
        let page = max(1, visible - overlap)
        switch action {
        case .moveUp: cursor.move(by: -1, visible: visible)
        case .moveDown: cursor.move(by: 1, visible: visible)
        case .pageUp: cursor.move(by: -page, visible: visible)
        case .pageDown: cursor.move(by: page, visible: visible)
        case .first: cursor.select(0, visible: visible)
        case .last: cursor.select(cursor.total - 1, visible: visible)
        default: return nil
        }
        return ListMove(moved: cursor.selected != before, page: pageNeeded)
    }

    /// Moves for a list action as it is shown in `visible` rows now (a pane's rows
    /// follow the layout, which the focus changes too).
    public mutating func move(_ action: Action, visible: Int) -> ListMove? {
        self.visible = max(1, visible)
        return move(action)
    }

    /// Puts the cursor on row `index` (clamped).
    public mutating func select(_ index: Int) {
        cursor.select(index, visible: visible)
    }

    /// A new height: the selection stays in view.
    public mutating func resize(visible: Int) {
        self.visible = max(1, visible)
        cursor.scrollToSelection(visible: self.visible)
    }

    /// A paged list counted again: the rows held are dropped; the selection stays
    /// where it can when `keepSelection`, or goes to the top.
    public mutating func reset(total: Int, visible: Int, keepSelection: Bool) {
        self.visible = max(1, visible)
        cursor.reset(total: total, visible: self.visible, keepSelection: keepSelection)
        offset = 0
        rows = []
    }

    /// Rows the casework layer read: rows `offset ..< offset + rows.count` of the list.
    /// Rows that join those held (`pageNeeded` asks for the missing side only) are
    /// added to them, and the held rows farthest from the visible ones are let go
    /// beyond `pageSize`; any other rows replace them.
    public mutating func pageRead(offset: Int, rows read: [Row]) {
        let heldEnd = self.offset + rows.count
        let below = !rows.isEmpty && offset == heldEnd
        let above = !rows.isEmpty && offset + read.count == self.offset
        guard below || above else {
            self.offset = offset
            rows = read
            return
        }
        rows = below ? rows + read : read + rows
        if above { self.offset = offset }
        let excess = rows.count - max(pageSize ?? rows.count, visible)
        guard excess > 0 else { return }
        if below {
            // Scrolled down: the rows above the visible ones go.
            let dropped = min(excess, max(0, cursor.top - self.offset))
            rows.removeFirst(dropped)
            self.offset += dropped
        } else {
            // Scrolled up: the rows below the visible ones go.
            rows.removeLast(min(excess, max(0, self.offset + rows.count - (cursor.top + visible))))
        }
    }

    /// Replaces the row under the cursor (a task ticked in place).
    public mutating func replaceSelected(_ row: Row) {
        let local = cursor.selected - offset
        if rows.indices.contains(local) { rows[local] = row }
    }

    /// The rows to read so the visible ones are held, or nil when they are (or the
    /// panel holds its whole list). Every row read costs store pages (about 30 µs a
    /// row at 100,000 cases, before they are cached), and a read happens on the first
    /// frame, on every search letter and on every sort, so a list read afresh asks
    /// for its visible rows only. Scrolling past the rows held asks for the missing
    /// side only, with half a page's margin beyond the visible rows in the direction
    /// of travel, so the next few moves need no read.
    public var pageNeeded: Range<Int>? {
        guard let pageSize, cursor.total > 0 else { return nil }
        let needed = cursor.top ..< min(cursor.total, cursor.top + visible)
        let held = offset ..< offset + rows.count
        if held.lowerBound <= needed.lowerBound && needed.upperBound <= held.upperBound { return nil }
        let margin = max(0, (max(pageSize, visible) - visible) / 2)
        let joins = needed.overlaps(held) || needed.lowerBound == held.upperBound || needed.upperBound == held.lowerBound
        guard !held.isEmpty, joins else { return needed }
        switch (needed.lowerBound < held.lowerBound, needed.upperBound > held.upperBound) {
        case (true, true): return needed   // more rows shown than held (a taller terminal)
        case (false, _): return held.upperBound ..< min(cursor.total, needed.upperBound + margin)
        case (true, false): return max(0, needed.lowerBound - margin) ..< held.lowerBound
        }
    }
}

/// What a list action did to a panel.
public struct ListMove: Equatable, Sendable {
    /// Whether the selection went to another row.
    public var moved: Bool
    /// The rows to read before the visible ones can be drawn (nil: they are held).
    public var page: Range<Int>?
}

extension ListPanel: Sendable where Row: Sendable {}
extension ListPanel: Equatable where Row: Equatable {}
extension ListPanel: Hashable where Row: Hashable {}
