/// The cover's part of `update`. Time passing (`Input.idle`, measured by the loop)
/// brings the cover up; while it is up a key only takes it away and is not acted
/// upon, so the key that wakes the screen cannot move the case list, save a form or
/// quit. Everything under the cover (an overlay, a half-typed field) stays as it was.
/// nil: the input is not the cover's, `update` goes on with it.
func updateIdleLock(_ state: inout WorkstationState, _ input: Input) -> Effect? {
    switch input {
    case .idle(let time):
        return state.idleLock.idle(for: time) ? .redraw : Effect.none
    case .wake, .action, .type:
        guard state.idleLock.isLocked else { return input == .wake ? Effect.none : nil }
        state.idleLock.uncover()
        return .redraw
    case .resize:
        return nil
    }
}
