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
        ActionSpec(action: .tasks, keys: [.character("T")], description: .actionTasks, hint: nil, context: .global),
        ActionSpec(action: .newIntake, keys: [.character("I")], description: .actionNewIntake, hint: nil, context: .global),
        ActionSpec(action: .recordEvent, keys: [.character("e")], description: .actionRecordEvent, hint: .hintRecordEvent, context: .caseWork),
        ActionSpec(action: .documents, keys: [.character("d")], description: .actionDocuments, hint: .hintDocuments, context: .caseWork),
        ActionSpec(action: .notes, keys: [.character("n")], description: .actionNotes, hint: .hintNotes, context: .caseWork),
        ActionSpec(action: .editCase, keys: [.character("E")], description: .actionEditCase, hint: .hintEditCase, context: .caseWork),
        ActionSpec(action: .editLeft, keys: [.left], description: .actionEditLeft, hint: nil, context: .editor),
        ActionSpec(action: .editRight, keys: [.right], description: .actionEditRight, hint: nil, context: .editor),
        ActionSpec(action: .editHome, keys: [.home, .control("a")], description: .actionEditHome, hint: nil, context: .editor),
        ActionSpec(action: .editEnd, keys: [.end, .control("e")], description: .actionEditEnd, hint: nil, context: .editor),
        ActionSpec(action: .editBackspace, keys: [.backspace], description: .actionEditBackspace, hint: nil, context: .editor),
        ActionSpec(action: .editDelete, keys: [.delete, .control("d")], description: .actionEditDelete, hint: nil, context: .editor),
        ActionSpec(action: .editClear, keys: [.control("u")], description: .actionEditClear, hint: .hintClear, context: .editor),
        ActionSpec(action: .editSave, keys: [.enter], description: .actionEditSave, hint: .hintSave, context: .editor),
        ActionSpec(action: .editCancel, keys: [.escape], description: .actionEditCancel, hint: .hintCancelEdit, context: .editor),
        ActionSpec(action: .statusForward, keys: [.right, .character("+"), .character("l")], description: .actionStatusForward,
                   hint: .hintStatusForward, context: .documents),
        ActionSpec(action: .statusBack, keys: [.left, .character("-"), .character("h")], description: .actionStatusBack,
                   hint: .hintStatusBack, context: .documents),
        ActionSpec(action: .statusNotApplicable, keys: [.character("n")], description: .actionStatusNotApplicable,
                   hint: .hintNotApplicable, context: .documents),
        ActionSpec(action: .toggleTranslation, keys: [.character("t")], description: .actionToggleTranslation,
                   hint: .hintTranslation, context: .documents),
        ActionSpec(action: .toggleTaskDone, keys: [.character("x")], description: .actionToggleTaskDone, hint: .hintDone, context: .tasks),
        ActionSpec(action: .addTask, keys: [.character("a")], description: .actionAddTask, hint: .hintAdd, context: .tasks),
        ActionSpec(action: .addNote, keys: [.character("a")], description: .actionAddNote, hint: .hintAdd, context: .notes),
        ActionSpec(action: .nextField, keys: [.tab, .down, .enter], description: .actionNextField, hint: .hintNextField, context: .form),
        ActionSpec(action: .previousField, keys: [.backTab, .up], description: .actionPreviousField, hint: nil, context: .form),
        ActionSpec(action: .nextStep, keys: [.pageDown], description: .actionNextStep, hint: .hintNextStep, context: .form),
        ActionSpec(action: .previousStep, keys: [.pageUp], description: .actionPreviousStep, hint: nil, context: .form),
        ActionSpec(action: .addMember, keys: [.control("n")], description: .actionAddMember, hint: .hintAddMember, context: .form),
        ActionSpec(action: .removeMember, keys: [.control("x")], description: .actionRemoveMember, hint: nil, context: .form),
        ActionSpec(action: .saveIntake, keys: [.function(2)], description: .actionSaveIntake, hint: .hintSaveIntake, context: .form),
        ActionSpec(action: .leaveIntake, keys: [.escape], description: .actionLeaveIntake, hint: .hintLeaveIntake, context: .form),
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
