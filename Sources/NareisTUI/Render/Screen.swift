/// One character cell: a grapheme, the columns it takes and what it means.
///
/// A wide glyph (2 columns) sits in its first cell; the cell after it is a
/// continuation (`width == 0`, empty text) that the terminal fills by itself.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var width: UInt8
    public var role: Role

    public init(text: String, width: UInt8, role: Role) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static let blank = Cell(text: " ", width: 1, role: .normal)
    public var isContinuation: Bool { width == 0 }
}

/// The whole terminal as a grid of cells in memory. Views draw here; only the
/// curses backend copies it to the terminal (the cells that changed), and tests
/// read it back as text.
public struct Screen: Equatable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Fills `rect` (clipped to the screen) with blanks in `role`.
    public mutating func fill(_ rect: Rect, role: Role = .normal, text: String = " ") {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { set(x, y, Cell(text: text, width: 1, role: role)) }
        }
    }

    /// Draws `text` from (x, y) in `role`, never past `maxX` (exclusive) nor the
    /// screen edge; unsafe characters become markers (see `SafeText`).
    /// Returns the number of columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxX: Int? = nil, role: Role = .normal,
                             ellipsis: Bool = true) -> Int {
        guard y >= 0, y < size.height, x >= 0 else { return 0 }
        let limit = min(maxX ?? size.width, size.width)
        guard x < limit else { return 0 }
        if let used = putASCII(text, x: x, y: y, limit: limit, role: role, ellipsis: ellipsis) { return used }
        var column = x
        for glyph in SafeText.clip(text, to: limit - x, ellipsis: ellipsis) {
            let glyphRole: Role = glyph.isMarker ? .marker : role
            set(column, y, Cell(text: glyph.text, width: UInt8(glyph.width), role: glyphRole))
            if glyph.width == 2 { set(column + 1, y, Cell(text: "", width: 0, role: glyphRole)) }
            column += glyph.width
        }
        return column - x
    }

    /// One string per printable ASCII character, so drawing ASCII allocates nothing.
    private static let asciiCells: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// The common case, printable ASCII only, drawn without grapheme breaking;
    /// nil when `text` holds anything else (then `SafeText` handles it).
    private mutating func putASCII(_ text: String, x: Int, y: Int, limit: Int, role: Role, ellipsis: Bool) -> Int? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let space = limit - x
        let cut = bytes.count > space
        let shown = cut && ellipsis ? space - 1 : min(space, bytes.count)
        var column = x
        for byte in bytes.prefix(shown) {
            set(column, y, Cell(text: Screen.asciiCells[Int(byte)], width: 1, role: role))
            column += 1
        }
        if cut && ellipsis {
            set(column, y, Cell(text: "\u{2026}", width: 1, role: role))
            column += 1
        }
        return column - x
    }

    /// Draws `text` in the row `rect` (height 1 or more: the first row), clipped to it.
    @discardableResult
    public mutating func put(_ text: String, in rect: Rect, role: Role = .normal, ellipsis: Bool = true) -> Int {
        guard !rect.isEmpty else { return 0 }
        return put(text, x: rect.x, y: rect.y, maxX: rect.maxX, role: role, ellipsis: ellipsis)
    }

    /// Changes the role of the cells of `rect` (e.g. to highlight a selected row).
    public mutating func paint(_ rect: Rect, role: Role) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX where cells[y * size.width + x].role != .marker {
                cells[y * size.width + x].role = role
            }
        }
    }

    /// Writes one cell, repairing a wide glyph it cuts in half (the other half
    /// becomes a blank) so the grid never holds half a character.
    mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let index = y * size.width + x
        let old = cells[index]
        // The continuation after an old wide glyph is orphaned unless rewritten.
        if old.width == 2, x + 1 < size.width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(text: " ", width: 1, role: old.role)
        }
        // Writing over the right half of a wide glyph blanks its left half.
        if old.isContinuation, !cell.isContinuation, x > 0, cells[index - 1].width == 2 {
            cells[index - 1] = Cell(text: " ", width: 1, role: cells[index - 1].role)
        }
        if cell.width == 2 && x + 1 >= size.width {
            cells[index] = Cell(text: " ", width: 1, role: cell.role)   // a wide glyph cannot start in the last column
            return
        }
        cells[index] = cell
    }

    func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX), y1 = min(size.height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The screen as lines of text (trailing blanks kept), for tests and snapshots.
    public var lines: [String] {
        (0..<size.height).map { line($0) }
    }

    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<size.width {
            let cell = self[x, y]
            if !cell.isContinuation { text += cell.text }
        }
        return text
    }

    /// Display width of row `y` as drawn: always the screen width when the grid is sound.
    public func drawnWidth(ofRow y: Int) -> Int {
        (0..<size.width).reduce(0) { $0 + Int(self[$1, y].width) }
    }
}
