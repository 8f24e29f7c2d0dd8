import CNcursesw
import Foundation

/// The only code that talks to ncurses. It copies a `Screen` to the terminal,
/// writing only the cells that changed since the last frame (ncurses then sends
/// only what changed on the glass), and reads keys.
public final class CursesTerminal {
    private let window: UnsafeMutablePointer<WINDOW>
    private let terminal: OpaquePointer?
    private var previous: Screen?
    private var attributes: [Role: (attr_t, Int16)] = [:]
    private var closed = false

    /// Where the terminal is: the process's own (stdin/stdout), or a file that
    /// receives the bytes (the benchmark counts them there).
    public enum Device {
        case standard
        case capture(output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>, type: String)
    }

    /// Starts curses. Throws when the terminal cannot be used (no TERM, no tty).
    public init(theme: Theme, noColor: Bool, device: Device = .standard) throws {
        setlocale(LC_ALL, "")
        DisplayWidth.prepareLocale()
        switch device {
        case .standard:
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
            guard let screen = newterm(nil, nareis_stdout(), nareis_stdin()) else { throw TerminalError.unknownTerminal }
            terminal = screen
        case .capture(let output, let input, let type):
            guard let screen = newterm(type, output, input) else { throw TerminalError.unknownTerminal }
            terminal = screen
        }
        set_term(terminal)
        guard let main = stdscr_pointer() else { throw TerminalError.unknownTerminal }
        window = main
        TerminalGuard.install()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(window, 200)
        setUpColours(theme: theme, noColor: noColor)
    }

    private func setUpColours(theme: Theme, noColor: Bool) {
        let colour = !noColor && has_colors()
        let effective = colour ? theme : theme.withoutColour
        if colour {
            start_color()
            use_default_colors()
        }
        let colours = colour ? Int(nareis_colors()) : 0
        let pairs = colour ? Int(nareis_color_pairs()) : 0
        for (index, role) in Role.allCases.enumerated() {
            let style = effective.style(role)
            var pair: Int16 = 0
            if colour, index + 1 < pairs {
                pair = Int16(index + 1)
                init_pair(pair, terminalColour(style.foreground, colours), terminalColour(style.background, colours))
            }
            attributes[role] = (cursesAttributes(style.attributes), pair)
        }
    }

    /// A theme colour as this terminal can show it: bright colours fall back to
    /// the basic eight, others beyond the palette to the terminal's default.
    private func terminalColour(_ colour: ThemeColor, _ available: Int) -> Int16 {
        switch colour {
        case .terminalDefault: return -1
        case .index(let index):
            if index < available { return Int16(index) }
            if index < 16, available >= 8 { return Int16(index - 8) }
            return -1
        }
    }

    private func cursesAttributes(_ attributes: ThemeAttributes) -> attr_t {
        var result = nareis_a_normal()
        if attributes.contains(.bold) { result |= nareis_a_bold() }
        if attributes.contains(.dim) { result |= nareis_a_dim() }
        if attributes.contains(.reverse) { result |= nareis_a_reverse() }
        if attributes.contains(.underline) { result |= nareis_a_underline() }
        if attributes.contains(.italic) { result |= nareis_a_italic() }
        return result
    }

    public var size: Size { Size(width: Int(nareis_cols(window)), height: Int(nareis_rows(window))) }

    /// Forgets the last frame so the next `present` writes every cell (after a resize).
    public func invalidate() {
        previous = nil
        werase(window)
    }

    /// Copies the cells that differ from the last frame, then refreshes.
    public func present(_ screen: Screen) {
        let old = previous?.size == screen.size ? previous : nil
        let width = screen.size.width
        var buffer = [wchar_t](repeating: 0, count: 6)
        // Neighbouring cells mostly share a role: its attributes are looked up again only
        // when it changes (a role hashes as its name, which cost more than the drawing).
        var role: Role?
        var (attrs, pair) = (nareis_a_normal(), Int16(0))
        for y in 0..<screen.size.height {
            for x in 0..<width {
                let cell = screen[x, y]
                if let old, old[x, y] == cell { continue }
                if cell.isContinuation { continue }
                if cell.role != role {
                    role = cell.role
                    (attrs, pair) = attributes[cell.role] ?? (nareis_a_normal(), 0)
                }
                // setcchar takes one spacing character and up to four combining ones.
                var count = 0
                for scalar in cell.text.unicodeScalars where count < 5 {
                    buffer[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                buffer[count] = 0
                if count == 0 {
                    buffer[0] = 0x20
                    buffer[1] = 0
                }
                if y == screen.size.height - 1 && x + Int(cell.width) >= width {
                    _ = nareis_ins_cell(window, Int32(y), Int32(x), buffer, attrs, pair)
                } else {
                    _ = nareis_put_cell(window, Int32(y), Int32(x), buffer, attrs, pair)
                }
            }
        }
        previous = screen
        wnoutrefresh(window)
        doupdate()
    }

    /// The next key, or nil when none came within the poll interval (200 ms).
    public func readKey() -> Key? {
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == KEY_CODE_YES { return Self.key(code: Int32(character)) }
        if result == OK { return Self.key(character: UInt32(character)) }
        return nil
    }

    static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize
        case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    static func key(character: UInt32) -> Key? {
        switch character {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return Unicode.Scalar(character + 0x60).map { .control(Character($0)) }
        default:
            guard character >= 0x20, let scalar = Unicode.Scalar(character) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        guard !closed else { return }
        closed = true
        endwin()
        if let terminal { delscreen(terminal) }
    }

    deinit { close() }
}

public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal

    public var description: String {
        switch self {
        case .notATerminal: return "the workstation needs a terminal (standard input and output are not one)"
        case .unknownTerminal: return "cannot use this terminal (check TERM)"
        }
    }
}
