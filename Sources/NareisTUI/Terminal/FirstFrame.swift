import Foundation
import NareisCore

/// The start-up path without a keyboard: what the benchmark times from process
/// start. It does all the workstation does before the first key (open the data,
/// read the first pages, open the first case, draw through curses) with the
/// terminal's bytes going to /dev/null.
public enum FirstFrame {
    public static func draw(data: WorkstationData, theme: Theme, language: Language, asOf: Day,
                            size: Size = Size(width: 120, height: 40)) throws {
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
            throw TerminalError.notATerminal
        }
        defer {
            fclose(output)
            fclose(input)
        }
        setenv("LINES", String(size.height), 1)
        setenv("COLUMNS", String(size.width), 1)
        let terminal = try CursesTerminal(theme: theme, noColor: false,
                                          device: .capture(output: output, input: input, type: "xterm-256color"))
        defer { terminal.close() }
        let workstation = Workstation(data: data, size: terminal.size, language: language, asOf: asOf)
        terminal.present(workstation.render())
    }
}
