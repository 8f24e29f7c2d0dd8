import Foundation
import NareisTestSupport
import Testing

/// The workstation in a real terminal (the tmux `Session` of `EndToEndTests`): a
/// full intake of a family of four (sponsor, partner, two children, one partial birth
/// date) by keys alone, counted; a positive decision recorded for the partner, and
/// the case found with the right deadlines through `nareis export` and `nareis assess`.
@Suite("Intake end to end in tmux", .serialized)
struct IntakeEndToEndTests {
    typealias Session = EndToEndTests.Session

    /// Types `answer` literally (when given) and moves to the next field.
    static func field(_ session: Session, _ answer: String?) {
        if let answer { session.type(answer) }
        session.send("Tab")
    }

    /// The keystrokes the same intake took before the forms were made fast (the
    /// sequence this test sent at 959a80a: codes and ISO dates typed in full, every
    /// field tabbed through, the young-adult questions of two young children).
    static let keystrokesBefore = 268

    /// Runs the binary to its end.
    static func nareis(_ arguments: [String]) throws -> ChildProcess.Result {
        try ChildProcess.run(try #require(EndToEndTests.binary).path, arguments)
    }

    /// A case the counsellor took in before.
    static let earlierCase = """
        {"format": "nareis-case/1", "asOf": "2024-05-01",
         "sponsor": {"name": "Amina Yusuf", "birthDate": "1990", "nationality": "SOM", "asylumApplicationDate": "2023-01-10",
                     "permit": {"kind": "asylum", "decisionDate": "2024-04-20"}, "counsellor": "VWN Utrecht"},
         "members": [{"id": "m1", "name": "Hodan Ali", "relationship": "partner", "partner": {"kind": "married"},
                      "birthDate": "1992", "nationality": "SOM"}]}
        """

    @Test func intakeOfAFamilyOfFourThenAPositiveDecision() throws {
        try #require(EndToEndTests.binary != nil, "the nareis binary was not found next to the tests; build it or set NAREIS_BIN")
        let session = try Session(name: "intake")
        // A counsellor's store: one case taken in before (by VWN Utrecht).
        let earlier = session.directory.appendingPathComponent("earlier.json")
        try Data(Self.earlierCase.utf8).write(to: earlier)
        #expect(try Self.nareis(["import", "--db", session.database, earlier.path]).status == 0)
        session.start()
        session.wait(for: "the case list") { $0.contains("Cases (1)") }
        let started = Date()
        let before = session.keystrokes
        session.send("I")
        session.wait(for: "the intake form") { $0.contains("Intake · step 1 of 2: sponsor") }
        // Sponsor: name, Latin name, V-number, birth (month and year), nationality by
        // name, asylum application, not unaccompanied, permit kind and status picked by
        // a letter or two, decision; the counsellor is filled in from the newest case.
        for answer in ["ዮናስ ሃይለ", "Yonas Haile", "V7654321", "4-1988", "eri", "1-6-2025", "n", "as", "r"] {
            Self.field(session, answer)
        }
        session.type("15-9-2026")
        // Partner: relationship, name, birth, kind, residence, family before entry; the
        // nationality is the sponsor's, filled in.
        session.send("C-n")
        session.wait(for: "the first member's step") { $0.contains("step 2 of 3: family member 1") }
        for answer in ["p", "Ruth Tesfay", "1990", "m", "eth"] { Self.field(session, answer) }
        session.type("y")
        // Children: relationship, name, birth, kind, other parent; the residence is
        // the partner's, filled in.
        for (name, born) in [("Daniel Haile", "10-2-2016"), ("Sara Haile", "7-2019")] {
            session.send("C-n")
            for answer in ["c", name, born, "b"] { Self.field(session, answer) }
            session.type("t")
        }
        session.send("F2")
        session.wait(for: "the review, ready, with the term from the permit") {
            $0.contains("Ready: F2 saves the case.") && $0.contains("2026-12-15")
        }
        session.send("F2")
        let saved = session.wait(for: "the saved case") { $0.contains("saved.") }
        let keystrokes = session.keystrokes - before
        let seconds = Date().timeIntervalSince(started)
        print("intake of a family of four: \(keystrokes) keystrokes (\(Self.keystrokesBefore) before), "
              + String(format: "%.1f s scripted", seconds))
        #expect(Double(keystrokes) <= 0.6 * Double(Self.keystrokesBefore), "\(keystrokes) keystrokes")
        let caseId = try #require(saved.firstMatch(of: /Case (NR-\d{4}-\d+) saved/)?.1, "\(saved)").description

        // The partner: submitted, then a positive decision.
        session.send("Down", "e")
        session.wait(for: "the event list") { $0.contains("Record event") }
        session.send("Enter")
        session.run(["send-keys", "-l", "2026-11-01"])
        session.send("Enter")
        session.wait(for: "the filing recorded") { $0.contains("Recorded: application submitted.") }
        session.send("e")
        session.wait(for: "the event list") { $0.contains("Record event") }
        // Down to the positive decision (after filing, the letter, its due day, completion,
        // an extension of the decision period and a further investigation).
        session.send("Down", "Down", "Down", "Down", "Down", "Down", "Enter")
        session.wait(for: "the decision's field") { $0.contains("Day of 'decision: positive'") }
        session.run(["send-keys", "-l", "2026-11-20"])
        session.send("Enter")
        session.wait(for: "the decision recorded") { $0.contains("Recorded: decision: positive.") }
        session.send("q")
        session.wait(for: "the process to end") { _ in session.paneState.hasPrefix("1") }

        let exported = try Self.nareis(["export", "--db", session.database, "--case", caseId])
        #expect(exported.status == 0)
        let file = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        let members = try #require(file["members"] as? [[String: Any]])
        #expect(members.map { $0["name"] as? String } == ["Ruth Tesfay", "Daniel Haile", "Sara Haile"])
        #expect(members.map { $0["nationality"] as? String } == ["ERI", "ERI", "ERI"])
        #expect(members.map { $0["residence"] as? String } == ["ETH", "ETH", "ETH"])
        #expect(members.map { $0["birthDate"] as? String } == ["1990", "2016-02-10", "2019-07"])
        #expect((file["sponsor"] as? [String: Any])?["counsellor"] as? String == "VWN Utrecht")
        let procedure = try #require(members[0]["procedure"] as? [String: Any])
        #expect(procedure["submitted"] as? String == "2026-11-01")
        #expect((procedure["decision"] as? [String: Any])?["outcome"] as? String == "positive")

        let caseFile = session.directory.appendingPathComponent("case.json")
        try Data(exported.stdout.utf8).write(to: caseFile)
        let assessed = try Self.nareis(["assess", caseFile.path, "--as-of", "2026-11-25"])
        #expect(assessed.status == 0)
        let assessment = try #require(try JSONSerialization.jsonObject(with: Data(assessed.stdout.utf8)) as? [String: Any])
        #expect((assessment["sponsor"] as? [String: Any])?["applicationTermEnds"] as? String == "2026-12-15")
        let byMember = try #require(assessment["members"] as? [[String: Any]])
        func deadline(_ member: Int, _ id: String) -> [String: Any]? {
            (byMember[member]["deadlines"] as? [[String: Any]])?.first { $0["id"] as? String == id }
        }
        #expect(deadline(0, "application-term")?["state"] as? String == "met")
        #expect(deadline(0, "decision")?["done"] as? String == "2026-11-20")
        #expect(deadline(0, "mvv-appointment")?["due"] as? String == "2027-02-20")
        #expect(deadline(0, "mvv-appointment")?["extendedDue"] as? String == "2027-05-20")
        for child in [1, 2] {
            #expect(deadline(child, "application-term")?["due"] as? String == "2026-12-15")
            #expect(deadline(child, "application-term")?["state"] as? String == "open")
        }
    }
}
