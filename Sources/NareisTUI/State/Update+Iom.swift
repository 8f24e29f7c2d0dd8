import NareisCasework
import NareisCore

/// The IOM travel overlay: `x` ticks a step, Enter on an amount types it (Enter
/// records, Esc leaves the field); every change is written at once.
func updateIom(_ state: inout WorkstationState, _ board: IomBoard, _ input: Input) -> Effect {
    var board = board
    if let amount = board.editing {
        switch input {
        case .type(let character):
            board.editor.insert(character)
            board.message = nil
        case .action(.editSave):
            // Refused here, in the interface language; the casework layer checks again.
            let text = board.editor.text.trimmingCharacters(in: .whitespaces)
            guard text.isEmpty || IomTravel.cents(parsing: text) != nil else {
                board.message = WorkText.iomAmountInvalid.text(state.language, WorkText.iomAmount(amount).text(state.language),
                                                               String(text.prefix(20)))
                state.modal = .iom(board)
                return .redraw
            }
            return .setIomAmount(caseId: board.caseId, amount, text: text)
        case .action(.editCancel):
            board.editing = nil
            board.message = nil
            board.panel.resize(visible: state.overlayRows())
        case .action(let action):
            if board.editor.apply(action) { board.message = nil }
        case .resize, .idle, .wake:
            return .none
        }
        state.modal = .iom(board)
        return .redraw
    }
    guard case .action(let action) = input else { return .none }
    switch (action, board.panel.selectedRow) {
    case (.back, _):
        state.modal = nil
    case (.toggleIomStep, .step(let step)?):
        return .setIomStep(caseId: board.caseId, step: step, done: !board.travel.stepsDone.contains(step))
    case (.open, .amount(let amount)?):
        board.editing = amount
        board.editor = LineEditor(board.travel.cents[amount].map { IomBoard.typed(cents: $0) } ?? "", limit: 20)
        board.panel.resize(visible: state.overlayRows(reserving: IomBoard.rows))
        state.modal = .iom(board)
    default:
        return .none
    }
    return .redraw
}

extension IomBoard {
    /// An amount as it is typed back into its field: `1250` or `1250,50`.
    static func typed(cents: Int) -> String {
        let rest = cents % 100
        return rest == 0 ? "\(cents / 100)" : "\(cents / 100)," + (rest < 10 ? "0" : "") + "\(rest)"
    }
}

extension WorkstationState {
    /// The record was read: the overlay opens on the first step.
    mutating func iomRead(caseId: String, travel: IomTravel) {
        modal = .iom(IomBoard(caseId: caseId, travel: travel, visible: overlayRows()))
    }

    /// A step or an amount was written: the overlay shows the record as stored.
    mutating func iomSaved(_ travel: IomTravel) {
        guard case .iom(var board)? = modal else { return }
        board.travel = travel
        if board.editing != nil {
            board.editing = nil
            board.panel.resize(visible: overlayRows())
        }
        board.message = nil
        modal = .iom(board)
    }

    /// An amount was refused: the reason, under the field.
    mutating func iomRefused(_ message: String) {
        guard case .iom(var board)? = modal else { return }
        board.message = message
        modal = .iom(board)
    }
}
