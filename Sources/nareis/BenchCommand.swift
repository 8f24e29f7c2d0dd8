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
        let opened = try store.open()
        let cases = try storeCall { try opened.caseTotal() }

        // First frame, whole process: start `nareis workstation --exit-after-first-frame` and wait for it.
        // Spawned and reaped directly: Foundation's Process polls for the exit and
        // would add tens of milliseconds to what is measured.
        var starts: [Double] = []
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let arguments = [executable, "workstation", "--db", path, "--as-of", day.iso, "--exit-after-first-frame"]
        for _ in 0..<max(1, self.starts) {
            var cArguments = arguments.map { strdup($0) } + [nil]
            defer { cArguments.forEach { free($0) } }
            var pid: pid_t = 0
            let begin = DispatchTime.now().uptimeNanoseconds
            guard posix_spawn(&pid, executable, nil, nil, &cArguments, environ) == 0 else {
                printError("cannot start \(executable)")
                throw ExitStatus.storeProblem
            }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            starts.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
            guard status == 0 else {
                printError("the first-frame run ended with status \(status)")
                throw ExitStatus.storeProblem
            }
        }
        let childPeak = WorkstationBenchmark.peakMemoryMiB(children: true)

        let result = try WorkstationBenchmark.session(casework: opened, theme: Theme.builtIn, asOf: day)
        let keys = result.keystrokes
        func ms(_ value: Double) -> String { String(format: "%.2f ms", value) }
        print("store:                    \(path) (\(cases) cases)")
        print("first frame, process:     median \(ms(WorkstationBenchmark.percentile(starts, 0.5))), max \(ms(starts.max() ?? 0)) over \(starts.count) starts")
        print("first frame, in process:  \(ms(result.firstFrameInProcess))")
        print("keystrokes (\(keys.count)):         p50 \(ms(WorkstationBenchmark.percentile(keys, 0.5))), p99 \(ms(WorkstationBenchmark.percentile(keys, 0.99))), max \(ms(keys.max() ?? 0))")
        print("one-row move, written:    case list \(result.caseRowMoveBytes) bytes, deadlines \(result.deadlineRowMoveBytes) bytes")
        let slowest = zip(WorkstationBenchmark.script, keys).enumerated().sorted { $0.element.1 > $1.element.1 }.prefix(5)
        print("slowest keys:             " + slowest.map { "#\($0.offset) \($0.element.0.name) \(ms($0.element.1))" }.joined(separator: ", "))
        print("peak memory:              session \(String(format: "%.1f", WorkstationBenchmark.peakMemoryMiB())) MiB, first-frame process \(String(format: "%.1f", childPeak)) MiB")
    }
}
