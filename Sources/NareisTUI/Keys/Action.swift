/// Everything a key can ask the workstation to do. Key handling, footer hints, the
/// help overlay and docs/keybindings.md all come from `ActionTable.all`.
public enum Action: String, CaseIterable, Sendable {
    case moveUp = "move-up"
    case moveDown = "move-down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case first
    case last
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case open
    case back
    case search
    case cycleSort = "cycle-sort"
    case cycleStage = "filter-stage"
    case toggleOverdue = "filter-overdue"
    case cycleCounsellor = "filter-counsellor"
    case clearFilters = "clear-filters"
    case cycleWindow = "deadline-window"
    case help
    case quit
    case acceptSearch = "search-accept"
    case cancelSearch = "search-cancel"
    case deleteCharacter = "search-delete"
}

/// Where an action applies: everywhere, or only when a given pane has the focus.
public enum KeyContext: String, CaseIterable, Sendable {
    case global
    case lists
    case cases
    case deadlines
    case search

    /// Whether this context is active with `pane` focused (search: while typing).
    func applies(to pane: Pane, searching: Bool) -> Bool {
        switch self {
        case .global, .lists: return !searching
        case .cases: return pane == .cases && !searching
        case .deadlines: return pane == .deadlines && !searching
        case .search: return searching
        }
    }
}

/// One row of the action table.
public struct ActionSpec: Sendable {
    public let action: Action
    public let keys: [Key]
    public let description: UIText
    /// A short label for the footer, for the actions worth a hint there.
    public let hint: UIText?
    public let context: KeyContext
}
