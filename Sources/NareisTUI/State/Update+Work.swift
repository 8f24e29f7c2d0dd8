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
        state.modal = .events(EventPicker(caseId: caseId, memberId: member.id))
        return .redraw
    case .documents:
        guard let (caseId, member) = state.selectedMemberOfOpenCase() else { return .redraw }
        return .openDocuments(caseId: caseId, memberId: member.id)
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
    default: return nil
    }
}

/// An input while an overlay is open. Quitting is not an overlay's business.
func updateOverlay(_ state: inout WorkstationState, _ modal: WorkModal, _ input: Input) -> Effect {
    switch (modal, input) {
    case (_, .resize): return .none
    case (.events(let picker), .action(let action)): return updateEvents(&state, picker, action)
    case (.eventDate(let editor), _): return updateEventDay(&state, editor, input)
    case (.documents(let board), .action(let action)): return updateDocuments(&state, board, action)
    case (.tasks(let board), .action(let action)): return updateTasks(&state, board, action)
    case (.taskEditor(let editor), _): return updateTaskEditor(&state, editor, input)
    case (.notes(let board), _): return updateNotes(&state, board, input)
    case (.drafts(let chooser), .action(let action)): return updateDrafts(&state, chooser, action)
    case (.intake(let form), _): return updateIntake(&state, form, input)
    default: return .none
    }
}

extension WorkstationState {
    /// Rows an overlay's list shows, less room for a field.
    var overlayRows: Int { max(1, size.height - 8) }

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

extension ListCursor {
    /// Moves for the movement actions within a window of `visible` rows; false when
    /// `action` is not one.
    mutating func move(_ action: Action, visible: Int) -> Bool {
        switch action {
        case .moveUp: move(by: -1, visible: visible)
        case .moveDown: move(by: 1, visible: visible)
        case .pageUp: move(by: -visible, visible: visible)
        case .pageDown: move(by: visible, visible: visible)
        case .first: select(0, visible: visible)
        case .last: select(total - 1, visible: visible)
        default: return false
        }
        return true
    }
}
