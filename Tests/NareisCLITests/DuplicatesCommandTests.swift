import Foundation
import Testing

/// `nareis duplicates` through the real binary: a family imported twice under other
/// spellings is listed in the interface language with IDs, names and birth dates; a
/// store without such pairs says so; hostile names reach the terminal cleaned.
@Suite("Duplicates command", .serialized)
struct DuplicatesCommandTests {
    typealias Workspace = OutputCommandsTests.Workspace

    /// The imported case of `OutputCommandsTests` taken in again: Tesfaye, the partner
    /// as Saba Tesfaye born in 1992 (year only; an escape sequence in her Latin name),
    /// no V-numbers.
    static let again = #"""
    {
      "format": "nareis-case/1",
      "sponsor": {
        "name": "Amanuel Tesfaye", "birthDate": "1990-05", "nationality": "ERI",
        "asylumApplicationDate": "2023-09-01", "permit": { "kind": "asylum", "decisionDate": "2024-03-01" }
      },
      "members": [
        { "id": "m1", "name": "Saba Tesfaye", "latinName": "Saba Tesfaye\u001b[2J", "relationship": "partner",
          "partner": { "kind": "married" },
          "birthDate": "1992", "nationality": "ERI" }
      ]
    }
    """#

    @Test func aFamilyTakenInTwiceIsListedInDutch() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let none = try workspace.run(["duplicates", "--lang", "nl"])
        #expect(none.status == 0 && none.stdout == "Geen dossiers die mogelijk hetzelfde gezin zijn.\n", "\(none.stderr)")

        let file = workspace.directory.appendingPathComponent("again.json")
        try Data(Self.again.utf8).write(to: file)
        let imported = try workspace.run(["import", file.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let listed = try workspace.run(["duplicates", "--lang", "nl"])
        #expect(listed.status == 0)
        #expect(listed.stdout.hasPrefix("1 paar dossiers dat mogelijk hetzelfde gezin is:"), "\(listed.stdout)")
        #expect(listed.stdout.contains("NR-2024-0042  Amanuel Tesfay (referent, geboren mei 1990, dag onbekend)"))
        #expect(listed.stdout.contains("Saba Tesfay (partner, geboren 1992, maand en dag onbekend) ~ Saba Tesfaye"))
        #expect(!listed.stdout.contains("\u{1B}"), "no escape sequence reaches the terminal")
    }
}
