import Foundation
import NareisCore
import NareisStore
import NareisTestSupport
import Testing

/// The real binary in a real terminal: tmux on a private socket, keys sent with
/// send-keys, the screen read with capture-pane. Every test kills its server.
@Suite("End to end in tmux", .serialized)
struct EndToEndTests {
    static let binary: URL? = {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["NAREIS_BIN"] { candidates.append(URL(fileURLWithPath: override)) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.appendingPathComponent("nareis"))
            directory = directory.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// One tmux server with one session running nareis.
    final class Session {
        let socket: String
        let directory: URL
        var database: String { directory.appendingPathComponent("cases.sqlite").path }

        init(name: String) throws {
            socket = "nareis-test-\(getpid())-\(name)"
            directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }

        @discardableResult
        func tmux(_ arguments: String...) -> String { run(arguments) }

        /// Runs a tmux command and returns its output. The server new-session starts
        /// must neither inherit the test runner's blocked signals nor keep a pipe open:
        /// `ChildProcess` gives it neither.
        @discardableResult
        func run(_ arguments: [String]) -> String {
            let output = directory.appendingPathComponent("tmux-output-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: output) }
            guard let tmux = try? ChildProcess("tmux", ["-L", socket, "-f", "/dev/null"] + arguments, stdout: .file(output))
            else { return "" }
            tmux.wait()
            return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        }

        func importCases(_ files: [CaseFile]) throws {
            let json = "[" + files.map(CaseFileWriter.text).joined(separator: ",") + "]"
            let file = directory.appendingPathComponent("cases.json")
            try json.write(to: file, atomically: true, encoding: .utf8)
            let imported = try ChildProcess.run(try #require(EndToEndTests.binary).path, ["import", file.path, "--db", database])
            #expect(imported.status == 0, "\(imported.stderr)")
        }

        func start(_ arguments: [String] = [], width: Int = 120, height: Int = 40) {
            // The language comes from the locale unless remembered: keep both out of the test.
            let configHome = directory.path
            let command = ["env", "TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=", "NO_COLOR=",
                           "XDG_CONFIG_HOME=" + configHome, EndToEndTests.binary!.path,
                           "--db", database, "--as-of", "2024-06-01"] + arguments
            tmux("new-session", "-d", "-x", String(width), "-y", String(height),
                 command.map { "'" + $0 + "'" }.joined(separator: " "))
            tmux("set-option", "-g", "remain-on-exit", "on")
        }

        var screen: String { tmux("capture-pane", "-p") }

        /// Waits (up to 10 s) until the screen satisfies `condition`.
        @discardableResult
        func wait(for description: String, sourceLocation: SourceLocation = #_sourceLocation,
                  _ condition: (String) -> Bool) -> String {
            var text = ""
            for _ in 0..<200 {
                text = screen
                if condition(text) { return text }
                usleep(50_000)
            }
            Issue.record("the screen never showed \(description):\n\(text)", sourceLocation: sourceLocation)
            return text
        }

        /// Keys sent so far: one per named key, one per character typed.
        private(set) var keystrokes = 0

        func send(_ keys: String...) {
            keystrokes += keys.count
            run(["send-keys"] + keys)
        }

        /// Types `text` literally, a keystroke per character.
        func type(_ text: String) {
            keystrokes += text.count
            run(["send-keys", "-l", text])
        }

        /// "dead status alternate-screen" of the pane.
        var paneState: String { tmux("display-message", "-p", "#{pane_dead} #{pane_dead_status} #{alternate_on}") }

        deinit {
            // A nareis still running when the test ends (the server's child, not ours)
            // ends after the server does, and on its way out it wrote into the
            // directory again, leaving it behind in /tmp: wait for it (up to 5 s) first.
            let pane = pid_t(tmux("display-message", "-p", "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines))
            tmux("kill-server")
            if let pane, pane > 0 {
                for _ in 0..<100 where kill(pane, 0) == 0 { usleep(50_000) }
            }
            // The server may leave its socket behind.
            let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
            try? FileManager.default.removeItem(atPath: "\(base)/tmux-\(getuid())/\(socket)")
            try? FileManager.default.removeItem(at: directory)
        }
    }

    static let cases: [CaseFile] = {
        let day = { (text: String) in Day(iso: text)! }
        let sponsor = { (name: String, latin: String, decided: String) in
            Sponsor(name: name, latinName: latin, birthDate: PartialDate(parsing: "1990-05")!, nationality: "ERI",
                    asylumApplicationDate: day("2023-09-01"), permit: Permit(kind: .asylum, decisionDate: day(decided)),
                    counsellor: "VWN Utrecht")
        }
        return [
            CaseFile(id: "NR-2024-0001", sponsor: sponsor("ኣማኑኤል ተስፋይ", "Amanuel Tesfay", "2024-03-01"), members: [
                Member(id: "m1", name: "ሳባ ተስፋይ", latinName: "Saba Tesfay", relationship: .partner, partner: PartnerDetails(kind: .married),
                       birthDate: PartialDate(parsing: "1992")!, nationality: "ERI", residence: "ETH", familyBeforeEntry: true),
            ]),
            CaseFile(id: "NR-2024-0002", sponsor: sponsor("Evil\u{1B}[2J\u{1B}[31mName", "Ahmad Haddad", "2024-04-20"), members: [
                Member(id: "m1", name: "ليلى حداد", latinName: "Layla Haddad", relationship: .partner, partner: PartnerDetails(kind: .married),
                       birthDate: PartialDate(parsing: "1988")!, nationality: "SYR", familyBeforeEntry: true),
            ]),
        ]
    }()

    func session(_ name: String) throws -> Session {
        let binary = try #require(Self.binary, "the nareis binary was not found next to the tests; build it or set NAREIS_BIN")
        _ = binary
        let session = try Session(name: name)
        try session.importCases(Self.cases)
        return session
    }

    @Test func browseSearchOpenAndQuitRestoringTheTerminal() throws {
        let session = try session("browse")
        session.start()
        var text = session.wait(for: "the case list") { $0.contains("Cases (2)") }
        #expect(text.contains("Amanuel Tesfay"))
        #expect(text.contains("Evil␛[2J␛[31mName"), "escape sequences are shown, not obeyed")
        session.send("/", "h", "a", "d", "d")
        text = session.wait(for: "the search result") { $0.contains("Search: hadd") && $0.contains("Cases (1)") }
        #expect(text.contains("NR-2024-0002"))
        session.send("Enter", "Enter")
        text = session.wait(for: "the family tree of the found case") { $0.contains("Family · NR-2024-0002") }
        #expect(text.contains("partner: ليلى حداد · Layla Haddad"))
        session.send("?")
        session.wait(for: "the help") { $0.contains("Keys (Esc or ? closes this help)") }
        session.send("Escape", "q")
        session.wait(for: "the process to end") { _ in session.paneState.hasPrefix("1") }
        let state = session.paneState.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(state.first == "1" && state.last == "0", "ended, alternate screen off: \(state)")
        #expect(state.count == 3 && (state[1] == "0" || state[1].isEmpty), "exit status 0: \(state)")
    }

    /// A collision with a colleague's version, chosen field by field with keys: the
    /// colleague's phone number, this laptop's submission day (none recorded here).
    @Test func aCollisionIsChosenByKeys() throws {
        let session = try session("conflict")
        let store = try CaseStore(path: session.database, user: "counsellor1")
        try TeamTests.makeConflict(in: store)
        session.start()
        session.wait(for: "the team's status line") { $0.contains("1 conflict") }
        session.send("K")
        session.wait(for: "the conflict overlay") { $0.contains("colleague: +31 6 2222 2222") }
        session.send("Right", "Enter")
        session.wait(for: "the choice saved") { $0.contains("Conflict resolved") }
        #expect(session.keystrokes == 3)
        session.send("q")
        session.wait(for: "the process to end") { _ in session.paneState.hasPrefix("1") }
        let stored = try #require(try store.loadCase(id: TeamTests.tesfay))
        #expect(stored.sponsor.phone == "+31 6 2222 2222")
        #expect(stored.members[0].procedure.submitted == nil, "this laptop's (none recorded), not the colleague's")
        #expect(try store.conflictedCaseIds().isEmpty)
        #expect(try store.syncStatus().waiting >= 1, "offered to the team at the next sync")
    }

    @Test func resizingSwitchesLayoutsAndNeverBreaks() throws {
        let session = try session("resize")
        session.start()
        session.wait(for: "the full layout") { $0.contains("Deadlines, next 14 days") && $0.contains("Cases (2)") }
        session.tmux("resize-window", "-x", "60", "-y", "20")
        session.wait(for: "the single-pane layout") { $0.contains("Cases (2)") && !$0.contains("Deadlines, next") }
        session.tmux("resize-window", "-x", "30", "-y", "8")
        session.wait(for: "the too-small message") { $0.contains("too small") }
        session.tmux("resize-window", "-x", "120", "-y", "40")
        session.wait(for: "the full layout again") { $0.contains("Deadlines, next 14 days") }
        #expect(session.paneState.hasPrefix("0"), "still running")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let session = try session("sigterm")
        session.start()
        session.wait(for: "the case list") { $0.contains("Cases (2)") }
        let pid = session.tmux("display-message", "-p", "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
        kill(pid_t(pid) ?? 0, SIGTERM)
        session.wait(for: "the process to end") { _ in session.paneState.hasPrefix("1") }
        #expect(session.paneState.hasSuffix("0\n") || session.paneState.hasSuffix("0"), "alternate screen off: \(session.paneState)")
    }

    @Test func anEmptyStoreOffersDemoCases() throws {
        let binary = try #require(Self.binary, "the nareis binary was not found")
        _ = binary
        let session = try Session(name: "empty")
        session.start(["--offer-demo", "20"])
        session.wait(for: "the demo offer") { $0.contains("holds no cases") && $0.contains("[y/N]") }
        session.send("y", "Enter")
        session.wait(for: "the demo cases") { $0.contains("Cases (20)") }
        session.send("q")
    }
}
