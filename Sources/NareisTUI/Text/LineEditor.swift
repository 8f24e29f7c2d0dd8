/// One line of text being typed, with a cursor: the field editor of the date
/// editor, the note and task editors and the intake form. Keys arrive as editor
/// actions (`Action.edit…`) or typed characters; the text stays within `limit`
/// characters so a paste of a novel cannot swamp the store.
public struct LineEditor: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// The insertion point: 0 ... characters.count.
    public private(set) var cursor: Int
    public let limit: Int

    public init(_ text: String = "", limit: Int = 200) {
        self.limit = limit
        characters = Array(text.prefix(limit))
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Inserts a typed character at the cursor; false when the field is full.
    @discardableResult
    public mutating func insert(_ character: Character) -> Bool {
        guard characters.count < limit else { return false }
        characters.insert(character, at: cursor)
        cursor += 1
        return true
    }

    /// Applies an editing action; false for an action that is not an edit.
    @discardableResult
    public mutating func apply(_ action: Action) -> Bool {
        switch action {
        case .editLeft: cursor = max(0, cursor - 1)
        case .editRight: cursor = min(characters.count, cursor + 1)
        case .editHome: cursor = 0
        case .editEnd: cursor = characters.count
        case .editBackspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .editDelete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .editClear:
            characters = []
            cursor = 0
        default:
            return false
        }
        return true
    }

    /// The part of the text to show in `width` columns so the cursor stays visible,
    /// and the cursor's column in it.
    public func window(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = 0
        func columns(_ from: Int, _ to: Int) -> Int { DisplayWidth.of(String(characters[from..<to])) }
        while columns(start, cursor) > width - 1 { start += 1 }
        var end = cursor
        while end < characters.count && columns(start, end + 1) <= width { end += 1 }
        return (String(characters[start..<end]), columns(start, cursor))
    }
}
