import NareisCasework
import NareisCore

/// The work overlays, drawn over the panes between header and footer: the event
/// picker and its date field, a member's documents, the tasks, the notes, the intake.
enum WorkOverlay {
    static func draw(_ modal: WorkModal, _ state: WorkstationState, on screen: inout Screen) {
        let size = screen.size
        let width = size.width > 110 ? 104 : size.width
        let rect = Rect(x: (size.width - width) / 2, y: 1, width: width, height: size.height - 2)
        guard rect.width >= 10, rect.height >= 4 else { return }
        switch modal {
        case .events(let picker): drawEvents(picker, editor: nil, state, in: rect, on: &screen)
        case .eventDate(let editor): drawEvents(editor.picker, editor: editor, state, in: rect, on: &screen)
        case .investigation(let editor): drawInvestigation(editor, state, in: rect, on: &screen)
        case .iom(let board): drawIom(board, state, in: rect, on: &screen)
        case .documents(let board): drawDocuments(board, state, in: rect, on: &screen)
        case .tasks(let board): TasksOverlay.draw(board, editor: nil, state, in: rect, on: &screen)
        case .taskEditor(let editor): TasksOverlay.draw(editor.board, editor: editor, state, in: rect, on: &screen)
        case .notes(let board): NotesOverlay.draw(board, state, in: rect, on: &screen)
        case .drafts(let chooser): IntakeView.drawDrafts(chooser, state, in: rect, on: &screen)
        case .intake(let form): IntakeView.draw(form, state, in: rect, on: &screen)
        case .conflict(let board): ConflictOverlay.draw(board, state, in: rect, on: &screen)
        }
    }

    static func memberName(_ state: WorkstationState, _ memberId: String) -> String {
        guard let member = state.openCase?.file.members.first(where: { $0.id == memberId }) else { return memberId }
        return member.latinName.map { $0 == member.name ? member.name : member.name + " \u{00B7} " + $0 } ?? member.name
    }

