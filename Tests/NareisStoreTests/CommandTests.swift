import Foundation
import NareisCasework
import NareisCore
@testable import NareisStore
import Testing

/// The store commands as a user runs them: the real binary, its output and exit status.
@Suite struct CommandTests {
    @Test func importThenExportThroughTheCommandsRoundTrips() throws {
        let dir = TemporaryDirectory()
        let db = dir.file("cases.sqlite")
        let cases = [sampleCase(id: "NR-2024-0001", submitted: "2024-10-01"), sampleCase(id: "x2", counsellor: nil)]
        let array = JSONWriter.string(.array(cases.map(CaseFileWriter.json))) + "\n"
        let imported = try runNareis(["import", "--db", db, "-"], stdin: Data(array.utf8))
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "NR-2024-0001\nx2\n")
        let exported = try runNareis(["export", "--db", db])
        #expect(exported.stdout == array)
        let one = try runNareis(["export", "--db", db, "--case", "x2"])
        #expect(one.stdout == CaseFileWriter.text(cases[1]) + "\n")
        let missing = try runNareis(["export", "--db", db, "--case", "nope"])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("no case \"nope\""))
        let emptied = dir.file("emptied.sqlite")
        #expect(try runNareis(["import", "--db", emptied, "-"], stdin: Data("[]".utf8)).status == 0)
        #expect(try runNareis(["export", "--db", emptied]).stdout == "[]\n")
    }

    /// A wrong path (a typo in a cron job's --db) is refused, naming the path and where
    /// it came from, and nothing is made there: never "nothing due" from an empty store.
    @Test func commandsThatOnlyReadNeverCreateAStore() throws {
        let dir = TemporaryDirectory()
        let typo = dir.file("typo/cases.sqlite")
        for command in [["deadlines"], ["tasks"], ["export"], ["summary", "--case", "NR-1"], ["check"], ["duplicates"]] {
            let result = try runNareis(command + ["--db", typo])
            #expect(result.status == 66, "\(command)")
            #expect(result.stdout.isEmpty, "\(command)")
            #expect(result.stderr.contains("no nareis store at \(typo) (the path from --db)"), "\(command): \(result.stderr)")
        }
        let fromEnvironment = try runNareis(["deadlines"], environment: ["NAREIS_DB": typo])
        #expect(fromEnvironment.status == 66)
        #expect(fromEnvironment.stderr.contains("(the path from NAREIS_DB)"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("typo")), "not even the directory")
        // The commands that make stores still do.
        #expect(try runNareis(["demo", "--db", typo, "--cases", "3"]).status == 0)
        #expect(try runNareis(["deadlines", "--db", typo]).status == 0)
    }

    /// A file of several import chunks (read while the store writes) comes back byte
    /// for byte; a case refused in its last chunk refuses the whole file, naming it.
    @Test func aLargeArrayImportsWholeOrNotAtAll() throws {
        let dir = TemporaryDirectory()
        let source = dir.file("source.sqlite")
        #expect(try runNareis(["demo", "--db", source, "--cases", "4500", "--seed", "5"]).status == 0)
        let exported = try runNareis(["export", "--db", source])
        let file = dir.file("all.json")
        try Data(exported.stdout.utf8).write(to: URL(fileURLWithPath: file))

        let copy = dir.file("copy.sqlite")
        let imported = try runNareis(["import", "--db", copy, file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.split(separator: "\n").count == 4500)
        #expect(try runNareis(["export", "--db", copy]).stdout == exported.stdout, "import(export(x)) == x")

        let broken = dir.file("broken.json")
        let lastBirthDate = try #require(exported.stdout.range(of: "\"birthDate\": \"", options: .backwards))
        var text = exported.stdout
        text.replaceSubrange(lastBirthDate.upperBound..<text.index(lastBirthDate.upperBound, offsetBy: 4), with: "19x9")
        try Data(text.utf8).write(to: URL(fileURLWithPath: broken))
        let empty = dir.file("empty.sqlite")
        let refused = try runNareis(["import", "--db", empty, broken])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("refused, nothing stored:\n[4499].members["), "\(refused.stderr.prefix(300))")
        #expect(try openStore(empty).count() == 0)
    }

    @Test func aBadFileLeavesTheStoreUntouched() throws {
        let dir = TemporaryDirectory()
        let db = dir.file("cases.sqlite")
        #expect(try runNareis(["import", "--db", db, "-"], stdin: Data(CaseFileWriter.text(sampleCase(id: "first")).utf8)).status == 0)
        let before = contents(db)
        let good = CaseFileWriter.text(sampleCase())
        var bad = sampleCase()
        bad.members[0].id = "m2"
        let badMembers = JSONWriter.string(.array([CaseFileWriter.json(sampleCase()), CaseFileWriter.json(bad)]))
        let duplicate = JSONWriter.string(.array([CaseFileWriter.json(sampleCase()), CaseFileWriter.json(sampleCase(id: "first"))]))
        let attempts: [(String, String)] = [
            ("[" + good + ", {\"format\": \"nareis-case/1\"}]", "[1].sponsor"),
            (good.replacingOccurrences(of: "\"1992\"", with: "\"1992-13\""), "members[0].birthDate"),
            (badMembers, "[1].members[1].id"),
            (duplicate, "[1].id: \"first\" is already in the store"),
            ("{ not json", "input"),
            ("", "input"),
        ]
        for (text, expected) in attempts {
            let result = try runNareis(["import", "--db", db, "-"], stdin: Data(text.utf8))
            #expect(result.status == 65, "\(expected)")
            #expect(result.stderr.contains(expected), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let store = try openStore(db)
        #expect(try store.count() == 1)
        _ = before
    }

    /// A store last written before rules that are now in force (TWO-STATUS, 12 June
    /// 2026): the first command to open it computes its cases again, says so on
    /// standard error, and prints what the rules in force give.
    @Test func aStoreWrittenUnderOlderRulesIsComputedAgainByTheFirstCommand() throws {
        let dir = TemporaryDirectory()
        let db = dir.file("cases.sqlite")
        try openStore(db, today: "2026-06-01").importCases([sampleCase(id: "a", submitted: "2026-05-01"),
                                                            sampleCase(id: "b", permit: "2026-05-20")])
        let first = try runNareis(["deadlines", "--db", db, "--within", "3650", "--as-of", "2026-06-01"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("rules in force since 2026-"), "\(first.stderr)")
        #expect(first.stderr.contains("computing the deadlines of 2 case(s) again"))
        let second = try runNareis(["deadlines", "--db", db, "--within", "3650", "--as-of", "2026-06-01"])
        #expect(second.stderr.isEmpty && second.stdout == first.stdout, "once only")
        let store = try openStore(db)
        #expect(try store.auditTrail().filter { $0.action == "rederive" }.map(\.count) == [2])
    }

    @Test func deadlinesPrintsATableOrJSONFromTheStoredDeadlines() throws {
        let dir = TemporaryDirectory()
        let db = dir.file("cases.sqlite")
        // Written today, so that the binary (with the real rules and clock) finds
        // nothing to compute again; the rows are the test rules' (due days do not
        // depend on the day of writing).
        let store = try openStore(db, today: LocalClock.day(of: Date()).iso)
        try store.importCases([sampleCase(id: "late", permit: "2024-09-01"), sampleCase(id: "soon", submitted: "2024-04-25")])
        let table = try runNareis(["deadlines", "--db", db, "--as-of", "2025-01-10"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout == """
            CASE  MEMBER  DEADLINE          DUE         DAYS LEFT
            late  m1      application-term  2024-12-01  -40
            late  m2      application-term  2024-12-01  -40
            soon  m1      decision          2025-01-20  10
            soon  m2      decision          2025-01-20  10

            """)
        let json = try runNareis(["deadlines", "--db", db, "--as-of", "2025-01-10", "--within", "5", "--json"])
        let parsed = try JSONValue.parse(Data(json.stdout.utf8))
        guard case .array(let items) = parsed else { Issue.record("not an array"); return }
        #expect(items.count == 2)
        #expect(items[0]["caseId"] == .string("late"))
        #expect(items[0]["deadline"] == .string("application-term"))
        #expect(items[0]["daysLeft"] == .number(-40))
        #expect(items[0]["state"] == .string("overdue"))
        let none = try runNareis(["deadlines", "--db", db, "--as-of", "2024-01-01", "--within", "0"])
        #expect(none.stdout.hasPrefix("No open or overdue deadlines"))
        #expect(try runNareis(["deadlines", "--db", db, "--within", "-3"]).status != 0)
        #expect(try runNareis(["deadlines", "--db", db, "--as-of", "2025-02-30"]).status == 65)
    }

    @Test func theStoreIsFoundThroughNAREIS_DBAndXDG() throws {
        let dir = TemporaryDirectory()
        let env = try runNareis(["demo", "--cases", "3"], environment: ["NAREIS_DB": dir.file("env.sqlite")])
        #expect(env.status == 0, "\(env.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.file("env.sqlite")))
        let xdg = try runNareis(["demo", "--cases", "2"], environment: ["XDG_DATA_HOME": dir.file("data")])
        #expect(xdg.status == 0)
        #expect(mode(dir.file("data/nareis")) == 0o700)
        #expect(mode(dir.file("data/nareis/cases.sqlite")) == 0o600)
    }

    @Test func aForeignFileIsRefusedByEveryCommand() throws {
        let dir = TemporaryDirectory()
        let foreign = dir.file("photo.jpg")
        let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        #expect(FileManager.default.createFile(atPath: foreign, contents: bytes))
        for arguments in [["deadlines"], ["export"], ["check"], ["demo", "--cases", "1"], ["erase", "--case", "x"]] {
            let result = try runNareis(arguments + ["--db", foreign])
            #expect(result.status == 74, "\(arguments)")
            #expect(result.stderr.contains("is not a nareis store"), "\(arguments)")
        }
        #expect(contents(foreign) == bytes)
    }

    @Test func checkBackupRestoreAndEraseWorkFromTheCommandLine() throws {
        let dir = TemporaryDirectory()
        let db = dir.file("cases.sqlite")
        #expect(try runNareis(["demo", "--db", db, "--cases", "20", "--as-of", "2025-06-01"]).status == 0)
        let check = try runNareis(["check", "--db", db, "--lang", "en"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("sound (20 cases"))
        #expect(try runNareis(["backup", "--db", db, dir.file("b.sqlite")]).status == 0)
        #expect(mode(dir.file("b.sqlite")) == 0o600)
        let erase = try runNareis(["erase", "--db", db, "--case", "NR-2026-00003"])
        #expect(erase.status == 0 || erase.stderr.contains("no case"))
        let ids = try runNareis(["export", "--db", db])
        let restore = try runNareis(["restore", "--db", db, dir.file("b.sqlite")])
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(restore.stdout.contains("(20 cases)"))
        _ = ids
        let junk = dir.file("junk")
        #expect(FileManager.default.createFile(atPath: junk, contents: Data("x".utf8)))
        let refused = try runNareis(["restore", "--db", db, junk])
        #expect(refused.status == 74)
        #expect(try runNareis(["erase", "--db", db, "--case", "no-such-case"]).status == 65)
    }
}
