import ArgumentParser
import Foundation
import NareisCore
import NareisCasework
import NareisTUI

/// `nareis bench --db PATH`: the workstation's speed on a store (docs/workstation.md).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the workstation on a store: first frame, keystrokes (p50/p99), bytes per row move, memory."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("How many times to start a process for the first-frame time.", valueName: "n"))
    var starts: Int = 7

    @Option(help: ArgumentHelp("Show deadlines as on this day (YYYY-MM-DD) instead of today.", valueName: "day"))
    var asOf: String?

    func run() throws {
        let day = try parseDay(asOf, option: "--as-of") ?? today()
        let path = store.path
        guard FileManager.default.fileExists(atPath: path) else {
            printError("\(path): no store there (make one with nareis demo --cases N --db \(path))")
            throw ExitStatus.noInput
        }
        let opened = try store.open(oneConnection: true)   // as the workstation opens it
        let cases = try storeCall { try opened.caseTotal() }

        // First frame, whole process: start `nareis workstation --exit-after-first-frame`,
        // which prints when its frame was written, and wait for it to end.
        var toFrame: [Double] = []
        var toExit: [Double] = []
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let arguments = [executable, "workstation", "--db", path, "--as-of", day.iso, "--exit-after-first-frame"]
        for _ in 0..<max(1, self.starts) {
            let start = try Self.startToFirstFrame(executable, arguments)
            toFrame.append(start.frame)
            toExit.append(start.exit)
        }
        let childPeak = WorkstationBenchmark.peakMemoryMiB(children: true)

        let result = try WorkstationBenchmark.session(casework: opened, theme: Theme.builtIn, asOf: day)
        let keys = result.keystrokes
        func ms(_ value: Double) -> String { String(format: "%.2f ms", value) }
        print("store:                    \(path) (\(cases) cases)")
        print("first frame, process:     median \(ms(WorkstationBenchmark.percentile(toFrame, 0.5))), max \(ms(toFrame.max() ?? 0)) over \(toFrame.count) starts (to its end: median \(ms(WorkstationBenchmark.percentile(toExit, 0.5))))")
        print("first frame, in process:  \(ms(result.firstFrameInProcess))")
        print("keystrokes (\(keys.count)):         p50 \(ms(WorkstationBenchmark.percentile(keys, 0.5))), p99 \(ms(WorkstationBenchmark.percentile(keys, 0.99))), max \(ms(keys.max() ?? 0))")
        print("one-row move, written:    case list \(result.caseRowMoveBytes) bytes, deadlines \(result.deadlineRowMoveBytes) bytes")
        let slowest = zip(WorkstationBenchmark.script, keys).enumerated().sorted { $0.element.1 > $1.element.1 }.prefix(5)
        print("slowest keys:             " + slowest.map { "#\($0.offset) \($0.element.0.name) \(ms($0.element.1))" }.joined(separator: ", "))
        print("peak memory:              session \(String(format: "%.1f", WorkstationBenchmark.peakMemoryMiB())) MiB, first-frame process \(String(format: "%.1f", childPeak)) MiB")
    }

    /// Milliseconds from spawning `arguments` to the frame it reports on standard
    /// output, and to its end. Spawned and reaped directly: Foundation's Process polls
    /// for the exit and would add tens of milliseconds to what is measured.
    static func startToFirstFrame(_ executable: String, _ arguments: [String]) throws -> (frame: Double, exit: Double) {
        var channel: [Int32] = [0, 0]
        guard pipe(&channel) == 0 else { throw ExitStatus.storeProblem }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, channel[1], STDOUT_FILENO)
        posix_spawn_file_actions_addclose(&actions, channel[0])
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let begin = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, &cArguments, environ)
        close(channel[1])
        defer { close(channel[0]) }
        guard spawned == 0 else {
            printError("cannot start \(executable)")
            throw ExitStatus.storeProblem
        }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(channel[0], &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let end = DispatchTime.now().uptimeNanoseconds
        guard status == 0,
              let frame = UInt64(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
              frame >= begin else {
            printError("the first-frame run ended with status \(status)")
            throw ExitStatus.storeProblem
        }
        return (Double(frame - begin) / 1e6, Double(end - begin) / 1e6)
    }
}
