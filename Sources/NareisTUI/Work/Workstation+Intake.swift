import Foundation
import NareisCasework
import NareisCore

/// The intake: a new case, a resumed draft, or a stored case to edit, all in the
/// same form. Esc keeps what was typed as a draft in the store; F2 on a form with
/// no problems saves the case (a new one gets its ID) and opens it.
extension Workstation {
    func openDrafts() {
        var drafts: [StoredDraft] = []
        guard write({ drafts = try casework.drafts() }) else { return }
        if drafts.isEmpty {
            state.modal = .intake(IntakeForm())
        } else {
            state.modal = .drafts(DraftChooser(drafts: drafts, cursor: ListCursor(total: drafts.count + 1)))
        }
    }

    func openEditCase() {
        guard let file = state.openCase?.file, file.id != nil else {
            state.problem = WorkText.openCaseFirst.text(state.language)
            return
        }
        var form = IntakeForm(draft: IntakeDraft(editing: file), startAt: state.tree.selected)
        form.draftIsEdit = true
        state.modal = .intake(form)
    }

    func draftsKey(_ action: Action, _ chooser: DraftChooser) {
        var chooser = chooser
        if moveCursor(&chooser.cursor, action) {
            state.modal = .drafts(chooser)
            return
        }
        switch action {
        case .back:
            state.modal = nil
        case .open:
            guard chooser.cursor.selected > 0 else {
                state.modal = .intake(IntakeForm())
                return
            }
            let stored = chooser.drafts[chooser.cursor.selected - 1]
            do {
                let json = try JSONValue.parse(Data(stored.document.utf8))
                var form = IntakeForm(draft: IntakeDraft(json: json), draftNumber: stored.number)
                form.draftIsEdit = stored.caseId != nil
                state.modal = .intake(form)
            } catch {
                state.problem = String(describing: error)
            }
        default:
            break
        }
    }

    func intakeKey(_ action: Action, _ form: IntakeForm) {
        var form = form
        switch action {
        case .nextField: form.moveField(by: 1)
        case .previousField: form.moveField(by: -1)
        case .nextStep: form.go(toStep: form.stepIndex + 1)
        case .previousStep: form.go(toStep: form.stepIndex - 1)
        case .addMember: form.addMember()
        case .removeMember: form.removeMember()
        case .leaveIntake:
            leaveIntake(form)
            return
        case .saveIntake:
            if form.problems.isEmpty, case .review = form.step {
                saveIntake(form)
                return
            }
            if !form.problems.isEmpty { form.message = WorkText.fixFirst.text(state.language) }
            form.go(toStep: form.stepCount - 1)
        default:
            form.edit(action)
        }
        state.modal = .intake(form)
    }

    /// Keeps the form as a draft (when anything was typed) and closes it.
    func leaveIntake(_ form: IntakeForm) {
        guard form.hasAnswers else {
            state.modal = nil
            return
        }
        let caseId = form.draftIsEdit ? form.draft.caseId : nil
        if write({ try casework.saveDraft(form.draft, number: form.draftNumber, editingCase: caseId) }) {
            state.modal = nil
            state.notice = WorkText.draftKept.text(state.language)
        }
    }

    func saveIntake(_ form: IntakeForm) {
        var form = form
        var saved = ""
        let worked = write { saved = try casework.completeIntake(form.draft, draftNumber: form.draftNumber) }
        guard worked else {
            form.message = state.problem
            state.problem = nil
            state.modal = .intake(form)
            return
        }
        state.modal = nil
        refresh(openingCase: saved)
        state.focus = .tree
        state.notice = WorkText.caseSaved.text(state.language, saved)
    }
}
