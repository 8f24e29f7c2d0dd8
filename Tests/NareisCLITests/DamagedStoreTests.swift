import Foundation
import NareisTestSupport
import Testing

/// A store with a damaged page: every command that reads either prints exactly what it
/// prints on the sound store, or stops with the damaged-store message, a non-zero status
/// and nothing on standard output. Never a shorter list that looks whole.
@Suite("Damaged store", .serialized)
struct DamagedStoreTests {
    static let damaged: Int32 = 74
    static let asOf = "2026-06-01"

    /// Tables and indexes of the store, each with the commands that read the damaged page
    /// (and so must stop); the others must print exactly what they print on the sound store.
    static let targets: [(name: String, noticedBy: [String])] = [
        ("cases", ["tasks", "export", "export --format csv", "export --format ics"]),
        ("members", []),
        ("pending_deadlines_by_due", ["deadlines"]),
        ("follow_ups", ["export --format ics"]),
        ("open_follow_ups_by_due_day", []),
        ("deadlines", []),
    ]

    @Test func everyReadStopsOnADamagedPageOrPrintsTheWholeTruth() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nareis-damaged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let sound = directory.appendingPathComponent("sound.sqlite").path
        let made = try NareisBinary.run(["demo", "--db", sound, "--cases", "400", "--as-of", Self.asOf])
        try #require(made.status == 0, "\(made.stderr)")

        let export = try NareisBinary.run(["export", "--db", sound])
        let cases = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        let middleCase = try #require(cases[cases.count / 2]["id"] as? String)
        let commands = [
            "deadlines", "tasks", "export", "export --format csv", "export --format ics", "summary --case \(middleCase)",
        ]
        func run(_ command: String, on store: String) throws -> NareisBinary.Result {
            var arguments = command.split(separator: " ").map(String.init) + ["--db", store]
            if command != "export" { arguments += ["--as-of", Self.asOf] }
            if command == "deadlines" || command == "tasks" { arguments += ["--within", "3650"] }
            return try NareisBinary.run(arguments)
        }
        var truth: [String: String] = [:]
        for command in commands {
            let result = try run(command, on: sound)
            try #require(result.status == 0, "\(command) on the sound store: \(result.stderr)")
            truth[command] = Self.withoutTimestamps(result.stdout)
        }

        for target in Self.targets {
            let copy = directory.appendingPathComponent("\(target.name).sqlite").path
            try FileManager.default.copyItem(atPath: sound, toPath: copy)
            try Self.damageMiddleLeafPage(of: target.name, in: copy)
            for command in commands {
                let result = try run(command, on: copy)
                #expect(result.exitedNormally, "\(command) crashed on damaged \(target.name)")
                if result.status == 0 {
                    #expect(!target.noticedBy.contains(command), "\(command) did not notice damaged \(target.name)")
                    #expect(Self.withoutTimestamps(result.stdout) == truth[command],
                            "\(command) printed something else than the truth on damaged \(target.name), exit 0")
                } else {
                    #expect(result.status == Self.damaged, "\(command) on damaged \(target.name): \(result.stderr)")
                    #expect(result.stderr.contains("is damaged") && result.stderr.contains("nareis check"))
                    #expect(result.stdout.isEmpty, "\(command) printed part of its output before stopping")
                }
            }
        }
    }

    /// Overwrites the cell pointers of the middle leaf page of `name`: damage SQLite can
    /// see (a damaged name inside a row is beyond any reader: no page has a checksum).
    static func damageMiddleLeafPage(of name: String, in path: String) throws {
        let probe = NareisBinary.url!.deletingLastPathComponent().appendingPathComponent("nareis-store-probe")
        let numbers = try ChildProcess.run(probe.path, ["pages", "--db", path, "--of", name]).stdout
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        try #require(numbers.count >= 4, "\(name) should span several leaf pages: \(numbers)")
        let (pageSize, leaves) = (numbers[0], Array(numbers.dropFirst()))
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64((leaves[leaves.count / 2] - 1) * pageSize + 8))
        try handle.write(contentsOf: Data(repeating: 0xFF, count: 64))
    }

    /// The calendar's DTSTAMP is the moment of export. (Its lines end in CRLF, which Swift
    /// counts as one character: split on any line break.)
    static func withoutTimestamps(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .filter { !$0.hasPrefix("DTSTAMP") }.joined(separator: "\n")
    }
}
