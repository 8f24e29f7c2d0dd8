import NareisCore
import NareisCasework

/// What happened: an action from the key table (read through the chain of where
/// keys are read), a character typed into the field being edited (the search, an
/// overlay's field), a new terminal size, or time passing without a key.
public enum Input: Equatable, Sendable {
    case action(Action)
    case type(Character)
    case resize(Size)
    /// No key for this long (the loop measures it on a monotonic clock): the idle cover's time.
    case idle(Duration)
    /// A key pressed while the cover is up, whatever key it was: it only takes the cover away.
    case wake
}

/// What `update` asks the runner to do after changing the state.
public enum Effect: Equatable, Sendable {
    case none
    case redraw
    case quit
    /// The case query changed: count and page again (then open the selected case).
    case reloadCases
    /// The selection moved: make sure its page is loaded and open the case.
    case caseSelectionMoved
    /// The terminal was resized: load what the lists now show, open the selected case.
    case resized
    case reloadDeadlines
    case deadlineSelectionMoved
    /// Open the case of the selected deadline on the member it concerns.
    case openDeadline
    /// The counsellor opened the case shown in the tree: record it (audit trail).
    case recordView
    /// The counsellor filter needs the counsellors: read them, then cycle.
    case loadCounsellors

    // The counsellor's work: each a read or a write through the casework layer
    // (`Effects/Workstation+Perform.swift`), its answer written back into the state
    // by the overlay's own functions (`State/Update+*.swift`).
    case openDocuments(caseId: String, memberId: String)
    case setDocument(ChecklistStatus, caseId: String)
    case openNotes(caseId: String)
    case addNote(caseId: String, text: String)
    case openTasks
    /// The tasks cursor moved: make sure its page is loaded.
    case loadTaskPage
    case setTaskDone(TaskRow, on: Day?)
    case addTask(caseId: String, memberId: String?, title: String, due: Day?)
    /// Open a task's case in the tree, on the member it concerns.
    case openTaskCase(caseId: String, memberId: String?)
    case recordEvent(EventEditor)
    case recordInvestigation(Investigation?, caseId: String, memberId: String)
    case openIom(caseId: String)
    case setIomStep(caseId: String, step: Int, done: Bool)
    case setIomAmount(caseId: String, IomTravel.Amount, text: String)
    case openDrafts
    /// Keep the intake form as a draft and close it.
    case keepDraft(IntakeForm)
    case saveIntake(IntakeForm)
    /// The intake reached its review: assess the draft.
    case assessIntake(IntakeDraft)
    /// Keep the intake as a draft and open the stored case the family may already be in.
    case openKnownCase(IntakeForm, caseId: String)

    // The team's shared caseload (`State/Update+Team.swift`).
    /// Run the sync (the composition root's runner), then read everything again.
    case runSync
    /// Open the conflict overlay on the first case waiting for a choice.
    case openConflicts
    /// Save the choices of the conflict overlay.
    case resolveConflict(ConflictBoard)

    /// Whether the effect writes a case (then the team status line is read again).
    var writesCase: Bool {
        switch self {
        case .setDocument, .addNote, .setTaskDone, .addTask, .recordEvent, .recordInvestigation, .setIomStep, .setIomAmount,
             .saveIntake:
            return true
        default:
            return false
        }
    }
}

/// The one place the state changes in answer to input. Key handlers turn keys
/// into `Input`; the runner performs the returned effect (store reads, quit).
public func update(_ state: inout WorkstationState, _ input: Input) -> Effect {
    if let effect = updateIdleLock(&state, input) { return effect }
    switch input {
    case .idle, .wake:
        return .none  // `updateIdleLock` answers these.
    case .resize(let size):
        state.problem = nil
        state.size = size
        let layout = state.layout
        state.cases.resize(visible: layout.visibleRows(.cases))
        state.deadlines.resize(visible: layout.visibleRows(.deadlines))
        state.fitOverlay()
        return .resized
    case .type(let character):
        state.notice = nil
        state.problem = nil
        if let modal = state.modal { return updateOverlay(&state, modal, input) }
        guard state.searching, state.query.search.count < 100 else { return .none }
        state.query.search.append(character)
        return .reloadCases
    case .action(let action):
        state.notice = nil
        state.problem = nil
        if let modal = state.modal { return updateOverlay(&state, modal, input) }
        if state.showHelp { return updateHelp(&state, action) }
        if let effect = openWork(action, &state) { return effect }
        return perform(action, on: &state)
    }
}

