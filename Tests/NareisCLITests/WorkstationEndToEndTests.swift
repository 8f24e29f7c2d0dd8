import Foundation
import Testing

/// The workstation in a real terminal: a full intake of a family of four (sponsor,
/// partner, two children), a positive decision recorded for the partner, and the
/// case found with the right deadlines through `nareis export` and `nareis assess`.
@Suite("Workstation end to end in tmux", .serialized)
struct WorkstationEndToEndTests {
    static func field(_ session: TmuxSession, _ answer: String?) throws {
        if let answer { try session.type(answer) }
        try session.press("Tab")
    }

    @Test func intakeOfAFamilyOfFourThenAPositiveDecision() throws {
        try #require(TmuxSession.available, "tmux is needed (scripts/setup-deps installs it)")
        let binary = try #require(NareisBinary.url, "build the nareis binary first")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nareis-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("cases.sqlite").path
        let session = try TmuxSession([binary.path, "--db", db, "--offer-demo", "0", "--as-of", "2026-11-25", "--lang", "en"])

        try session.waitFor("No cases in the store.")
        try session.type("I")
        try session.waitFor("Intake · step 1 of 2: sponsor")
        // Sponsor: name, Latin name, V-number, birth, nationality, asylum application,
        // unaccompanied, permit kind, status, decision, subsequent, counsellor.
        for answer in ["ዮናስ ሃይለ", "Yonas Haile", "V7654321", "1988-04", "ERI", "2025-06-01", "no", "asylum", "refugee",
                       "2026-09-15", nil, "VWN Utrecht"] {
            try Self.field(session, answer)
        }
        // Partner: relationship, name, Latin, V-number, birth, nationality, residence, family before entry, kind.
        try session.press("C-n")
        try session.waitFor("step 2 of 3: family member 1")
        for answer in ["partner", "Ruth Tesfay", nil, nil, "1990", "ERI", "ETH", "yes", "married"] {
            try Self.field(session, answer)
        }
        // Children: … residence, family before entry, kind, other parent.
        for (name, born) in [("Daniel Haile", "2016-02-10"), ("Sara Haile", "2019-07")] {
            try session.press("C-n")
            for answer in ["child", name, nil, nil, born, "ERI", "ETH", nil, "biological", "travelling"] {
                try Self.field(session, answer)
            }
        }
        try session.press("F2")
        try session.waitFor("Ready: F2 saves the case.")
        try session.waitFor("2026-12-15")                      // the application term, 3 months from the permit
        try session.press("F2")
        let saved = try session.waitFor("saved.")
        let caseId = try #require(saved.firstMatch(of: /Case (NR-\d{4}-\d+) saved/)?.1, "\(saved)").description

        // The partner: submitted, then a positive decision.
        try session.press("Down")
        try session.type("e")
        try session.waitFor("Record event")
        try session.press("Enter")
        try session.type("2026-11-01")
        try session.press("Enter")
        try session.waitFor("Recorded: application submitted.")
        try session.type("e")
        try session.waitFor("Record event")
        try session.press("Down", "Down", "Down", "Down", "Enter")
        try session.waitFor("Day of 'decision: positive'")
        try session.type("2026-11-20")
        try session.press("Enter")
        try session.waitFor("Recorded: decision: positive.")
        try session.type("q")
        try session.waitForExit()

        let exported = try NareisBinary.run(["export", "--db", db, "--case", caseId], environment: ["NAREIS_DB": db])
        #expect(exported.status == 0, "\(exported.stderr)")
        let file = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        let members = try #require(file["members"] as? [[String: Any]])
        #expect(members.map { $0["name"] as? String } == ["Ruth Tesfay", "Daniel Haile", "Sara Haile"])
        let procedure = try #require(members[0]["procedure"] as? [String: Any])
        #expect(procedure["submitted"] as? String == "2026-11-01")
        #expect((procedure["decision"] as? [String: Any])?["outcome"] as? String == "positive")

        let caseFile = directory.appendingPathComponent("case.json")
        try Data(exported.stdout.utf8).write(to: caseFile)
        let assessed = try NareisBinary.run(["assess", caseFile.path, "--as-of", "2026-11-25"])
        #expect(assessed.status == 0, "\(assessed.stderr)")
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
