/// The interactive loop: draw, read a key, update, draw again, until quit or a
/// termination signal; the terminal is restored on every way out.
public enum WorkstationLoop {
    public static func run(_ workstation: Workstation, on terminal: CursesTerminal) {
        defer { terminal.close() }
        workstation.resize(to: terminal.size)
        terminal.present(workstation.render())
        while !TerminalGuard.shouldStop {
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