private func updateHelp(_ state: inout WorkstationState, _ action: Action) -> Effect {
    switch action {
    case .quit: return .quit
    case .help, .back: state.showHelp = false
    case .moveDown: state.helpScroll += 1
    case .moveUp: state.helpScroll = max(0, state.helpScroll - 1)
    case .pageDown: state.helpScroll += 10
    case .pageUp: state.helpScroll = max(0, state.helpScroll - 10)
    case .first: state.helpScroll = 0
    default: return .none
    }
    state.helpScroll = min(state.helpScroll, HelpOverlay.lines(state).count)
    return .redraw
}

private func perform(_ action: Action, on state: inout WorkstationState) -> Effect {
    let layout = state.layout
    switch action {
    case .quit: return .quit
    case .help:
        state.showHelp = true
        state.helpScroll = 0
        return .redraw
    case .nextPane:
        state.focus = state.focus.next
        return .redraw
    case .previousPane:
        state.focus = state.focus.previous
        return .redraw
    case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last: return move(&state, action, layout: layout)
    case .open:
        switch state.focus {
        case .cases:
            guard state.openCase != nil else { return .none }
            state.focus = .tree
            return .recordView
        case .tree:
            guard state.openCase != nil else { return .none }
            state.focus = .detail
            state.detailScroll = 0
            return .redraw
        case .deadlines:
            return state.deadlines.selectedRow == nil ? .none : .openDeadline
        case .detail:
            return .none
        }
    case .back:
        switch state.focus {
        case .detail: state.focus = .tree
        case .tree, .deadlines: state.focus = .cases
        case .cases:
            guard state.query.isFiltered else { return .none }
            state.query.search = ""
            return .reloadCases
        }
        return .redraw
    case .search:
        state.focus = .cases
        state.searching = true
        return .redraw
    case .acceptSearch:
        state.searching = false
        return .redraw
    case .cancelSearch:
        state.searching = false
        state.query.search = ""
        return .reloadCases
    case .deleteCharacter:
        guard !state.query.search.isEmpty else { return .none }
        state.query.search.removeLast()
        return .reloadCases
    case .cycleSort:
        let sorts = CaseSort.allCases
        state.query.sort = sorts[(sorts.firstIndex(of: state.query.sort)! + 1) % sorts.count]
        return .reloadCases
    case .cycleStage:
        state.query.stage = cycle(state.query.stage, through: CaseStage.allCases)
        return .reloadCases
    case .toggleOverdue:
        state.query.overdueOnly.toggle()
        return .reloadCases
    case .cycleCounsellor:
        // The counsellors are read when first needed: a scan the first frame can skip.
        guard state.counsellorsRead else { return .loadCounsellors }
        state.query.counsellor = cycle(state.query.counsellor, through: state.counsellorChoices)
        return .reloadCases
    case .clearFilters:
        state.query = CaseQuery(sort: state.query.sort)
        return .reloadCases
    case .cycleWindow:
        let windows = WorkstationState.deadlineWindows
        let index = windows.firstIndex(of: state.deadlineWindow) ?? 0
        state.deadlineWindow = windows[(index + 1) % windows.count]
        return .reloadDeadlines
    default:
        // The work actions open an overlay (`openWork`); the overlays' own actions
        // reach `updateOverlay`.
        return .none
    }
}

/// nil -> first -> ... -> last -> nil.
private func cycle<T: Equatable>(_ current: T?, through choices: [T]) -> T? {
    guard let current, let index = choices.firstIndex(of: current) else { return choices.first }
    return index + 1 < choices.count ? choices[index + 1] : nil
}

private func move(_ state: inout WorkstationState, _ action: Action, layout: Layout) -> Effect {
    switch state.focus {
    case .cases:
        return state.cases.move(action, visible: layout.visibleRows(.cases))?.moved == true ? .caseSelectionMoved : .none
    case .deadlines:
        return state.deadlines.move(action, visible: layout.visibleRows(.deadlines))?.moved == true
            ? .deadlineSelectionMoved : .none
    case .tree:
        let before = state.tree.selected
        state.tree.move(by: delta(action, page: layout.visibleRows(.tree)), visible: max(1, layout.visibleRows(.tree) / 2))
        state.detailScroll = 0
        return state.tree.selected == before ? .none : .redraw
    case .detail:
        let before = state.detailScroll
        let scroll = state.detailScroll.addingReportingOverflow(delta(action, page: layout.visibleRows(.detail))).partialValue
        state.detailScroll = max(0, min(scroll, 10_000))
        return state.detailScroll == before ? .none : .redraw
    }
}

/// How far a list action moves in a pane of `page` rows (a page keeps one row on screen).
private func delta(_ action: Action, page: Int) -> Int {
    switch action {
    case .moveUp: return -1
    case .moveDown: return 1
    case .pageUp: return -max(1, page - 1)
    case .pageDown: return max(1, page - 1)
    case .first: return -Int.max / 2
    default: return Int.max / 2
    }
}
