import NareisCasework
import NareisCore

/// Runs the workstation over the casework layer: turns keys into input through the
/// chain of where keys are read, applies `update`, and performs the effects
/// (`Effects/Workstation+Perform.swift`: the casework reads and writes). It holds
/// no terminal: the loop, the tests and the benchmark all drive it.
public final class Workstation {
    public internal(set) var state: WorkstationState
    let casework: Casework
    /// Runs a sync with the team server (the composition root's child process); nil
    /// when this laptop joined no team, and `S` says how to join.
    public var syncRunner: SyncRunner?
    /// Shows the screen as it is now, before something slow (the sync): the loop sets it.
    public var showProgress: (() -> Void)?

    /// - Parameter pageSize: the most rows held of a long list (`ListPanel.pageNeeded`).
    /// - Parameter lockAfter: how long without a key before the cases are covered; nil: never.
    public init(casework: Casework, size: Size, language: Language = .en, asOf: Day, pageSize: Int = WorkstationState.defaultPageSize,
                syncRunner: SyncRunner? = nil, lockAfter: Duration? = nil) {
        self.casework = casework
        self.syncRunner = syncRunner
        state = WorkstationState(size: size, language: language, asOf: asOf, pageSize: pageSize)
        state.idleLock = IdleLock(after: lockAfter)
        state.searchMatchLimit = casework.searchMatchLimit
        perform(.reloadCases)
        state.storeEmpty = state.cases.total == 0
        perform(.reloadDeadlines)
        readTeamStatus()
    }

    /// Handles one key; returns false when the workstation should quit.
    @discardableResult
    public func handle(_ key: Key) -> Bool {
        if key == .resize { return true }
        // Under the cover every key is the same key: the one that takes it away.
        if state.idleLock.isLocked { return apply(.wake) }
        let chain = state.keyPlace.chain
        if let action = chain.action(for: key) { return apply(.action(action)) }
        if chain.typesText, let character = key.typedCharacter { return apply(.type(character)) }
        state.keyIgnored()
        return true
    }

    /// Applies one input; returns false when the workstation should quit.
    @discardableResult
    public func apply(_ input: Input) -> Bool {
        let effect = update(&state, input)
        if effect == .quit { return false }
        perform(effect)
        return true
    }

    /// No key came for `time`; true when the screen changed (the cover came up).
    @discardableResult
    public func idle(for time: Duration) -> Bool {
        let effect = update(&state, .idle(time))
        perform(effect)
        return effect != .none
    }

    public func resize(to size: Size) {
        apply(.resize(size))
    }

    public func render() -> Screen { WorkstationView.render(state) }
}
