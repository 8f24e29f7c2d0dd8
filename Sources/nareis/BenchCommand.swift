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

        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let arguments = [executable, "workstation", "--db", path, "--as-of", day.iso, "--exit-after-first-frame"]
        var starts: [FirstFrameProcess.Timing] = []
        for _ in 0..<max(1, self.starts) {
            do {
                starts.append(try FirstFrameProcess.time(executable, arguments))
            } catch {
                printError(error.description)
                throw ExitStatus.storeProblem
            }
        }
        let toFrame = starts.map(\.toFrame), toEnd = starts.map(\.toEnd)
        let childPeak = WorkstationBenchmark.peakMemoryMiB(children: true)

        let result = try WorkstationBenchmark.session(casework: opened, theme: Theme.builtIn, asOf: day)
        let keys = result.keystrokes
        func ms(_ value: Double) -> String { String(format: "%.2f ms", value) }
        print("store:                    \(path) (\(cases) cases)")
        print("first frame, process:     median \(ms(WorkstationBenchmark.percentile(toFrame, 0.5))), max \(ms(toFrame.max() ?? 0)) over \(toFrame.count) starts (to its end: median \(ms(WorkstationBenchmark.percentile(toEnd, 0.5))))")
        print("first frame, in process:  \(ms(result.firstFrameInProcess))")
        print("keystrokes (\(keys.count)):         p50 \(ms(WorkstationBenchmark.percentile(keys, 0.5))), p99 \(ms(WorkstationBenchmark.percentile(keys, 0.99))), max \(ms(keys.max() ?? 0))")
        print("one-row move, written:    case list \(result.caseRowMoveBytes) bytes, deadlines \(result.deadlineRowMoveBytes) bytes")
        let slowest = zip(WorkstationBenchmark.script, keys).enumerated().sorted { $0.element.1 > $1.element.1 }.prefix(5)
        print("slowest keys:             " + slowest.map { "#\($0.offset) \($0.element.0.name) \(ms($0.element.1))" }.joined(separator: ", "))
        print("peak memory:              session \(String(format: "%.1f", WorkstationBenchmark.peakMemoryMiB())) MiB, first-frame process \(String(format: "%.1f", childPeak)) MiB")
    }
}
