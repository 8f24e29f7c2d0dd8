import Foundation
import NareisTestSupport
import Testing

/// `nareis check` through the real binary: a sound store reports its audit chain; a
/// trail changed by hand with sqlite3 (the triggers dropped first) is refused with
/// the first line that does not fit, by number, time and action only, in the
/// interface language, and exit status 74.
@Suite("Check command", .serialized)
struct CheckCommandTests {
    typealias Workspace = OutputCommandsTests.Workspace

    @Test func aSoundStoreReportsItsChainInEitherLanguage() throws {
        let space = try Workspace()
        defer { space.remove() }
        let english = try space.run(["check", "--lang", "en"])
        #expect(english.status == 0, "\(english.stderr)")
        let lines = english.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasSuffix(": sound (1 cases; integrity, foreign keys, search index, case documents and audit trail checked)") == true,
                "\(english.stdout)")
        #expect(lines.last?.range(of: #"^audit trail: 1 lines, chained without a break; last hash [0-9a-f]{16} "#,
                                  options: .regularExpression) != nil, "\(english.stdout)")

        let dutch = try space.run(["check", "--lang", "nl"])
        #expect(dutch.status == 0, "\(dutch.stderr)")
        #expect(dutch.stdout.contains(": in orde (1 dossiers; integriteit, verwijzingen, zoekindex, dossierdocumenten en auditlogboek gecontroleerd)"))
        #expect(dutch.stdout.contains("auditlogboek: 1 regels, ononderbroken aaneengeschakeld; laatste hash "))
        #expect(head(dutch.stdout) == head(english.stdout) && head(english.stdout) != nil, "the same last hash in both")
    }

    @Test func aLineChangedWithSqliteIsNamedAndRefused() throws {
        let space = try Workspace()
        defer { space.remove() }
        for _ in 1...3 {
            let shown = try space.run(["summary", "--case", "NR-2024-0042", "--as-of", "2025-04-20"])
            #expect(shown.status == 0, "\(shown.stderr)")
        }
        // Line 1 is the import, 2 to 4 the views: line 3 made into an export.
        try sqlite(space, "UPDATE audit SET action = 'export' WHERE id = 3")

        let dutch = try space.run(["check", "--lang", "nl"])
        #expect(dutch.status == 74)
        #expect(dutch.stdout.isEmpty)
        let refusal = dutch.stderr.split(separator: "\n").map(String.init)
        #expect(refusal.first?.hasSuffix(" heeft problemen; zet een reservekopie terug (nareis restore) of bewaar eerst een kopie voordat u iets wijzigt:") == true,
                "\(dutch.stderr)")
        #expect(refusal.count == 2)
        #expect(refusal.last?.range(of: #"^auditregel 3 \(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ, export\) past niet in de keten: "#,
                                    options: .regularExpression) != nil, "\(dutch.stderr)")
        #expect(!dutch.stderr.contains("audit line"), "no English on a Dutch screen")
        #expect(!dutch.stderr.contains("Tesfay"), "no personal data")

        try sqlite(space, "DELETE FROM audit WHERE id = 2")
        let english = try space.run(["check", "--lang", "en"])
        #expect(english.status == 74)
        #expect(english.stderr.contains("audit line 3 (") && english.stderr.contains(", export) does not follow line 1: the lines between were removed"), "\(english.stderr)")
        #expect(english.stderr.hasPrefix("nareis: "))
    }

    @Test func aLineAddedWithSqliteIsNamed() throws {
        let space = try Workspace()
        defer { space.remove() }
        try sqlite(space, "INSERT INTO audit (at, who, action, caseId, hash) VALUES ('2025-05-01T08:00:00Z', 'intruder', 'erase', 'NR-2024-0042', 'made up')")
        let english = try space.run(["check", "--lang", "en"])
        #expect(english.status == 74)
        #expect(english.stderr.contains("audit line 2 (2025-05-01T08:00:00Z, erase) has no hash of the chain: it was put there outside nareis"),
                "\(english.stderr)")
    }

    @Test func aCaseTotalThatNoLongerFitsIsNamed() throws {
        let space = try Workspace()
        defer { space.remove() }
        try sqlite(space, "UPDATE case_total SET cases = 5")
        let dutch = try space.run(["check", "--lang", "nl"])
        #expect(dutch.status == 74)
        #expect(dutch.stderr.contains("het aantal dossiers dat voor de dossierlijst is bijgehouden (5) is niet het aantal opgeslagen dossiers (1)"),
                "\(dutch.stderr)")
        #expect(!dutch.stderr.contains("number of cases"), "no English on a Dutch screen")
    }

    @Test func deadlineCountsThatNoLongerFitAreNamed() throws {
        let space = try Workspace()
        defer { space.remove() }
        try sqlite(space, "UPDATE pending_deadlines_per_day SET pending = pending + 3")
        let dutch = try space.run(["check", "--lang", "nl"])
        #expect(dutch.status == 74)
        #expect(dutch.stderr.contains("de aantallen termijnen die voor het termijnenoverzicht zijn bijgehouden kloppen niet voor"),
                "\(dutch.stderr)")
        let english = try space.run(["check", "--lang", "en"])
        #expect(english.stderr.contains("the numbers of deadlines kept for the deadlines pane are wrong for"), "\(english.stderr)")
    }

    /// `nareis bench` starts the workstation as its own process to time the first frame:
    /// the child reports when its frame was written, which the figures are taken from.
    @Test func theBenchmarkTimesTheFirstFrameOfItsOwnProcess() throws {
        let space = try Workspace()
        defer { space.remove() }
        let frame = try space.run(["workstation", "--exit-after-first-frame", "--as-of", "2025-04-20"])
        #expect(frame.status == 0, "\(frame.stderr)")
        #expect(UInt64(frame.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) != nil, "\(frame.stdout)")
        let bench = try space.run(["bench", "--starts", "2", "--as-of", "2025-04-20"])
        #expect(bench.status == 0, "\(bench.stderr)")
        #expect(bench.stdout.range(of: #"first frame, process: +median \d+\.\d\d ms, max \d+\.\d\d ms over 2 starts \(to its end: median \d+\.\d\d ms\)"#,
                                   options: .regularExpression) != nil, "\(bench.stdout)")
        #expect(bench.stdout.contains("(1 cases)"))
    }

    /// The last hash `check` shows.
    private func head(_ output: String) -> Substring? {
        output.firstMatch(of: #/hash ([0-9a-f]{16}) /#)?.output.1
    }

    /// Runs SQL on the workspace's store with the sqlite3 shell, the audit trail's
    /// triggers dropped first, as someone with the file could.
    private func sqlite(_ space: Workspace, _ sql: String) throws {
        let shell = try #require(["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                 "the sqlite3 shell (scripts/setup-deps installs it)")
        let ran = try ChildProcess.run(shell, [space.environment["NAREIS_DB"]!, """
            DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete; \(sql);
            """])
        #expect(ran.status == 0, "\(ran.stderr)")
    }
}
