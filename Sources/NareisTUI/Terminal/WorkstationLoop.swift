/// The interactive loop: draw, read a key, update, draw again, until quit or a
/// termination signal; the terminal is restored on every way out.
public enum WorkstationLoop {
    /// Runs until the workstation quits or `stop` says so (by default: a
    /// termination signal arrived, `TerminalGuard`).
    public static func run(_ workstation: Workstation, on terminal: some TerminalBackend,
                           stop: () -> Bool = { TerminalGuard.shouldStop }) {
        defer {
            workstation.showProgress = nil
            terminal.close()
        }
        workstation.showProgress = { [unowned workstation] in terminal.present(workstation.render()) }
        workstation.resize(to: terminal.size)
        terminal.present(workstation.render())
        while !stop() {
            guard let key = terminal.readKey() else { continue }
            if key == .resize {
                terminal.invalidate()
                workstation.resize(to: terminal.size)
            } else if !workstation.handle(key) {
                return
            }
            terminal.present(workstation.render())
        }
    }
}
