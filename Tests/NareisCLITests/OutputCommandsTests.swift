import Foundation
import Testing

/// `nareis summary`, `nareis draft coa`, `nareis export --format ics|csv` and `--lang`
/// end to end: a case imported into a fresh store, read back through the real binary.
@Suite("Output commands", .serialized)
struct OutputCommandsTests {
    static let badInput: Int32 = 65
    static let usage: Int32 = 64

    static let caseJSON = #"""
    {
      "format": "nareis-case/1",
      "id": "NR-2024-0042",
      "sponsor": {
        "name": "Amanuel Tesfay", "birthDate": "1990-05", "nationality": "ERI",
        "asylumApplicationDate": "2023-09-01", "permit": { "kind": "asylum", "decisionDate": "2024-03-01" },
        "phone": "+31 6 12345678", "email": "amanuel@example.org", "counsellor": "VWN Utrecht"
      },
      "members": [
        { "id": "m1", "name": "Saba Tesfay", "vNumber": "2345678901", "relationship": "partner",
          "partner": { "kind": "married" }, "birthDate": "1992", "nationality": "ERI",
          "procedure": { "submitted": "2024-05-25", "decision": { "date": "2025-01-15", "outcome": "positive" },
                         "mvvIssued": "2025-03-10", "plannedArrival": "2025-05-02" } },
        { "id": "m2", "name": "=HYPERLINK(\"http://x.example\")", "relationship": "child",
          "child": { "kind": "biological", "otherParent": "travelling" }, "birthDate": "2011-02-14",
          "nationality": "ERI",
          "procedure": { "submitted": "2024-05-25", "decision": { "date": "2025-01-15", "outcome": "positive" },
                         "mvvIssued": "2025-03-10", "plannedArrival": "2025-05-02" } }
      ]
    }
    """#

    /// A store and a config directory of its own, with the case imported.
    struct Workspace {
        let directory: URL
        var environment: [String: String]

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("nareis-outputs-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            environment = ["NAREIS_DB": directory.appendingPathComponent("cases.sqlite").path,
                           "XDG_CONFIG_HOME": directory.appendingPathComponent("config").path,
                           "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"]
            let caseFile = directory.appendingPathComponent("case.json")
            try Data(OutputCommandsTests.caseJSON.utf8).write(to: caseFile)
            let imported = try run(["import", caseFile.path])
            #expect(imported.status == 0, "\(imported.stderr)")
        }

        var configFile: URL { directory.appendingPathComponent("config/nareis/config.toml") }

        func run(_ arguments: [String], _ extra: [String: String] = [:]) throws -> NareisBinary.Result {
            try NareisBinary.run(arguments, environment: environment.merging(extra) { $1 })
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    @Test func summaryInDutchIsRememberedInAnOwnerOnlyConfig() throws {
        let space = try Workspace()
        defer { space.remove() }
        let dutch = try space.run(["summary", "--case", "NR-2024-0042", "--lang", "nl", "--as-of", "2025-04-20"])
        #expect(dutch.status == 0, "\(dutch.stderr)")
        #expect(dutch.stdout.hasPrefix("Dossieroverzicht NR-2024-0042\n"))
        #expect(dutch.stdout.contains("Reizen binnen 90 dagen (geldigheid mvv): 8 juni 2025, open, nog 49 dagen"))
        let config = try String(contentsOf: space.configFile, encoding: .utf8)
        #expect(config == "language = \"nl\"\n")
        let mode = try FileManager.default.attributesOfItem(atPath: space.configFile.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let again = try space.run(["summary", "--case", "NR-2024-0042", "--format", "markdown", "--as-of", "2025-04-20"])
        #expect(again.stdout.hasPrefix("# Dossieroverzicht NR-2024-0042\n"), "the saved choice holds without --lang")
    }

    @Test func withoutAChoiceTheLocaleDecides() throws {
        let space = try Workspace()
        defer { space.remove() }
        let dutch = try space.run(["summary", "--case", "NR-2024-0042"], ["LANG": "nl_NL.UTF-8"])
        #expect(dutch.stdout.hasPrefix("Dossieroverzicht"))
        let english = try space.run(["summary", "--case", "NR-2024-0042"], ["LC_ALL": "en_GB.UTF-8", "LANG": "nl_NL.UTF-8"])
        #expect(english.stdout.hasPrefix("Case summary"))
        #expect(!FileManager.default.fileExists(atPath: space.configFile.path), "nothing saved without --lang")
    }

    @Test func aBadConfigIsNamedAndIgnored() throws {
        let space = try Workspace()
        defer { space.remove() }
        try FileManager.default.createDirectory(at: space.configFile.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try Data("# mine\ntheme = \"dark\"\nlanguage = \"fr\"\n".utf8).write(to: space.configFile)
        let r = try space.run(["summary", "--case", "NR-2024-0042"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("config.toml line 3: language = \"fr\" is not a language (expected \"en\" or \"nl\")"))
        #expect(r.stdout.hasPrefix("Case summary"))
        _ = try space.run(["summary", "--case", "NR-2024-0042", "--lang", "nl"])
        #expect(try String(contentsOf: space.configFile, encoding: .utf8) == "# mine\ntheme = \"dark\"\nlanguage = \"nl\"\n",
                "the other lines are kept")
    }

    @Test func coaDraftRefusesUntilEveryVNumberIsKnown() throws {
        let space = try Workspace()
        defer { space.remove() }
        let refused = try space.run(["draft", "coa", "--case", "NR-2024-0042", "--lang", "en"])
        #expect(refused.status == Self.badInput)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains(
            "members[1].vNumber: not yet known (the COA needs every travelling member's V-number)"))

        let unknown = try space.run(["draft", "coa", "--case", "NR-0000"])
        #expect(unknown.status == Self.badInput)
        #expect(unknown.stderr.contains("NR-0000"))
    }

    @Test func coaDraftHoldsTheINDFields() throws {
        let space = try Workspace()
        defer { space.remove() }
        let fixed = Self.caseJSON.replacingOccurrences(of: #""name": "=HYPERLINK(\"http://x.example\")","#,
                                                       with: #""name": "Yonas Tesfay", "vNumber": "3456789012","#)
            .replacingOccurrences(of: "NR-2024-0042", with: "NR-2024-0043")
        let file = space.directory.appendingPathComponent("fixed.json")
        try Data(fixed.utf8).write(to: file)
        #expect(try space.run(["import", file.path]).status == 0)
        let r = try space.run(["draft", "coa", "--case", "NR-2024-0043", "--lang", "nl", "--reply-to", "nareis@vwn.example"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Aan: FMMZZevenaarDuiven@coa.nl\nOnderwerp: "))
        #expect(r.stdout.contains("- Voornaam en achternaam: Amanuel Tesfay\n- Telefoonnummer: +31 6 12345678\n"
            + "- E-mailadres: nareis@vwn.example\n"))
        #expect(r.stdout.contains("- Saba Tesfay, V-nummer 2345678901\n- Yonas Tesfay, V-nummer 3456789012\n"))
        #expect(r.stdout.contains("Datum van aankomst in Nederland: 2 mei 2025"))
    }

    @Test func calendarExportIsRFC5545Shaped() throws {
        let space = try Workspace()
        defer { space.remove() }
        let r = try space.run(["export", "--format", "ics", "--as-of", "2025-04-20", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(r.stdout.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!r.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF only")
        #expect(r.stdout.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(r.stdout.contains("UID:NR-2024-0042-m1-travel@nareis\r\n"))
        #expect(r.stdout.contains("DTSTART;VALUE=DATE:20250608\r\nDTEND;VALUE=DATE:20250609\r\n"))
    }

    @Test func spreadsheetExportNeutralisesFormulasAndTakesASeparator() throws {
        let space = try Workspace()
        defer { space.remove() }
        let r = try space.run(["export", "--format", "csv", "--separator", ";", "--bom", "--lang", "nl"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("\u{FEFF}Dossier;Referent;Gezinslid-ID;Naam;"))
        #expect(r.stdout.contains(#";m2;"'=HYPERLINK(""http://x.example"")";"#))
        #expect(r.stdout.components(separatedBy: "\r\n").count == 4, "header, two members, final line end")

        let bad = try space.run(["export", "--format", "csv", "--separator", "|"])
        #expect(bad.status == Self.usage)
        #expect(bad.stderr.contains("--separator: \"|\" is not a separator (expected , or ;)"))
        let json = try space.run(["export"])
        #expect(json.stdout.hasPrefix("[\n  {\n    \"format\": \"nareis-case/1\""), "JSON stays the default")
    }

    /// Calendar and spreadsheet exports are written a page of cases at a time: over
    /// several pages, one header, one row per member of every case in ID order, and
    /// every event once.
    @Test func largeExportsAreWholeAcrossPages() throws {
        let space = try Workspace()
        defer { space.remove() }
        #expect(try space.run(["demo", "--cases", "2500", "--seed", "3"]).status == 0)
        let json = try space.run(["export"])
        let files = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(files.count == 2501)
        let expectedRows = files.flatMap { file in
            ((file["members"] as? [[String: Any]]) ?? []).map { "\(file["id"]!),\($0["id"]!)" }
        }

        let csv = try space.run(["export", "--format", "csv", "--lang", "en"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.components(separatedBy: "\r\n").dropLast()
        #expect(lines.first?.hasPrefix("Case,") == true)
        #expect(lines.filter { $0.hasPrefix("Case,") }.count == 1, "one header")
        let rows = lines.dropFirst().map { line -> String in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return "\(fields[0]),\(fields[2])"
        }
        #expect(rows == expectedRows)

        let ics = try space.run(["export", "--format", "ics", "--lang", "en"])
        #expect(ics.status == 0, "\(ics.stderr)")
        #expect(ics.stdout.components(separatedBy: "BEGIN:VCALENDAR").count == 2)
        #expect(ics.stdout.hasSuffix("END:VCALENDAR\r\n"))
        let uids = ics.stdout.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(uids.count > 2000 && Set(uids).count == uids.count, "every event once")
    }

    /// `nareis tasks`: the open follow-ups due within the window, as a table in the
    /// chosen language and as JSON; undated ones and those outside the window left out.
    @Test func tasksListWhatIsDueThisWeek() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let booked = Self.caseJSON.replacingOccurrences(of: "NR-2024-0042", with: "NR-2024-0043")
            .replacingOccurrences(of: #""plannedArrival": "2025-05-02""#,
                                  with: #""travelBooked": "2025-04-30", "plannedArrival": "2025-05-02""#)
        let file = workspace.directory.appendingPathComponent("booked.json")
        try Data(booked.utf8).write(to: file)
        #expect(try workspace.run(["import", file.path]).status == 0)

        let table = try workspace.run(["tasks", "--within", "7", "--as-of", "2025-04-28", "--lang", "nl"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("DOSSIER") == true)
        #expect(lines.count == 3, "\(table.stdout)")
        // Due on the booking day (PROC-COA), 2 days ahead.
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("NR-2024-0043") && $0.contains("2025-04-30") && $0.contains(" 2 ") })
        #expect(!table.stdout.contains("NR-2024-0042"), "nothing of the other case is due")

        let json = try workspace.run(["tasks", "--within", "7", "--as-of", "2025-04-28", "--json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(Set(items.compactMap { $0["task"] as? String }) == ["coa-reception", "ind-appointment"])
        #expect(items.allSatisfy { $0["daysLeft"] as? Int == 2 && $0["state"] as? String == "open" })

        let none = try workspace.run(["tasks", "--within", "7", "--as-of", "2025-01-01", "--lang", "en"])
        #expect(none.stdout == "No open tasks due within 7 days of 2025-01-01.\n")
    }
}
