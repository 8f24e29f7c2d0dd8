import Testing
@testable import NareisTUI

/// Tests press keys by what they mean, as lazygit's do: the key is whichever the
/// action table binds to the action where keys are read now, so a changed binding
/// does not break a test. Typing text stays typing.
extension Workstation {
    /// Presses the first key that means `action` here; records an issue when none does.
    @discardableResult
    func press(_ action: Action, times: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        var running = true
        for _ in 0..<times {
            guard let key = state.keyPlace.chain.key(for: action) else {
                Issue.record("no key means \(action.rawValue) in \(state.keyPlace)", sourceLocation: sourceLocation)
                return running
            }
            running = handle(key)
        }
        return running
    }

    /// Types `text` into the field, character by character.
    func type(_ text: String) {
        for character in text { handle(.character(character)) }
    }
}
