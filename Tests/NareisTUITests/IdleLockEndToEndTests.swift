import Foundation
import NareisCore
import Testing

/// The idle cover in the real binary in tmux: with a lock time of 3 seconds the case
/// names leave the pane, a key brings them back, and that key (q) does not quit.
@Suite("The idle cover in tmux", .serialized)
struct IdleLockEndToEndTests {
    typealias Session = EndToEndTests.Session

    func session(_ name: String, config: String? = nil) throws -> Session {
        _ = try #require(EndToEndTests.binary, "the nareis binary was not found next to the tests; build it or set NAREIS_BIN")
        let session = try Session(name: name)
        try session.importCases(EndToEndTests.cases)
        if let config {
            let directory = session.directory.appendingPathComponent("nareis")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try config.write(to: directory.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        }
        return session
    }

    static let names = ["Tesfay", "Evil", "Haddad", "NR-2024-", "ኣማኑኤል", "ሳባ"]

    /// Waits for the cover with no case data and no date left on the screen; returns the
    /// seconds it took. Both in one condition: a capture can catch the pane while the
    /// cover is being drawn (curses may write its middle rows before the top ones), so a
    /// name seen once is not a failure, but a name that stays is: the wait then gives up
    /// after 10 s and says so with the screen.
    @discardableResult
    func waitForCover(_ session: Session, saying text: String) -> Double {
        let start = ContinuousClock.now
        session.wait(for: "the cover with no case data or date under it") { screen in
            screen.contains(text) && Self.names.allSatisfy { !screen.contains($0) }
                && screen.range(of: #"[0-9]{4}-[0-9]{2}-[0-9]{2}"#, options: .regularExpression) == nil
        }
        return Double((ContinuousClock.now - start).components.seconds)
            + Double((ContinuousClock.now - start).components.attoseconds) / 1e18
    }

    @Test func namesVanishAfterTheLockTimeAndReturnAfterAKey() throws {
        let session = try session("lock")
        session.start(["--lock-after", "0.05"])
        session.wait(for: "the case list") { $0.contains("Amanuel Tesfay") && $0.contains("Evil") }
        session.send("j")                                  // the count starts from this key
        session.wait(for: "the moved selection") { $0.contains("Family · NR-2024-0002") && $0.contains("Ahmad Haddad") }
        let seconds = waitForCover(session, saying: "Locked after 0.05 minutes idle; press any key.")
        #expect(seconds > 1.5, "covered after about 3 s, not at once (\(seconds) s)")
        session.send("q")                                  // would quit: under the cover it only uncovers
        // The cover gone as a whole (in the condition: a capture can catch it half redrawn).
        session.wait(for: "the cases again, the cover gone") {
            $0.contains("Family · NR-2024-0002") && $0.contains("Cases (2)") && !$0.contains("Locked")
        }
        #expect(session.paneState.hasPrefix("0"), "still running: the key that uncovered did not quit")
        waitForCover(session, saying: "press any key")     // and again after the next idle spell
        session.send("Enter")
        session.wait(for: "the cases again, focus where it was") { $0.contains("Ahmad Haddad") && $0.contains("Enter open") }
        session.send("q")
        session.wait(for: "the process to end") { _ in session.paneState.hasPrefix("1") }
    }

    /// From the settings file, in Dutch; the flag's 0 would switch it off, the file's 0 is overridden by the flag.
    @Test func theSettingsFileSetsItAndTheFlagWins() throws {
        let dutch = try session("lock-nl", config: "language = \"nl\"\nlock_after_minutes = 0.05  # a few seconds\n")
        dutch.start()
        dutch.wait(for: "the Dutch case list") { $0.contains("Amanuel Tesfay") && $0.contains("Dossiers (2)") }
        waitForCover(dutch, saying: "Vergrendeld na 0,05 minuten zonder gebruik; druk op een toets.")
        dutch.send("x")
        dutch.wait(for: "the cases again") { $0.contains("Amanuel Tesfay") }

        let overridden = try session("lock-flag", config: "lock_after_minutes = 0\n")
        overridden.start(["--lock-after", "0.05"])
        overridden.wait(for: "the case list") { $0.contains("Amanuel Tesfay") }
        waitForCover(overridden, saying: "press any key")
        overridden.send("q")
        overridden.wait(for: "the cases again") { $0.contains("Amanuel Tesfay") }
    }
}