    /// The events list, leaving `reserved` rows under it for a field; returns the box's inside.
    @discardableResult
    static func drawEventList(_ picker: EventPicker, reserved: Int, _ state: WorkstationState, in rect: Rect,
                              on screen: inout Screen) -> Rect {
        let language = state.language
        let inside = screen.box(rect, title: WorkText.eventsTitle.text(language, memberName(state, picker.memberId)), focused: true)
        let labelWidth = ProcedureEvent.allCases.map { DisplayWidth.of(WorkLabels.text($0).text(language)) }.max() ?? 0
        let list = Rect(x: inside.x, y: inside.y, width: inside.width, height: max(0, inside.height - reserved))
        screen.panel(picker.panel, in: list) { screen, event, row in
            let label = WorkLabels.text(event).text(language)
            let pad = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(label)))
            let value = state.recordedValue(event, memberId: picker.memberId)
            screen.segments([Segment(" " + label + pad + "  "),
                             value.isEmpty ? Segment(WorkText.notRecorded.text(language), .dim) : Segment(value, .met)], in: row)
        }
        return inside
    }

    static func drawEvents(_ picker: EventPicker, editor: EventEditor?, _ state: WorkstationState, in rect: Rect,
                           on screen: inout Screen) {
        let language = state.language
        let reserved = editor == nil ? 0 : EventEditor.rows
        let inside = drawEventList(picker, reserved: reserved, state, in: rect, on: &screen)
        guard let editor, inside.height > reserved else { return }
        let prompt: WorkText = editor.event == .representation ? .eventPlacePrompt : .eventDayPrompt
        let y = inside.maxY - reserved + 1
        screen.put(prompt.text(language, WorkLabels.text(editor.event).text(language)), in: inside.row(y - inside.y), role: .title)
        drawField(editor.editor, in: Rect(x: inside.x + 1, y: y + 1, width: min(inside.width - 2, 60), height: 1), on: &screen)
        if let message = editor.message {
            screen.put(message, in: Rect(x: inside.x + 1, y: y + 2, width: inside.width - 1, height: 1), role: .error)
        } else if editor.event != .representation, let day = DateInput.day(editor.editor.text, today: state.asOf) {
            // What the day typed so far reads as, before it is recorded.
            screen.put(day.text(language), in: Rect(x: inside.x + 1, y: y + 2, width: inside.width - 1, height: 1), role: .met)
        }
    }

    /// The investigation form under the events list: two days typed, two values picked.
    static func drawInvestigation(_ editor: InvestigationEditor, _ state: WorkstationState, in rect: Rect,
                                  on screen: inout Screen) {
        let language = state.language
        let reserved = InvestigationEditor.rows
        let inside = drawEventList(editor.picker, reserved: reserved, state, in: rect, on: &screen)
        guard inside.height > reserved else { return }
        var y = inside.maxY - reserved + 1
        screen.put(WorkText.investigationPrompt.text(language), in: inside.row(y - inside.y), role: .title)
        let labels: [(InvestigationEditor.Field, WorkText)] = [
            (.letter, .investigationLetter), (.kind, .investigationKind), (.channel, .investigationChannel),
            (.date, .investigationDate),
        ]
        let labelWidth = labels.map { DisplayWidth.of($0.1.text(language)) }.max() ?? 0
        for (field, label) in labels {
            y += 1
            let text = label.text(language)
            let active = editor.field == field
            screen.put(" " + text, in: Rect(x: inside.x, y: y, width: labelWidth + 2, height: 1), role: active ? .title : .dim)
            let area = Rect(x: inside.x + labelWidth + 3, y: y, width: max(0, min(inside.width - labelWidth - 4, 40)), height: 1)
            switch field {
            case .letter: drawField(editor.letter, in: area, on: &screen, active: active)
            case .date: drawField(editor.date, in: area, on: &screen, active: active)
            case .kind: screen.put(WorkText.investigationPick.text(language, editor.kind.long(language)), in: area,
                                   role: active ? .selectionFocus : .normal)
            case .channel: screen.put(WorkText.investigationPick.text(language, editor.channel.long(language)), in: area,
                                      role: active ? .selectionFocus : .normal)
            }
        }
        if let message = editor.message {
            screen.put(message, in: Rect(x: inside.x + 1, y: y + 1, width: inside.width - 1, height: 1), role: .error)
        }
    }

    /// The IOM steps with their ticks, then the amounts in euros; an amount being typed
    /// under the list.
    static func drawIom(_ board: IomBoard, _ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        let language = state.language
        let done = board.travel.stepsDone.count
        let inside = screen.box(rect, title: WorkText.iomTitle.text(language, done, TaskTemplate.iomSteps.count), focused: true)
        let reserved = board.editing == nil ? 0 : IomBoard.rows
        let list = Rect(x: inside.x, y: inside.y, width: inside.width, height: max(0, inside.height - reserved))
        screen.panel(board.panel, in: list) { screen, row, line in
            switch row {
            case .step(let step):
                let ticked = board.travel.stepsDone.contains(step)
                let mark = (ticked ? UIText.checklistDone : UIText.checklistOpen).text(language)
                screen.segments([Segment(" " + mark + " ", ticked ? .met : .dim),
                                 Segment(WorkText.iomStep.text(language, step + 1, TaskTemplate.iomSteps[step].text(language)))],
                                in: line)
            case .amount(let amount):
                let value = board.travel.cents[amount].map { Fee(cents: $0).text(language) }
                screen.segments([Segment("     " + WorkText.iomAmount(amount).text(language) + ": "),
                                 value.map { Segment($0, .met) } ?? Segment(WorkText.notRecorded.text(language), .dim)],
                                in: line)
            }
        }
        guard let amount = board.editing, inside.height > reserved else { return }
        let y = inside.maxY - reserved + 1
        screen.put(WorkText.iomAmountPrompt.text(language, WorkText.iomAmount(amount).text(language)),
                   in: inside.row(y - inside.y), role: .title)
        drawField(board.editor, in: Rect(x: inside.x + 1, y: y + 1, width: min(inside.width - 2, 30), height: 1), on: &screen)
        if let message = board.message {
            screen.put(message, in: Rect(x: inside.x + 1, y: y + 2, width: inside.width - 1, height: 1), role: .error)
        }
    }

    static func drawDocuments(_ board: DocumentsBoard, _ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        let language = state.language
        let complete = board.items.filter { board.status(of: $0.id).isComplete(for: $0.id) }.count
        let title = WorkText.documentsTitle.text(language, memberName(state, board.memberId), complete, board.items.count)
        let inside = screen.box(rect, title: title, focused: true)
        guard !board.items.isEmpty else {
            if inside.height > 0 { screen.put(WorkText.noDocuments.text(language), in: inside.row(0), role: .dim) }
            return
        }
        let statusWidth = DocumentStatus.allCases.map { DisplayWidth.of($0.short(language)) }.max() ?? 0
        screen.panel(board.panel, in: inside) { screen, item, row in
            let status = board.status(of: item.id)
            let label = status.short(language)
            let pad = String(repeating: " ", count: max(0, statusWidth - DisplayWidth.of(label)))
            // A copy of an item whose original is asked for is progress (DOC-ORIGINALS-STATUS).
            let role: Role = status.isComplete(for: item.id) ? .met : (status == .copyReceived ? .warning : .urgent)
            var line = [Segment(" [" + label + "]" + pad + " ", role), Segment(item.text(language, .short))]
            if board.translationNeeded(item.id) { line.append(Segment("  + " + WorkText.swornTranslation.text(language), .warning)) }
            line.append(Segment("  " + item.rule, .rule))
            screen.segments(line, in: row)
        }
        // What the family can do about a doubted document (DOC-DOUBTED), under the list
        // when there is room.
        if let selected = board.panel.selectedRow, board.status(of: selected.id) == .doubted {
            let below = min(board.items.count, inside.height) + 1
            let lines = WorkstationView.wrap(RuleText.documentDoubted.text(language, .long), width: inside.width - 2)
            for (offset, line) in lines.enumerated() where below + offset < inside.height {
                screen.put(line, in: Rect(x: inside.x + 1, y: inside.y + below + offset, width: inside.width - 2, height: 1),
                           role: .warning)
            }
        }
    }

    /// A text field: the part of the text around the cursor, the cursor cell marked.
    static func drawField(_ editor: LineEditor, in rect: Rect, on screen: inout Screen, active: Bool = true) {
        guard rect.width > 1 else { return }
        screen.fill(rect, role: .search)
        let (text, column) = editor.window(width: rect.width)
        screen.put(text, x: rect.x, y: rect.y, maxX: rect.maxX, role: .search, ellipsis: false)
        if active { screen.paint(Rect(x: rect.x + min(column, rect.width - 1), y: rect.y, width: 1, height: 1), role: .selectionFocus) }
    }
}
