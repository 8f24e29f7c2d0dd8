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
    // The counsellor's work on a case (Action+Work.swift explains where each applies).
    case recordEvent = "record-event"
    case documents
    case notes
    case iom
    case editCase = "edit-case"
    case tasks
    case newIntake = "new-intake"
    case editLeft = "edit-left"
    case editRight = "edit-right"
    case editHome = "edit-home"
    case editEnd = "edit-end"
    case editBackspace = "edit-backspace"
    case editDelete = "edit-delete"
    case editClear = "edit-clear"
    case editSave = "edit-save"
    case editCancel = "edit-cancel"
    case statusForward = "status-forward"
    case statusBack = "status-back"
    case statusNotApplicable = "status-not-applicable"
    case statusDoubted = "status-doubted"
    case toggleTranslation = "toggle-translation"
    case toggleIomStep = "iom-step-done"
    case toggleTaskDone = "task-done"
    case addTask = "task-add"
    case addNote = "note-add"
    case nextField = "field-next"
    case previousField = "field-previous"
    case nextStep = "step-next"
    case previousStep = "step-previous"
    case addMember = "member-add"
    case removeMember = "member-remove"
    case saveIntake = "intake-save"
    case leaveIntake = "intake-leave"
    case openKnownCase = "intake-open-known"
    // The team's shared caseload (docs/workstation.md, "The team").
    case sync
    case conflicts
    case conflictHere = "conflict-here"
    case conflictTheirs = "conflict-theirs"
    case conflictSave = "conflict-save"
}

/// Where an action applies: everywhere, or only when a given pane has the focus.
public enum KeyContext: String, CaseIterable, Sendable {
    case global
    case lists
    case cases
    case deadlines
    case search
    /// The tree or detail pane with a case open.
    case caseWork = "case-work"
    /// The overlays: a text field, a member's documents, the tasks, the notes, the intake form.
    case editor
    case documents
    case tasks
    case notes
    /// The IOM travel overlay.
    case travel
    case form
    /// The team's shared caseload: applies wherever the global keys do (listed apart).
    case team
    /// The conflict overlay: a colleague's change against this laptop's, field by field.
    case conflict
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
