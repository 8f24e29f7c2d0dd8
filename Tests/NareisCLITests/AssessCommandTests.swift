import Foundation
import NareisCore
import Testing

/// `nareis assess FILE|-` end to end: the real binary, its output, its exit statuses.
@Suite("nareis assess", .serialized)
struct AssessCommandTests {
    static let badInput: Int32 = 65
    static let noInput: Int32 = 66

    @Test func printsTheAssessmentOfAFile() throws {
        let r = try NareisBinary.run(["assess", Fixtures.url("spec-example.case.json").path])
        #expect(r.status == 0)
        #expect(r.stdout == (try Fixtures.text("spec-example.expected.json")))
        #expect(r.stderr.isEmpty)
    }

    @Test func readsStandardInputForADash() throws {
        let r = try NareisBinary.run(["assess", "-"], stdin: try Fixtures.data("two-status-after.case.json"))
        #expect(r.status == 0)
        #expect(r.stdout == (try Fixtures.text("two-status-after.expected.json")))
    }

    @Test func asOfOptionOverridesTheFile() throws {
        let r = try NareisBinary.run(["assess", "--as-of", "2026-06-12", Fixtures.url("two-status-before.case.json").path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"rulesVersion\": \"2026-06-12\""))
        let bad = try NareisBinary.run(["assess", "--as-of", "12-06-2026", Fixtures.url("two-status-before.case.json").path])
        #expect(bad.status == Self.badInput)
        #expect(bad.stderr.contains("--as-of"))
        #expect(bad.stdout.isEmpty)
    }

    @Test func aMissingFileIsNamed() throws {
        let r = try NareisBinary.run(["assess", "/nonexistent/case.json"])
        #expect(r.status == Self.noInput)
        #expect(r.stderr.contains("/nonexistent/case.json"))
        #expect(r.stdout.isEmpty)
    }

    struct Refusal: Sendable, CustomStringConvertible {
        let name: String
        let input: String
        let message: String
        var description: String { name }
    }

    static let validSponsor = """
        "sponsor": {"name": "S", "birthDate": "1990", "nationality": "ERI", "asylumApplicationDate": "2023-01-01",
                    "permit": {"kind": "asylum", "decisionDate": "2023-06-01"}}
        """

