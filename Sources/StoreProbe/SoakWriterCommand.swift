import ArgumentParser
import Foundation
import NareisCasework
import NareisCore
import NareisStore

/// The soak's victim: imports batches of cases, records procedure events on them and
/// erases some, printing a line after each commit returns ("imported ID…", "event ID
/// DAY", "erased ID"), and one before each event or erasure ("intend …"): a write may
/// commit and the kill come before its acknowledgement, so the store may hold it or not. `soak` kills it at random moments and checks every line it
/// printed against the store. Only its own cases (IDs with `--prefix`) are touched.
struct SoakWriterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soak-writer",
        abstract: "Import, record events and erase at random, acknowledging each commit (soak only)."
    )

    @OptionGroup var store: ProbeStore

    @Option(help: "Prefix of the case IDs written.")
    var prefix: String

    @Option(help: "The seed of the random choices.")
    var seed: UInt64 = 1

    func run() throws {
        let casework = Casework(storage: try store.open())
        var random = SplitMix64(seed: seed)
        var live: [String] = []
        var next = 0
        let out = FileHandle.standardOutput
        while true {
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<2:
                let batch = (0..<Int.random(in: 1...8, using: &random)).map { _ in
                    next += 1
                    return ProbeCase.make(id: "\(prefix)-\(next)")
                }
                let ids = try casework.importCases(batch)
                live += ids
                out.write(Data(("imported " + ids.joined(separator: " ") + "\n").utf8))
            case 2..<7 where !live.isEmpty:
                let id = live[Int.random(in: 0..<live.count, using: &random)]
                let day = Day(year: 2030, month: 1, day: 1)!.adding(days: Int.random(in: 0..<3000, using: &random))
                out.write(Data("intend event \(id) \(day.iso)\n".utf8))
                try casework.recordEvent(.passportValidUntil, text: day.iso, caseId: id, memberId: "m1")
                out.write(Data("event \(id) \(day.iso)\n".utf8))
            case 7..<10 where !live.isEmpty:
                let id = live.remove(at: Int.random(in: 0..<live.count, using: &random))
                out.write(Data("intend erase \(id)\n".utf8))
                try casework.erase(caseId: id)
                out.write(Data("erased \(id)\n".utf8))
            default:
                continue
            }
        }
    }
}
