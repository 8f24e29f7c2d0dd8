import Foundation
import NareisCasework
import NareisCore

/// The intake: a new case, a resumed draft, or a stored case to edit, all in the
/// same form. Esc keeps what was typed as a draft (`Effect.keepDraft`); F2 on a
/// form with no problems saves the case (`Effect.saveIntake`); reaching the review
/// assesses the draft (`Effect.assessIntake`), so drawing it assesses nothing.

func updateDrafts(_ state: inout WorkstationState, _ chooser: DraftChooser, _ action: Action) -> Effect {
    switch action {
    case .back:
        state.modal = nil
        return .redraw
    case .open:
        guard case .draft(let stored)? = chooser.panel.selectedRow else {
            return state.show(IntakeForm(counsellor: state.intakeCounsellor))
        }
        do {
            let json = try JSONValue.parse(stored.document)
            var form = IntakeForm(draft: IntakeDraft(json: json), draftNumber: stored.number)
            form.draftIsEdit = stored.caseId != nil
            return state.show(form)
        } catch {
            state.problem = String(describing: error)
            return .redraw
        }
    default:
        return .none
    }
}

func updateIntake(_ state: inout WorkstationState, _ form: IntakeForm, _ input: Input) -> Effect {
    var form = form
    switch input {
    case .type(let character):
        form.type(character)
    case .action(let action):
        switch action {
        case .nextField, .previousField:
            let delta = action == .nextField ? 1 : -1
            // At the review, Up and Down choose among the cases the family may be in.
            if case .review = form.step, !form.possibleDuplicates.isEmpty {
                form.selectKnown(by: delta)
            } else {
                form.moveField(by: delta)
            }
        case .nextStep: form.go(toStep: form.stepIndex + 1)
        case .previousStep: form.go(toStep: form.stepIndex - 1)
        case .addMember: form.addMember()
        case .removeMember: form.removeMember()
        case .leaveIntake:
            guard form.hasAnswers else {
                state.modal = nil
                return .redraw
            }
            return .keepDraft(form)
        case .openKnownCase:
            guard case .review = form.step, form.possibleDuplicates.indices.contains(form.knownSelection) else { return .none }
            return .openKnownCase(form, caseId: form.possibleDuplicates[form.knownSelection].caseId)
        case .saveIntake:
            if form.problems.isEmpty, case .review = form.step { return .saveIntake(form) }
            if !form.problems.isEmpty { form.message = WorkText.fixFirst.text(state.language) }
            form.go(toStep: form.stepCount - 1)
        default:
            form.edit(action)
        }
    case .resize, .idle, .wake:
        return .none
    }
    return state.show(form)
}

extension WorkstationState {
    /// Shows the form; at its review, asks for the assessment when the answers changed.
    mutating func show(_ form: IntakeForm) -> Effect {
        var form = form
        form.asOf = asOf
        form.language = language
        modal = .intake(form)
        return form.needsReview ? .assessIntake(form.draft) : .redraw
    }

    /// The saved drafts were read: a list to choose from, or a new form when there are
    /// none (with the counsellor of the newest case filled in).
    mutating func draftsRead(_ drafts: [StoredDraft], counsellor: String? = nil) {
        intakeCounsellor = counsellor
        var fresh = IntakeForm(counsellor: counsellor)
        fresh.asOf = asOf
        fresh.language = language
        modal = drafts.isEmpty ? .intake(fresh)
            : .drafts(DraftChooser(panel: ListPanel(rows: [.newCase] + drafts.map { .draft($0) }, visible: overlayRows())))
    }

    mutating func draftKept() {
        modal = nil
        notice = WorkText.draftKept.text(language)
    }

    /// The intake was kept as a draft and the known case opened in the tree.
    mutating func knownCaseOpened(_ caseId: String) {
        modal = nil
        focus = .tree
        notice = WorkText.knownCaseOpened.text(language, caseId)
    }

    /// The case was saved (and the panes read again): the tree shows it.
    mutating func intakeSaved(caseId: String) {
        modal = nil
        focus = .tree
        notice = WorkText.caseSaved.text(language, caseId)
    }

    /// Saving was refused: the message shows at the top of the form.
    mutating func intakeRefused(_ message: String) {
        guard case .intake(var form)? = modal else { return }
        form.message = message
        modal = .intake(form)
    }

    /// The review's assessment of `draft` (nil when the draft is not yet a case file)
    /// and the stored cases its family may already be in.
    mutating func intakeReviewed(_ draft: IntakeDraft, _ review: OpenCase?, possibleDuplicates: [PossibleDuplicate]) {
        guard case .intake(var form)? = modal, form.draft == draft else { return }
        form.reviewed(review, possibleDuplicates: possibleDuplicates)
        modal = .intake(form)
    }
}