    @Test(arguments: [
        Refusal(name: "bad birth date", input: """
            {"format": "nareis-case/1", \(validSponsor), "members": [{"id": "m1", "name": "M", "relationship": "child",
             "birthDate": "1990-13-01", "nationality": "ERI"}]}
            """, message: "members[0].birthDate: \"1990-13-01\" is not a date"),
        Refusal(name: "missing sponsor", input: #"{"format": "nareis-case/1"}"#, message: "sponsor: missing"),
        Refusal(name: "wrong format", input: #"{"format": "nareis-case/2"}"#, message: "format:"),
        Refusal(name: "sponsor is a list", input: #"{"format": "nareis-case/1", "sponsor": []}"#,
                message: "sponsor: a list is not an object"),
        Refusal(name: "members is an object", input: "{\"format\": \"nareis-case/1\", \(validSponsor), \"members\": {}}",
                message: "members: an object is not a list"),
        Refusal(name: "birth date is a number", input: """
            {"format": "nareis-case/1", \(validSponsor), "members": [{"id": "m1", "name": "M", "relationship": "child",
             "birthDate": 2010, "nationality": "ERI"}]}
            """, message: "members[0].birthDate: 2010 is not a date"),
        Refusal(name: "unknown relationship", input: """
            {"format": "nareis-case/1", \(validSponsor), "members": [{"id": "m1", "name": "M", "relationship": "cousin",
             "birthDate": "2010", "nationality": "ERI"}]}
            """, message: "members[0].relationship: \"cousin\" is not one of"),
        Refusal(name: "escaped NUL in a name", input: """
            {"format": "nareis-case/1", \(validSponsor), "members": [{"id": "m1", "name": "A\\u0000B", "relationship": "child",
             "birthDate": "2010", "nationality": "ERI"}]}
            """, message: "members[0].name: contains a NUL character"),
        Refusal(name: "misspelt event", input: """
            {"format": "nareis-case/1", \(validSponsor), "members": [{"id": "m1", "name": "M", "relationship": "child",
             "birthDate": "2010", "nationality": "ERI", "procedure": {"submited": "2024-05-25"}}]}
            """, message: "members[0].procedure.submited: unknown field (did you mean submitted?)"),
        Refusal(name: "unknown field", input: """
            {"format": "nareis-case/1", \(validSponsor), "comment": "checked by phone"}
            """, message: "comment: unknown field\n"),
        Refusal(name: "empty input", input: "", message: "not valid JSON"),
        Refusal(name: "not JSON", input: "sponsor: yes", message: "not valid JSON"),
        Refusal(name: "an array of cases", input: "[]", message: "is not a case file"),
        Refusal(name: "a bare number", input: "42", message: "is not a case file"),
    ])
    func refusesBadInputNamingTheField(row: Refusal) throws {
        let r = try NareisBinary.run(["assess", "-"], stdin: Data(row.input.utf8))
        #expect(r.status == Self.badInput)
        #expect(r.stderr.contains(row.message), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func refusesInvalidUTF8() throws {
        var bytes = Array(#"{"format": "nareis-case/1", "id": ""#.utf8)
        bytes += [0xC3, 0x28, 0xFF, 0xFE]
        bytes += Array(#""}"#.utf8)
        let r = try NareisBinary.run(["assess", "-"], stdin: Data(bytes))
        #expect(r.exitedNormally)
        #expect(r.status == Self.badInput)
        #expect(r.stdout.isEmpty)
    }

    @Test func refusesARawNULByte() throws {
        var bytes = Array(#"{"format": "nareis-case/1", "id": "a"#.utf8)
        bytes += [0x00]
        bytes += Array(#"b"}"#.utf8)
        let r = try NareisBinary.run(["assess", "-"], stdin: Data(bytes))
        #expect(r.status == Self.badInput)
    }

    @Test(arguments: [1_000, 100_000])
    func survivesDeepNesting(depth: Int) throws {
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let r = try NareisBinary.run(["assess", "-"], stdin: Data(text.utf8))
        #expect(r.exitedNormally, "crashed: \(r.stderr.prefix(200))")
        #expect(r.status == Self.badInput)
        let objects = String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
        let o = try NareisBinary.run(["assess", "-"], stdin: Data(objects.utf8))
        #expect(o.exitedNormally)
        #expect(o.status == Self.badInput)
    }

    @Test func refusesAHugeStringWithItsLength() throws {
        let huge = String(repeating: "x", count: 5_000_000)
        let input = "{\"format\": \"nareis-case/1\", \(Self.validSponsor), \"members\": [{\"id\": \"m1\", \"name\": \"\(huge)\", \"relationship\": \"child\", \"birthDate\": \"2010\", \"nationality\": \"ERI\"}]}"
        let r = try NareisBinary.run(["assess", "-"], stdin: Data(input.utf8))
        #expect(r.status == Self.badInput)
        #expect(r.stderr.contains("members[0].name: is 5000000 characters long"))
        #expect(r.stderr.count < 2_000)  // the message never echoes the whole value
    }

    @Test func datesAtTheEdgesOfTheCalendarDoNotCrash() throws {
        let input = """
            {"format": "nareis-case/1", "asOf": "9999-12-31",
             "sponsor": {"name": "S", "birthDate": "0001", "nationality": "ERI", "asylumApplicationDate": "9999-12-30",
                         "permit": {"kind": "asylum", "decisionDate": "9999-12-31"}},
             "members": [{"id": "m", "name": "M", "relationship": "child", "birthDate": "9999-12", "nationality": "ERI",
                          "procedure": {"submitted": "9999-12-31", "rectificationLetter": "9999-12-31",
                                        "decision": {"date": "9999-12-31", "outcome": "positive"},
                                        "mvvIssued": "9999-12-31", "arrival": "9999-12-31",
                                        "passportValidUntil": "0001-01-01"}}]}
            """
        let r = try NareisBinary.run(["assess", "-"], stdin: Data(input.utf8))
        #expect(r.exitedNormally)
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"applicationTermEnds\": \"10000-03-31\""))
    }

    /// Mutated copies of a valid case (bytes flipped, cut, duplicated): whatever the
    /// bytes, the command answers 0 or refuses with 65; it never dies of a signal.
    @Test func neverCrashesOnMutatedInput() throws {
        let original = Array(try Fixtures.data("spec-example.case.json"))
        var generator = SplitMix64(seed: 20240601)   // deterministic: a failing round can be replayed
        for round in 0..<60 {
            var bytes = original
            switch round % 3 {
            case 0:
                for _ in 0..<4 {
                    let i = Int(generator.next() % UInt64(bytes.count))
                    bytes[i] = UInt8(truncatingIfNeeded: generator.next())
                }
            case 1:
                bytes = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count))))
            default:
                let i = Int(generator.next() % UInt64(bytes.count))
                bytes.insert(contentsOf: bytes[i..<min(bytes.count, i + 40)], at: i)
            }
            let r = try NareisBinary.run(["assess", "-"], stdin: Data(bytes))
            #expect(r.exitedNormally, "round \(round) crashed")
            #expect(r.status == 0 || r.status == Self.badInput, "round \(round): status \(r.status)")
            if r.status != 0 { #expect(r.stdout.isEmpty) }
        }
    }
}
