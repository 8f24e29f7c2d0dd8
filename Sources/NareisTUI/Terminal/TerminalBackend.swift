/// What the loop needs of a terminal: its size, a frame to show, the next key.
/// `CursesTerminal` is the real one; the tests drive the loop over a recording
/// terminal that feeds scripted keys and keeps every frame.
public protocol TerminalBackend: AnyObject {
    /// The size to draw for, in cells.
    var size: Size { get }
    /// Shows `screen`, sending only the cells that changed since the last frame.
    func present(_ screen: Screen)
    /// The next key, or nil when none came within the poll interval (so the loop
    /// can check for a termination signal).
    func readKey() -> Key?
    /// Forgets the last frame, so the next `present` writes every cell (after a resize).
    func invalidate()
    /// Gives the terminal back as it was. Safe to call more than once.
    func close()
}

extension CursesTerminal: TerminalBackend {}
