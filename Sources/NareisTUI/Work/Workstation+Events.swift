import NareisCasework
import NareisCore

/// Procedure events: pick an event for the selected member, type its day (or the
/// place, for representation), Enter saves through the store (audited) and every
/// pane recomputes; a refused day keeps the editor open with the reader's message.
extension Workstation {
    func openEvents() {
        guard let (open, member) = selectedMemberOfOpenCase(), let caseId = open.file.id else { return }
        state.modal = .events(EventPicker(caseId: caseId, memberId: member.id))
    }

    func eventsKey(_ action: Action, _ picker: EventPicker) {
        var picker = picker
        if moveCursor(&picker.cursor, action) {
            state.modal = .events(picker)
            return
        }
        switch action {
        case .open:
            let recorded = recordedValue(picker.event, memberId: picker.memberId)
            state.modal = .eventDate(EventEditor(caseId: picker.caseId, memberId: picker.memberId, event: picker.event,
                                                 editor: LineEditor(recorded, limit: picker.event == .representation ? 200 : 10),
                                                 message: nil, picker: picker))
        case .back:
            state.modal = nil
        default:
            break
        }
    }

    /// What is recorded for `event` of a member of the open case, as the editor shows it.
    func recordedValue(_ event: ProcedureEvent, memberId: String) -> String {
        guard let member = state.openCase?.file.members.first(where: { $0.id == memberId }) else { return "" }
        if event == .representation { return member.procedure.representation ?? "" }
        return event.day(in: member.procedure)?.iso ?? ""
    }

    func eventDateKey(_ action: Action, _ editor: EventEditor) {
        var editor = editor
        switch action {
        case .editSave:
            if let message = saveEvent(editor) {
                editor.message = message
                state.modal = .eventDate(editor)
            } else {
                state.modal = nil
                state.notice = WorkText.eventSaved.text(state.language, WorkLabels.text(editor.event).text(state.language))
            }
        case .editCancel:
            state.modal = .events(editor.picker)
        default:
            if editor.editor.apply(action) { editor.message = nil }
            state.modal = .eventDate(editor)
        }
    }

    /// Records the event and saves the case; returns the message when refused.
    func saveEvent(_ editor: EventEditor) -> String? {
        do {
            try casework.recordEvent(editor.event, text: editor.editor.text, caseId: editor.caseId, memberId: editor.memberId)
        } catch let error as CaseFileError {
            return error.problems.map(\.message).joined(separator: "; ")
        } catch {
            return String(describing: error)
        }
        refresh(openingCase: editor.caseId)
        return nil
    }
}
