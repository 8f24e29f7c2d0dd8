/// The one table of actions: name, default keys, description and context.
public enum ActionTable {
    public static let all: [ActionSpec] = [
        ActionSpec(action: .moveUp, keys: [.up, .character("k")], description: .actionMoveUp, hint: nil, context: .lists),
        ActionSpec(action: .moveDown, keys: [.down, .character("j")], description: .actionMoveDown, hint: nil, context: .lists),
        ActionSpec(action: .pageUp, keys: [.pageUp], description: .actionPageUp, hint: nil, context: .lists),
        ActionSpec(action: .pageDown, keys: [.pageDown, .character(" ")], description: .actionPageDown, hint: nil, context: .lists),
        ActionSpec(action: .first, keys: [.home, .character("g")], description: .actionFirst, hint: nil, context: .lists),
        ActionSpec(action: .last, keys: [.end, .character("G")], description: .actionLast, hint: nil, context: .lists),
        ActionSpec(action: .nextPane, keys: [.tab], description: .actionNextPane, hint: .hintPanes, context: .global),
        ActionSpec(action: .previousPane, keys: [.backTab], description: .actionPreviousPane, hint: nil, context: .global),
        ActionSpec(action: .open, keys: [.enter, .right, .character("l")], description: .actionOpen, hint: .hintOpen, context: .lists),
        ActionSpec(action: .back, keys: [.escape, .left, .character("h")], description: .actionBack, hint: .hintBack, context: .global),
        ActionSpec(action: .search, keys: [.character("/")], description: .actionSearch, hint: .hintSearch, context: .cases),
        ActionSpec(action: .cycleSort, keys: [.character("s")], description: .actionSort, hint: .hintSort, context: .cases),
        ActionSpec(action: .cycleStage, keys: [.character("f")], description: .actionStage, hint: .hintStage, context: .cases),
        ActionSpec(action: .toggleOverdue, keys: [.character("o")], description: .actionOverdue, hint: .hintOverdue, context: .cases),
        ActionSpec(action: .cycleCounsellor, keys: [.character("c")], description: .actionCounsellor, hint: nil, context: .cases),
        ActionSpec(action: .clearFilters, keys: [.character("x")], description: .actionClearFilters, hint: nil, context: .cases),
        ActionSpec(action: .cycleWindow, keys: [.character("w")], description: .actionWindow, hint: .hintWindow, context: .deadlines),
        ActionSpec(action: .help, keys: [.character("?"), .function(1)], description: .actionHelp, hint: .hintHelp, context: .global),
        ActionSpec(action: .quit, keys: [.character("q")], description: .actionQuit, hint: .hintQuit, context: .global),
        ActionSpec(action: .acceptSearch, keys: [.enter, .down], description: .actionAcceptSearch, hint: .hintAccept, context: .search),
        ActionSpec(action: .cancelSearch, keys: [.escape], description: .actionCancelSearch, hint: .hintCancel, context: .search),
        ActionSpec(action: .deleteCharacter, keys: [.backspace], description: .actionDeleteCharacter, hint: nil, context: .search),
    ]

    /// The action `key` stands for with `pane` focused (while typing a search:
    /// only the search actions), or nil. A pane's own actions come before the
    /// global ones, in table order.
    public static func action(for key: Key, in pane: Pane, searching: Bool = false) -> Action? {
        let candidates = all.filter { $0.keys.contains(key) && $0.context.applies(to: pane, searching: searching) }
        return (candidates.first { $0.context != .global } ?? candidates.first)?.action
    }

    public static func spec(_ action: Action) -> ActionSpec { all.first { $0.action == action }! }

    /// The actions shown in the footer with `pane` focused.
    public static func hints(for pane: Pane, searching: Bool = false) -> [ActionSpec] {
        all.filter { $0.hint != nil && $0.context.applies(to: pane, searching: searching) }
    }

    /// The keys of an action as shown to the user: `Down/j`.
    public static func keyNames(_ spec: ActionSpec) -> String {
        spec.keys.map(\.name).joined(separator: "/")
    }
}
