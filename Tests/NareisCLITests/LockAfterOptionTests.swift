import Foundation
import Testing

/// `--lock-after` and `lock_after_minutes` refused with one line naming the option (or the
/// file and line) and what is expected; a refused option opens and makes nothing.
@Suite("The idle cover's setting")
struct LockAfterOptionTests {
    static func directory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nareis-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test(arguments: ["soon", "-5", "1441", "1e3", "0x10", "inf", "2.125", ".5", ""])
    func aWrongOptionIsRefusedBeforeAnythingIsOpened(value: String) throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("cases.sqlite").path
        let result = try NareisBinary.run(["--db", store, "--lock-after", value],
                                          environment: ["XDG_CONFIG_HOME": directory.path])
        #expect(result.exitedNormally && result.status == 65, "status \(result.status): \(result.stderr)")
        #expect(result.stderr == "nareis: --lock-after: \"\(value)\" is not a number of minutes (expected minutes from 0 to 1440, "
            + "at most two decimals (0.5 is half a minute); 0 switches the lock off)\n")
        #expect(!FileManager.default.fileExists(atPath: store), "no store made for a refused option")
    }

    @Test func theHelpNamesTheOption() throws {
        let result = try NareisBinary.run(["workstation", "--help"])
        #expect(result.stdout.contains("--lock-after <minutes>"))
    }

    /// A wrong setting is said (file, line, what is expected) and the default used; the
    /// workstation then goes on (here to its refusal of a standard input that is no terminal).
    @Test(arguments: ["-3", "\"soon\"", "ten", "10 minutes"])
    func aWrongSettingIsSaidWithItsLine(value: String) throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("nareis/config.toml")
        try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "language = \"en\"\nlock_after_minutes = \(value)\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try NareisBinary.run(["--db", directory.appendingPathComponent("cases.sqlite").path],
                                          environment: ["XDG_CONFIG_HOME": directory.path])
        #expect(result.stderr.contains("nareis: \(config.path) line 2: lock_after_minutes = \(value) is not a number of minutes "
            + "(expected minutes from 0 to 1440, at most two decimals (0.5 is half a minute); 0 switches the lock off); ignored\n"),
                "\(result.stderr)")
        #expect(result.stderr.contains("needs a terminal"))
        #expect(result.status == 65)
    }

    @Test func aGoodSettingIsNotComplainedAbout() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("nareis/config.toml")
        try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "lock_after_minutes = 0.5 # half a minute\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try NareisBinary.run(["--db", directory.appendingPathComponent("cases.sqlite").path, "--lang", "en"],
                                          environment: ["XDG_CONFIG_HOME": directory.path])
        #expect(!result.stderr.contains("lock_after_minutes"), "\(result.stderr)")
        #expect(result.stderr.contains("needs a terminal"))
    }
}
