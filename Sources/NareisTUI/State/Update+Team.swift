import NareisCasework
import NareisCore

/// The conflict overlay: ↑/↓ choose the field, Left/h keeps this laptop's value,
/// Right/l takes the colleague's, Enter saves every choice, Esc leaves undecided.
func updateConflict(_ state: inout WorkstationState, _ board: ConflictBoard, _ action: Action) -> Effect {
    var board = board
    switch action {
    case .back:
        state.modal = nil
        return .redraw
    case .conflictHere, .conflictTheirs:
        guard let index = board.panel.selectedRow, board.takingTheirs.indices.contains(index) else { return .none }
        board.takingTheirs[index] = action == .conflictTheirs
    case .conflictSave:
        return .resolveConflict(board)
    default:
        return .none
    }
    state.modal = .conflict(board)
    return .redraw
}

extension WorkstationState {
    /// A conflicted case was read: the overlay opens on its first field, this laptop's
    /// value chosen everywhere.
    mutating func conflictRead(_ conflict: CaseConflict, pending: Int) {
        modal = .conflict(ConflictBoard(conflict: conflict, pending: pending,
                                        visible: overlayRows(reserving: ConflictBoard.rows)))
    }

    /// No case waits for a choice (any more): the overlay closes with `notice`.
    mutating func noConflictLeft(notice: String) {
        if case .conflict? = modal { modal = nil }
        self.notice = notice
    }

    /// The team status was read (nil: the store never synced with a team).
    mutating func teamStatusRead(_ status: SyncStatus?) {
        teamStatus = status
    }
}
