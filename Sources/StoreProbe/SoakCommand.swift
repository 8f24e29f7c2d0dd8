import ArgumentParser
import Foundation
import NareisCasework
import NareisCore
import NareisStore
#if canImport(Glibc)
import Glibc
#endif

/// Kills `soak-writer` with SIGKILL at random moments, many times over, and after each
/// kill checks the store: sound (integrity, foreign keys, search index, audit chain) and
/// holding every write the writer acknowledged: each imported case not erased since is
/// there with the last event recorded on it, each erased case is gone. For
/// `scripts/soak`; not part of the tests (a thousand kills take minutes).
struct SoakCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soak",
        abstract: "SIGKILL a writer at random moments, checking every acknowledged write after each kill."
    )

    @OptionGroup var store: ProbeStore

    @Option(help: "How many kills.")
    var kills: Int = 1000

    @Option(help: "The seed of the random moments and operations.")
    var seed: UInt64 = 1

    @Option(help: "The longest time a writer runs before it is killed, in milliseconds.")
    var longest: Int = 300

    /// What the store must hold after the acknowledged lines, and what it may hold
    /// besides: writes begun ("intend …") whose acknowledgement the kill cut off.
    struct Expected {
        var present: Set<String> = []
        var erased: Set<String> = []
        var lastEvent: [String: String] = [:]
        var eventsBegun: [String: Set<String>] = [:]
        var erasesBegun: Set<String> = []
    }

    func run() throws {
        var random = SplitMix64(seed: seed)
        var expected = Expected()
        var (acknowledged, unsound, lost) = (0, 0, 0)
        var checkTimes: [Double] = []
        let started = Date()
        for round in 1...kills {
            let output = try runAndKill(round: round, after: Int.random(in: 1...longest, using: &random), random: &random)
            for line in output.split(separator: "\n") { acknowledged += Self.apply(line, to: &expected) }
            let checkStart = Date()
            let store = try self.store.open()
            let report = try store.check()
            checkTimes.append(Date().timeIntervalSince(checkStart))
            if !report.isSound {
                unsound += 1
                print("kill \(round): store not sound: \(report.integrity.prefix(2)) \(report.foreignKeys.prefix(2)) "
                    + "\(report.searchIndex.prefix(2)) audit break \(report.auditChain.firstBreak.map { "\($0)" } ?? "none")")
            }
            let missing = try Self.missing(expected, in: Casework(storage: store))
            lost += missing.count
            for problem in missing.prefix(3) { print("kill \(round): \(problem)") }
            if round % 100 == 0 {
                print("\(round) kills, \(acknowledged) writes acknowledged, \(expected.present.count) cases live, "
                    + "\(unsound) unsound, \(lost) lost, \(Int(Date().timeIntervalSince(started))) s")
            }
        }
        checkTimes.sort()
        print(String(format: "soak: %d kills, %d acknowledged writes, %d cases at the end; store unsound after %d kills, "
            + "acknowledged writes missing: %d; check after a kill p50 %.0f ms, max %.0f ms; %.0f s in all",
            kills, acknowledged, expected.present.count, unsound, lost,
            checkTimes[checkTimes.count / 2] * 1000, (checkTimes.last ?? 0) * 1000, Date().timeIntervalSince(started)))
        if unsound > 0 || lost > 0 { throw ExitCode.failure }
    }

    /// Starts a writer, waits for its first commit (a loaded machine starts processes
    /// slowly), lets it run `milliseconds` more and kills it; returns what it printed.
    func runAndKill(round: Int, after milliseconds: Int, random: inout SplitMix64) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["soak-writer", "--db", store.db, "--prefix", "S\(round)",
                             "--seed", String(UInt64.random(in: 1...UInt64.max, using: &random))]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        var output = Data()
        let reader = pipe.fileHandleForReading
        while !output.contains(UInt8(ascii: "\n")) {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            output += chunk
        }
        usleep(UInt32(milliseconds) * 1000)
        kill(process.processIdentifier, SIGKILL)
        output += reader.readDataToEndOfFile()
        process.waitUntilExit()
        // A line cut by the kill was never acknowledged whole: drop it.
        if let last = output.lastIndex(of: UInt8(ascii: "\n")) { output = output.prefix(through: last) } else { output = Data() }
        return String(decoding: output, as: UTF8.self)
    }

    /// Adds one acknowledged line to what the store must hold; returns the writes it acknowledged.
    static func apply(_ line: Substring, to expected: inout Expected) -> Int {
        let words = line.split(separator: " ").map(String.init)
        switch words.first {
        case "imported":
            expected.present.formUnion(words.dropFirst())
            return words.count - 1
        case "intend" where words.count == 4 && words[1] == "event":
            expected.eventsBegun[words[2], default: []].insert(words[3])
            return 0
        case "intend" where words.count == 3 && words[1] == "erase":
            expected.erasesBegun.insert(words[2])
            return 0
        case "event" where words.count == 3:
            expected.lastEvent[words[1]] = words[2]
            expected.eventsBegun[words[1]] = nil
            return 1
        case "erased" where words.count == 2:
            expected.present.remove(words[1])
            expected.erased.insert(words[1])
            expected.lastEvent[words[1]] = nil
            expected.eventsBegun[words[1]] = nil
            expected.erasesBegun.remove(words[1])
            return 1
        default:
            return 0
        }
    }

    /// What the store lacks of the acknowledged writes, or holds that was erased.
    static func missing(_ expected: Expected, in casework: Casework) throws -> [String] {
        var problems: [String] = []
        for id in expected.present {
            guard let file = try casework.caseFile(id: id) else {
                if !expected.erasesBegun.contains(id) { problems.append("\(id): imported, not there") }
                continue
            }
            let stored = file.members.first?.procedure.passportValidUntil?.iso
            let allowed = expected.eventsBegun[id, default: []]
            if let day = expected.lastEvent[id], stored != day, !allowed.contains(stored ?? "") {
                problems.append("\(id): event \(day) acknowledged, \(stored ?? "none") there")
            }
        }
        for id in expected.erased where try casework.caseFile(id: id) != nil {
            problems.append("\(id): erased, still there")
        }
        return problems
    }
}
