/// Drawing helpers shared by the panes: boxes with titles and column rows.
extension Screen {
    static let horizontal = "\u{2500}", vertical = "\u{2502}"
    static let topLeft = "\u{250C}", topRight = "\u{2510}", bottomLeft = "\u{2514}", bottomRight = "\u{2518}"

    /// A border around `rect` with `title` on its top edge; returns the inside.
    @discardableResult
    mutating func box(_ rect: Rect, title: String, focused: Bool) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let role: Role = focused ? .borderFocus : .border
        fill(rect)
        for x in rect.x + 1..<rect.maxX - 1 {
            set(x, rect.y, Cell(text: Screen.horizontal, width: 1, role: role))
            set(x, rect.maxY - 1, Cell(text: Screen.horizontal, width: 1, role: role))
        }
        for y in rect.y + 1..<rect.maxY - 1 {
            set(rect.x, y, Cell(text: Screen.vertical, width: 1, role: role))
            set(rect.maxX - 1, y, Cell(text: Screen.vertical, width: 1, role: role))
        }
        set(rect.x, rect.y, Cell(text: Screen.topLeft, width: 1, role: role))
        set(rect.maxX - 1, rect.y, Cell(text: Screen.topRight, width: 1, role: role))
        set(rect.x, rect.maxY - 1, Cell(text: Screen.bottomLeft, width: 1, role: role))
        set(rect.maxX - 1, rect.maxY - 1, Cell(text: Screen.bottomRight, width: 1, role: role))
        if rect.width > 4 {
            put(" " + title + " ", x: rect.x + 1, y: rect.y, maxX: rect.maxX - 1, role: focused ? .titleFocus : .title)
        }
        return rect.inset(1)
    }

    /// Draws `columns` (text, width, role) from the left of row `rect`, one space apart.
    mutating func columns(_ columns: [(String, Int, Role)], in rect: Rect) {
        var x = rect.x
        for (text, width, role) in columns where width > 0 {
            put(text, x: x, y: rect.y, maxX: min(rect.maxX, x + width), role: role)
            x += width + 1
            if x >= rect.maxX { break }
        }
    }
}

/// Column widths for a table: fixed columns that drop out (last first) when the
/// space is short, and one flexible column that takes the rest.
struct ColumnPlan {
    let widths: [Int]

    /// - Parameters:
    ///   - fixed: the wanted width of each column; `flexible` names the one that stretches.
    ///   - minimumFlexible: the least the flexible column keeps before others are dropped.
    init(total: Int, fixed: [Int], flexible: Int, minimumFlexible: Int, dropOrder: [Int]) {
        var widths = fixed
        func used() -> Int { widths.enumerated().filter { $0.offset != flexible && $0.element > 0 }.reduce(0) { $0 + $1.element + 1 } }
        for index in dropOrder where total - used() < minimumFlexible {
            widths[index] = 0
        }
        widths[flexible] = max(0, total - used())
        self.widths = widths
    }
}

/// A run of text in one role, for lines built from parts.
struct Segment {
    var text: String
    var role: Role
    init(_ text: String, _ role: Role = .normal) {
        self.text = text
        self.role = role
    }
}

extension Screen {
    /// Draws segments one after another in row `rect`, clipped to it.
    mutating func segments(_ parts: [Segment], in rect: Rect) {
        var x = rect.x
        for part in parts {
            guard x < rect.maxX else { return }
            x += put(part.text, x: x, y: rect.y, maxX: rect.maxX, role: part.role)
        }
    }
}

/// Joins segments with a separator in the dim role.
func joined(_ parts: [Segment], separator: String = " \u{00B7} ") -> [Segment] {
    var result: [Segment] = []
    for (index, part) in parts.enumerated() {
        if index > 0 { result.append(Segment(separator, .dim)) }
        result.append(part)
    }
    return result
}

extension Screen {
    /// A pane with nothing to show yet: its box and one dim line saying why.
    mutating func emptyPane(_ rect: Rect, title: String, focused: Bool, message: String) {
        let inside = box(rect, title: title, focused: focused)
        if inside.height > 0 { put(message, in: inside.row(0), role: .dim) }
    }
}

/// A line of segments broken at spaces onto as many lines of `width` columns as it
/// needs, each line after the first indented by `indent` columns; a word wider than a
/// line is cut by the drawing, as before. Roles stay with their words.
func wrapped(_ line: [Segment], width: Int, indent: Int) -> [[Segment]] {
    guard width > indent + 1, line.reduce(0, { $0 + DisplayWidth.of($1.text) }) > width else { return [line] }
    var lines: [[Segment]] = []
    var current: [Segment] = []
    var used = 0
    func push(_ text: String, _ role: Role) {
        if let last = current.last, last.role == role {
            current[current.count - 1].text += text
        } else {
            current.append(Segment(text, role))
        }
        used += DisplayWidth.of(text)
    }
    for segment in line {
        // Words with the spaces before them, so a break drops the space.
        var word = ""
        var pieces: [String] = []
        for character in segment.text {
            if character == " ", !word.isEmpty, word.contains(where: { $0 != " " }) {
                pieces.append(word)
                word = ""
            }
            word.append(character)
        }
        if !word.isEmpty { pieces.append(word) }
        for piece in pieces {
            let size = DisplayWidth.of(piece)
            if used + size > width, used > indent, piece.first == " " {
                lines.append(current)
                current = []
                used = 0
                push(String(repeating: " ", count: indent), .normal)
                push(String(piece.drop { $0 == " " }), segment.role)
            } else {
                push(piece, segment.role)
            }
        }
    }
    lines.append(current)
    return lines
}
