/// The interactive loop: draw, read a key, update, draw again, until quit or a
/// termination signal; the terminal is restored on every way out. Between keys it
/// tells the workstation how long no key came (the idle cover), so time enters the
/// state as data: the loop reads the clock, `update` never does.
public enum WorkstationLoop {
    /// Runs until the workstation quits or `stop` says so (by default: a
    /// termination signal arrived, `TerminalGuard`). `now` is a clock that keeps
    /// counting while the machine sleeps, so a desk left overnight is covered when it wakes.
    public static func run(_ workstation: Workstation, on terminal: some TerminalBackend,
                           stop: () -> Bool = { TerminalGuard.shouldStop },
                           now: () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        defer {
            workstation.showProgress = nil
            terminal.close()
        }
        workstation.showProgress = { [unowned workstation] in terminal.present(workstation.render()) }
        workstation.resize(to: terminal.size)
        terminal.present(workstation.render())
        var lastKey = now()
        while !stop() {
            guard let key = terminal.readKey() else {
                if workstation.idle(for: now() - lastKey) { terminal.present(workstation.render()) }
                continue
            }
            if key == .resize {
                // A resize is the window's doing, not a counsellor's: it neither counts as
                // activity nor takes the cover away.
                terminal.invalidate()
                workstation.resize(to: terminal.size)
            } else {
                guard workstation.handle(key) else { return }
                // Counted from the end of the key's work: a slow sync is not time away.
                lastKey = now()
            }
            terminal.present(workstation.render())
        }
    }
}
