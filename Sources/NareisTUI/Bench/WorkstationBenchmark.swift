import Foundation
import NareisCasework
import NareisCore

/// A scripted session through the real render path (views, the cell diff and
/// curses, writing to a file instead of a terminal), timed per keystroke, with
/// the bytes curses writes for a one-row move.
public enum WorkstationBenchmark {
    public struct SessionResult: Sendable {
        /// Milliseconds per keystroke: update, store reads, render and curses output.
        public var keystrokes: [Double]
        /// Bytes written to the terminal for one row down in the case list.
        public var caseRowMoveBytes: Int
        /// Bytes written for one row down in the deadlines list.
        public var deadlineRowMoveBytes: Int
        /// Milliseconds from opening the data to the first frame written, in-process.
        public var firstFrameInProcess: Double
    }

    /// The keys of the session: scroll, page, search as you type, switch panes,
    /// open a case and a member, the deadlines list and its window, sort and filter.
    public static let script: [Key] = {
        var keys: [Key] = Array(repeating: .down, count: 40) + Array(repeating: .pageDown, count: 5)
            + Array(repeating: .pageUp, count: 5)
        keys += [.character("/"), .character("m"), .character("o"), .character("h"), .backspace, .backspace, .backspace,
                 .character("a"), .character("l"), .character("i"), .enter, .down, .down, .escape]
        keys += [.tab, .tab, .tab, .tab]
        keys += [.enter, .down, .down, .enter] + Array(repeating: .character("j"), count: 5) + [.escape, .escape]
        keys += [.backTab] + Array(repeating: .down, count: 20) + [.character("w"), .down, .enter, .escape, .escape]
        keys += [.character("s"), .down, .character("s"), .down, .character("s"), .character("o"), .down, .character("o")]
        keys += [.end, .home]
        return keys
    }()

    public static func session(casework: Casework, theme: Theme, asOf: Day,
                               size: Size = Size(width: 120, height: 40)) throws -> SessionResult {
        guard let output = tmpfile(), let input = fopen("/dev/null", "r") else { throw TerminalError.notATerminal }
        defer {
            fclose(output)
            fclose(input)
        }
        let terminal = try CursesTerminal.capturing(output: output, input: input, size: size, theme: theme)
        defer { terminal.close() }
        return session(casework: casework, on: terminal, asOf: asOf) {
            fflush(output)
            var status = stat()
            fstat(fileno(output), &status)
            return Int(status.st_size)
        }
    }

    /// The session on any terminal; `written` tells how many bytes it has sent so far.
    public static func session(casework: Casework, on terminal: some TerminalBackend, asOf: Day,
                               written: () -> Int) -> SessionResult {
        let start = DispatchTime.now().uptimeNanoseconds
        let workstation = Workstation(casework: casework, size: terminal.size, language: .en, asOf: asOf)
        terminal.present(workstation.render())
        let firstFrame = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6

        func press(_ key: Key) -> Double {
            let before = DispatchTime.now().uptimeNanoseconds
            workstation.handle(key)
            terminal.present(workstation.render())
            return Double(DispatchTime.now().uptimeNanoseconds - before) / 1e6
        }

        // One row down in the case list, and in the deadlines list, once warm.
        _ = press(.down)
        var mark = written()
        _ = press(.down)
        let caseMove = written() - mark
        _ = press(.backTab)
        _ = press(.down)
        mark = written()
        _ = press(.down)
        let deadlineMove = written() - mark
        _ = press(.tab)
        _ = press(.home)

        let latencies = script.map(press)
        return SessionResult(keystrokes: latencies, caseRowMoveBytes: caseMove, deadlineRowMoveBytes: deadlineMove,
                             firstFrameInProcess: firstFrame)
    }

    /// The value below which `fraction` of `values` lie (nearest rank).
    public static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[max(0, min(sorted.count - 1, rank))]
    }

    /// Peak resident memory of this process, in MiB.
    public static func peakMemoryMiB(children: Bool = false) -> Double {
        var usage = rusage()
        getrusage(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
