import Foundation
import NareisCasework
import NareisCore

/// The start-up path without a keyboard: what the benchmark times from process
/// start. It does all the workstation does before the first key (open the data,
/// read the first pages, open the first case, draw through curses) with the
/// terminal's bytes going to /dev/null.
public enum FirstFrame {
    /// Returns when the frame was written (`DispatchTime`'s clock, in nanoseconds),
    /// before the terminal and the data are closed: the moment a counsellor would see it.
    @discardableResult
    public static func draw(casework: Casework, theme: Theme, language: Language, asOf: Day,
                            size: Size = Size(width: 120, height: 40)) throws -> UInt64 {
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
            throw TerminalError.notATerminal
        }
        defer {
            fclose(output)
            fclose(input)
        }
        let terminal = try CursesTerminal.capturing(output: output, input: input, size: size, theme: theme)
        return draw(casework: casework, on: terminal, language: language, asOf: asOf)
    }

    /// Opens the workstation on `terminal`, presents its first frame and closes the
    /// terminal; returns when the frame was presented.
    @discardableResult
    public static func draw(casework: Casework, on terminal: some TerminalBackend, language: Language, asOf: Day) -> UInt64 {
        defer { terminal.close() }
        let workstation = Workstation(casework: casework, size: terminal.size, language: language, asOf: asOf)
        terminal.present(workstation.render())
        return DispatchTime.now().uptimeNanoseconds
    }
}

extension CursesTerminal {
    /// Real curses drawing of `size` without a terminal: the bytes go to `output`
    /// (a file or /dev/null), keys come from `input`. The first frame and the
    /// benchmark both draw through it, so what they time is what a counsellor gets.
    static func capturing(output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>, size: Size,
                          theme: Theme) throws -> CursesTerminal {
        setenv("LINES", String(size.height), 1)
        setenv("COLUMNS", String(size.width), 1)
        return try CursesTerminal(theme: theme, noColor: false,
                                  device: .capture(output: output, input: input, type: "xterm-256color"))
    }
}
