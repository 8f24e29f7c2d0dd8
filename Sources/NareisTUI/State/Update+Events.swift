import NareisCasework
import NareisCore

/// Procedure events: pick an event for the selected member, type its day (or the
/// place, for representation); Enter records it (`Effect.recordEvent`), and a
/// refused day keeps the editor open with the reader's message.

func updateEvents(_ state: inout WorkstationState, _ picker: EventPicker, _ action: Action) -> Effect {
    switch action {
    case .open:
        var picker = picker
        picker.panel.resize(visible: state.overlayRows(reserving: EventEditor.rows))
        let recorded = state.recordedValue(picker.event, memberId: picker.memberId)
        state.modal = .eventDate(EventEditor(caseId: picker.caseId, memberId: picker.memberId, event: picker.event,
                                             editor: LineEditor(recorded, limit: picker.event == .representation ? 200 : 10),
                                             message: nil, picker: picker))
    case .back:
        state.modal = nil
    default:
        return .none
    }
    return .redraw
}

func updateEventDay(_ state: inout WorkstationState, _ editor: EventEditor, _ input: Input) -> Effect {
    var editor = editor
    switch input {
    case .type(let character):
        editor.editor.insert(character)
        editor.message = nil
    case .action(.editSave):
        return .recordEvent(editor)
    case .action(.editCancel):
        var picker = editor.picker
        picker.panel.resize(visible: state.overlayRows())
        state.modal = .events(picker)
        return .redraw
    case .action(let action):
        if editor.editor.apply(action) { editor.message = nil }
    case .resize:
        return .none
    }
    state.modal = .eventDate(editor)
    return .redraw
}

extension WorkstationState {
    /// What is recorded for `event` of a member of the open case, as the editor shows it.
    func recordedValue(_ event: ProcedureEvent, memberId: String) -> String {
        guard let member = openCase?.file.members.first(where: { $0.id == memberId }) else { return "" }
        if event == .representation { return member.procedure.representation ?? "" }
        return event.day(in: member.procedure)?.iso ?? ""
    }

    mutating func eventRecorded(_ event: ProcedureEvent) {
        modal = nil
        notice = WorkText.eventSaved.text(language, WorkLabels.text(event).text(language))
    }

    mutating func eventRefused(_ message: String) {
        guard case .eventDate(var editor)? = modal else { return }
        editor.message = message
        modal = .eventDate(editor)
    }
}
