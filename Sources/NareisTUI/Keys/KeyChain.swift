/// The contexts of the action table a key is looked up in, first match wins.
/// Each pane and overlay declares one (`KeyPlace.chain`); the key handling, the
/// footer hints and docs/keybindings.md all read it, so they cannot disagree.
public struct KeyChain: Equatable, Sendable {
    /// The contexts whose keys apply, in the order they are tried.
    public let contexts: [KeyContext]
    /// Contexts whose keys apply but whose hints the footer leaves out (a form's
    /// field keys under a text field, a text field's editing keys under a form).
    public let quiet: [KeyContext]
    /// Single actions of other contexts that apply after the chain: an overlay
    /// without a text field closes with the keys of `back`.
    public let borrowed: [Action]

    public init(_ contexts: [KeyContext], quiet: [KeyContext] = [], borrowed: [Action] = []) {
        self.contexts = contexts
        self.quiet = quiet
        self.borrowed = borrowed
    }

    /// The action `key` stands for here, or nil.
    public func action(for key: Key) -> Action? {
        for context in contexts {
            if let spec = ActionTable.all.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return spec.action
            }
        }
        return borrowed.first { ActionTable.spec($0).keys.contains(key) }
    }

    /// The first key that means `action` here (a key an earlier context takes means something else), or nil.
    public func key(for action: Action) -> Key? {
        ActionTable.spec(action).keys.first { self.action(for: $0) == action }
    }

    /// Whether a printable key no action takes is typed into a text field (the
    /// search, an editor, the intake form).
    public var typesText: Bool { contexts.contains(.editor) || contexts.contains(.search) }

    /// The footer hints: the chain's own actions in table order, the global ones
    /// last, then the borrowed ones.
    public var hints: [ActionSpec] {
        // An action whose every key an earlier context takes is not offered (Enter saves
        // the conflict overlay's choices: it does not open).
        let shown = ActionTable.all.filter { $0.hint != nil && contexts.contains($0.context) && !quiet.contains($0.context)
            && key(for: $0.action) != nil }
        return shown.filter { $0.context != .global } + shown.filter { $0.context == .global }
            + borrowed.map(ActionTable.spec).filter { $0.hint != nil }
    }
}

/// Where a key is read: a pane (the case list also while its search is typed) or
/// an overlay. The `?` help reads the keys of the place under it.
public enum KeyPlace: String, CaseIterable, Sendable {
    case cases
    case search
    case tree
    case detail
    case deadlines
    case events
    case eventDay = "event-day"
    case investigation
    case iom
    case iomAmount = "iom-amount"
    case documents
    case tasks
    case taskEditor = "task-editor"
    case notes
    case noteEditor = "note-editor"
    case drafts
    case intake
    case conflict

    public var chain: KeyChain {
        switch self {
        case .cases: return KeyChain([.lists, .cases, .global, .team])
        case .search: return KeyChain([.search])
        case .tree, .detail: return KeyChain([.lists, .caseWork, .global, .team])
        case .deadlines: return KeyChain([.lists, .deadlines, .global, .team])
        case .events, .drafts: return KeyChain([.lists], borrowed: [.back])
        case .eventDay, .noteEditor, .iomAmount: return KeyChain([.editor])
        case .iom: return KeyChain([.travel, .lists], borrowed: [.back])
        case .documents: return KeyChain([.documents, .lists], borrowed: [.back])
        case .tasks: return KeyChain([.tasks, .lists], borrowed: [.back])
        case .taskEditor, .investigation: return KeyChain([.editor, .form], quiet: [.form])
        case .notes: return KeyChain([.notes, .lists], borrowed: [.back])
        case .intake: return KeyChain([.form, .editor], quiet: [.editor])
        case .conflict: return KeyChain([.conflict, .lists], borrowed: [.back])
        }
    }

    /// Its name in the help and docs/keybindings.md.
    var title: UIText {
        switch self {
        case .cases: return .placeCases
        case .search: return .contextSearch
        case .tree: return .placeTree
        case .detail: return .placeDetail
        case .deadlines: return .contextDeadlines
        case .events: return .placeEvents
        case .eventDay: return .placeEventDay
        case .investigation: return .placeInvestigation
        case .iom: return .contextTravel
        case .iomAmount: return .placeIomAmount
        case .documents: return .contextDocuments
        case .tasks: return .contextTasks
        case .taskEditor: return .placeTaskEditor
        case .notes: return .contextNotes
        case .noteEditor: return .placeNoteEditor
        case .drafts: return .placeDrafts
        case .intake: return .contextForm
        case .conflict: return .contextConflict
        }
    }
}

extension WorkModal {
    /// Where keys are read while this overlay is open.
    var keyPlace: KeyPlace {
        switch self {
        case .events: return .events
        case .eventDate: return .eventDay
        case .investigation: return .investigation
        case .iom(let board): return board.editing == nil ? .iom : .iomAmount
        case .documents: return .documents
        case .tasks: return .tasks
        case .taskEditor: return .taskEditor
        case .notes(let board): return board.editor == nil ? .notes : .noteEditor
        case .drafts: return .drafts
        case .intake: return .intake
        case .conflict: return .conflict
        }
    }
}

extension WorkstationState {
    /// Where the next key is read: the open overlay, the search being typed, or the focused pane.
    public var keyPlace: KeyPlace {
        if let modal { return modal.keyPlace }
        if searching { return .search }
        switch focus {
        case .cases: return .cases
        case .tree: return .tree
        case .detail: return .detail
        case .deadlines: return .deadlines
        }
    }
}
