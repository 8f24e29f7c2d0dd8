import NareisCasework
import NareisCore

/// Procedure events: pick an event for the selected member, type its day (or the
/// place, for representation); Enter records it (`Effect.recordEvent`), and a
/// refused day keeps the editor open with the reader's message.

func updateEvents(_ state: inout WorkstationState, _ picker: EventPicker, _ action: Action) -> Effect {
    switch action {
    case .open where picker.event == .investigation:
        var picker = picker
        picker.panel.resize(visible: state.overlayRows(reserving: InvestigationEditor.rows))
        let recorded = state.openCase?.file.members.first { $0.id == picker.memberId }?.procedure.investigation
        state.modal = .investigation(InvestigationEditor(caseId: picker.caseId, memberId: picker.memberId,
                                                         recorded: recorded, picker: picker))
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
    case .resize, .idle, .wake:
        return .none
    }
    state.modal = .eventDate(editor)
    return .redraw
}

/// The investigation form: Tab and the arrows up and down move between the fields,
/// Left and Right pick the kind and the channel, Enter records it (an empty letter day
/// removes it), Esc returns to the list.
func updateInvestigation(_ state: inout WorkstationState, _ editor: InvestigationEditor, _ input: Input) -> Effect {
    var editor = editor
    let fields = InvestigationEditor.Field.allCases
    switch input {
    case .type(let character):
        if editor.field == .letter { editor.letter.insert(character) }
        if editor.field == .date { editor.date.insert(character) }
        editor.message = nil
    case .action(.editCancel):
        var picker = editor.picker
        picker.panel.resize(visible: state.overlayRows())
        state.modal = .events(picker)
        return .redraw
    case .action(.editSave):
        let language = state.language
        let letterText = editor.letter.text.trimmingCharacters(in: .whitespaces)
        let dateText = editor.date.text.trimmingCharacters(in: .whitespaces)
        if letterText.isEmpty {
            return .recordInvestigation(nil, caseId: editor.caseId, memberId: editor.memberId)
        }
        guard let letter = DateInput.day(letterText, today: state.asOf) else {
            editor.message = WorkText.investigationDayInvalid.text(language, WorkText.investigationLetter.text(language),
                                                                   String(letterText.prefix(20)))
            state.modal = .investigation(editor)
            return .redraw
        }
        let date = DateInput.day(dateText, today: state.asOf)
        if !dateText.isEmpty && date == nil {
            editor.message = WorkText.investigationDayInvalid.text(language, WorkText.investigationDate.text(language),
                                                                   String(dateText.prefix(20)))
            state.modal = .investigation(editor)
            return .redraw
        }
        return .recordInvestigation(Investigation(letter: letter, kind: editor.kind, channel: editor.channel, date: date),
                                    caseId: editor.caseId, memberId: editor.memberId)
    case .action(.nextField):
        editor.field = fields[(editor.field.rawValue + 1) % fields.count]
    case .action(.previousField):
        editor.field = fields[(editor.field.rawValue + fields.count - 1) % fields.count]
    case .action(let action) where editor.field == .kind || editor.field == .channel:
        guard action == .editLeft || action == .editRight else { return .none }
        let step = action == .editRight ? 1 : -1
        if editor.field == .kind { editor.kind = InvestigationEditor.cycled(editor.kind, by: step) }
        else { editor.channel = InvestigationEditor.cycled(editor.channel, by: step) }
    case .action(let action):
        if editor.field == .letter { editor.letter.apply(action) } else { editor.date.apply(action) }
        editor.message = nil
    case .resize, .idle, .wake:
        return .none
    }
    state.modal = .investigation(editor)
    return .redraw
}

extension WorkstationState {
    /// The investigation could not be recorded: the reason, under the form.
    mutating func investigationRefused(_ message: String) {
        guard case .investigation(var editor)? = modal else { return }
        editor.message = message
        modal = .investigation(editor)
    }

    /// What is recorded for `event` of a member of the open case, as the editor shows it.
    func recordedValue(_ event: ProcedureEvent, memberId: String) -> String {
        guard let member = openCase?.file.members.first(where: { $0.id == memberId }) else { return "" }
        if event == .representation { return member.procedure.representation ?? "" }
        if event == .investigation, let i = member.procedure.investigation {
            return [i.letter.iso, i.kind.short(language), i.channel.short(language), i.date?.iso].compactMap { $0 }
                .joined(separator: " · ")
        }
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
