import NareisCasework
import NareisCore

/// The counsellor's work in `update`: a work action opens its overlay (or asks for
/// the reads it needs), and while an overlay is open every input goes to it.
/// Each overlay's keys are in `Update+<overlay>.swift`, with the functions that
/// write the casework layer's answers back.

/// The overlay a work action opens, or nil when `action` is not a work action.
func openWork(_ action: Action, _ state: inout WorkstationState) -> Effect? {
    switch action {
    case .recordEvent:
        guard let (caseId, member) = state.selectedMemberOfOpenCase() else { return .redraw }
        state.modal = .events(EventPicker(caseId: caseId, memberId: member.id,
                                          panel: ListPanel(rows: ProcedureEvent.allCases, visible: state.overlayRows())))
        return .redraw
    case .documents:
        guard let (caseId, member) = state.selectedMemberOfOpenCase() else { return .redraw }
        return .openDocuments(caseId: caseId, memberId: member.id)
    case .iom:
        guard let caseId = state.openCase?.file.id else {
            state.problem = WorkText.openCaseFirst.text(state.language)
            return .redraw
        }
        return .openIom(caseId: caseId)
    case .notes:
        guard let caseId = state.openCase?.file.id else {
            state.problem = WorkText.openCaseFirst.text(state.language)
            return .redraw
        }
        return .openNotes(caseId: caseId)
    case .editCase:
        guard let file = state.openCase?.file, file.id != nil else {
            state.problem = WorkText.openCaseFirst.text(state.language)
            return .redraw
        }
        var form = IntakeForm(draft: IntakeDraft(editing: file), startAt: state.tree.selected)
        form.draftIsEdit = true
        return state.show(form)
    case .tasks: return .openTasks
    case .newIntake: return .openDrafts
    case .sync: return .runSync
    case .conflicts: return .openConflicts
    default: return nil
    }
}

/// An input while an overlay is open. Quitting is not an overlay's business. The
/// list actions move the overlay's list, whichever it is (`WorkModal.moveList`).
func updateOverlay(_ state: inout WorkstationState, _ modal: WorkModal, _ input: Input) -> Effect {
    if case .action(let action) = input {
        var moved = modal
        if let move = moved.moveList(action) {
            state.modal = moved
            return move.page == nil ? .redraw : .loadTaskPage
        }
    }
    switch (modal, input) {
    case (_, .resize): return .none
    case (.events(let picker), .action(let action)): return updateEvents(&state, picker, action)
    case (.eventDate(let editor), _): return updateEventDay(&state, editor, input)
    case (.investigation(let editor), _): return updateInvestigation(&state, editor, input)
    case (.iom(let board), _): return updateIom(&state, board, input)
    case (.documents(let board), .action(let action)): return updateDocuments(&state, board, action)
    case (.tasks(let board), .action(let action)): return updateTasks(&state, board, action)
    case (.taskEditor(let editor), _): return updateTaskEditor(&state, editor, input)
    case (.notes(let board), _): return updateNotes(&state, board, input)
    case (.drafts(let chooser), .action(let action)): return updateDrafts(&state, chooser, action)
    case (.intake(let form), _): return updateIntake(&state, form, input)
    case (.conflict(let board), .action(let action)): return updateConflict(&state, board, action)
    default: return .none
    }
}

extension WorkstationState {
    /// Rows an overlay's list shows: the overlay's box less its border, less
    /// `reserving` rows for a field under the list.
    func overlayRows(reserving: Int = 0) -> Int { max(1, size.height - 4 - reserving) }

    /// After a resize: the open overlay's list shows as many rows as it has room for.
    mutating func fitOverlay() {
        switch modal {
        case .events(var picker):
            picker.panel.resize(visible: overlayRows())
            modal = .events(picker)
        case .eventDate(var editor):
            editor.picker.panel.resize(visible: overlayRows(reserving: EventEditor.rows))
            modal = .eventDate(editor)
        case .iom(var board):
            board.panel.resize(visible: overlayRows(reserving: IomBoard.rows))
            modal = .iom(board)
        case .investigation(var editor):
            editor.picker.panel.resize(visible: overlayRows(reserving: InvestigationEditor.rows))
            modal = .investigation(editor)
        case .documents(var board):
            board.panel.resize(visible: overlayRows())
            modal = .documents(board)
        case .tasks(var board):
            board.resize(visible: overlayRows())
            modal = .tasks(board)
        case .taskEditor(var editor):
            editor.board.resize(visible: overlayRows(reserving: TaskEditor.rows))
            modal = .taskEditor(editor)
        case .notes(var board):
            board.panel.resize(visible: overlayRows(reserving: board.editor == nil ? 0 : NotesBoard.editorRows))
            modal = .notes(board)
        case .drafts(var chooser):
            chooser.panel.resize(visible: overlayRows())
            modal = .drafts(chooser)
        case .conflict(var board):
            board.panel.resize(visible: overlayRows(reserving: ConflictBoard.rows))
            modal = .conflict(board)
        case .intake, nil:
            break
        }
    }

    /// The member selected in the tree of the open case, or nil with a message.
    mutating func selectedMemberOfOpenCase() -> (caseId: String, member: Member)? {
        guard let caseId = openCase?.file.id else {
            problem = WorkText.openCaseFirst.text(language)
            return nil
        }
        guard let member = selectedMember else {
            problem = WorkText.chooseMember.text(language)
            return nil
        }
        return (caseId, member)
    }

}

extension WorkModal {
    /// Moves the overlay's list for a list action; nil when `action` is not one or
    /// the overlay is not showing a list under the keys (a field is being typed).
    mutating func moveList(_ action: Action) -> ListMove? {
        let moved: (WorkModal, ListMove)?
        switch self {
        case .events(let picker): moved = Self.move(picker, \.panel, action, WorkModal.events)
        case .documents(let board): moved = Self.move(board, \.panel, action, WorkModal.documents)
        case .iom(let board) where board.editing == nil: moved = Self.move(board, \.panel, action, WorkModal.iom)
        case .tasks(let board): moved = Self.move(board, \.self, action, WorkModal.tasks)
        case .notes(let board) where board.editor == nil: moved = Self.move(board, \.panel, action, WorkModal.notes)
        case .drafts(let chooser): moved = Self.move(chooser, \.panel, action, WorkModal.drafts)
        case .conflict(let board): moved = Self.move(board, \.panel, action, WorkModal.conflict)
        default: moved = nil
        }
        guard let (modal, move) = moved else { return nil }
        self = modal
        return move
    }

    private static func move<Board, Row>(_ board: Board, _ panel: WritableKeyPath<Board, ListPanel<Row>>, _ action: Action,
                                         _ modal: (Board) -> WorkModal) -> (WorkModal, ListMove)? {
        var board = board
        guard let move = board[keyPath: panel].move(action) else { return nil }
        return (modal(board), move)
    }
}
