import Foundation
import Testing
@testable import NareisCore

@Suite("Reading and writing case files")
struct CaseFileReaderTests {
    private let minimal = minimalCaseJSON

    private func problems(_ json: String) -> [String] { readingProblems(json) }

    private func replacing(_ old: String, _ new: String) -> String { NareisCoreTests.replacing(old, new, in: minimal) }

    @Test func readsTheMinimalCaseWithDefaultsLeftAbsent() throws {
        let file = try CaseFileReader.read(Data(minimal.utf8))
        #expect(file.sponsor.birthDate.description == "1990-05")
        #expect(file.sponsor.unaccompaniedAtApplication == nil)
        #expect(file.sponsor.isUnaccompaniedAtApplication == false)
        #expect(file.members[0].familyBeforeEntry == nil)
    }

    @Test(arguments: [
        ("\"birthDate\":\"1992\"", "\"birthDate\":\"1990-13-01\"",
         "members[0].birthDate: \"1990-13-01\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
        ("\"birthDate\":\"1992\"", "\"birthDate\":\"1990-00-15\"",
         "members[0].birthDate: \"1990-00-15\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
        ("\"name\":\"Amanuel\",", "",
         "sponsor.name: missing (expected text)"),
        ("\"relationship\":\"partner\"", "\"relationship\":\"cousin\"",
         "members[0].relationship: \"cousin\" is not one of partner, child, parent, sibling, other"),
        ("\"kind\":\"asylum\"", "\"kind\":true",
         "sponsor.permit.kind: true is not one of asylum, derived"),
        ("\"decisionDate\":\"2024-03-01\"", "\"decisionDate\":\"2024-02-30\"",
         "sponsor.permit.decisionDate: \"2024-02-30\" is not a date (expected YYYY-MM-DD)"),
        ("\"nationality\":\"ERI\",\n", "\"nationality\":\"Eritrea\",\n",
         "sponsor.nationality: \"Eritrea\" is not a country code (expected ISO 3166-1 alpha-3 in capitals, e.g. SYR; XXA stateless, XXX unknown)"),
        ("\"format\":\"nareis-case/1\"", "\"format\":\"nareis-case/2\"",
         "format: \"nareis-case/2\" is not supported (expected \"nareis-case/1\")"),
        ("\"relationship\":\"partner\"", "\"relationship\":\"partner\",\"child\":{\"kind\":\"foster\"}",
         "members[0].child: given for a member whose relationship is partner (expected only for child or sibling)"),
    ])
    func refusesBadFieldsNamingThePath(old: String, new: String, expected: String) {
        #expect(problems(replacing(old, new)).contains(expected))
    }

    @Test func reportsEveryProblemNotJustTheFirst() {
        let json = replacing("\"birthDate\":\"1992\",\"nationality\":\"ERI\"", "\"birthDate\":\"x\",\"nationality\":\"e\"")
        #expect(problems(json).count == 2)
    }

    @Test func refusesDuplicateMemberIds() {
        let json = replacing("}]}", "},{\"id\":\"m1\",\"name\":\"B\",\"relationship\":\"child\",\"birthDate\":\"2015\",\"nationality\":\"ERI\"}]}")
        #expect(problems(json) == ["members[1].id: \"m1\" is used by an earlier member (expected a unique id)"])
    }

    @Test(arguments: [Data([0xFF, 0xFE, 0x00]), Data("[".utf8), Data(String(repeating: "[", count: 100_000).utf8),
                      Data(), Data("null".utf8), Data("\"text\"".utf8), Data("{\"format\":".utf8)])
    func refusesBytesThatAreNotACaseFileWithoutTrapping(_ data: Data) {
        #expect(throws: CaseFileError.self) { try CaseFileReader.read(data) }
    }

    @Test func refusesHugeTextNamingTheLimit() {
        let json = replacing("\"name\":\"Saba\"", "\"name\":\"\(String(repeating: "ሳ", count: 10_000))\"")
        #expect(problems(json) == ["members[0].name: is 10000 characters long (expected at most 500)"])
    }

    @Test func normalizesTextToNFC() throws {
        let decomposed = "Jae\u{0308}l"  // e + combining diaeresis
        let file = try CaseFileReader.read(Data(replacing("\"name\":\"Saba\"", "\"name\":\"\(decomposed)\"").utf8))
        #expect(file.members[0].name.unicodeScalars.count == 4)
        #expect(file.members[0].name == "Jaël")
    }

    @Test func writingAndReadingGivesBackTheSameCase() throws {
        let full = """
        {"format":"nareis-case/1","id":"NR-2024-0001","asOf":"2024-06-01",
         "sponsor":{"name":"أمانويل","latinName":"Amanuel","vNumber":"1234567890","birthDate":"1990-00-00","nationality":"SYR",
           "asylumApplicationDate":"2023-09-01","unaccompaniedAtApplication":false,
           "permit":{"kind":"asylum","decisionDate":"2024-03-01","status":"subsidiary"},"subsequentApplication":true,
           "counsellor":"VWN Utrecht","phone":"+31 6","email":"a@b.nl","address":"Utrecht","housing":"reception"},
         "members":[{"id":"m2","name":"Yonas","relationship":"child",
           "child":{"kind":"foster","otherParent":"staying-consents","bioParentsDeceased":true,
                    "youngAdult":{"livedWithFamilyAtEntry":true,"ownIncome":false}},
           "birthDate":"2011-02-14","nationality":"ERI","residence":"ETH","familyBeforeEntry":false,
           "procedure":{"framework":"regular","lateExcuse":"ill","submitted":"2024-05-25","rectificationLetter":"2024-09-02",
             "rectificationDue":"2024-10-01","completed":"2024-09-20","decision":{"date":"2025-01-15","outcome":"positive"},
             "objectionFiled":"2025-01-20","mvvAppointment":"2025-02-10","mvvIssued":"2025-03-10",
             "passportValidUntil":"2026-01-01","travelBooked":"2025-03-20","plannedArrival":"2025-04-30",
             "arrival":"2025-05-01","registeredAtIND":"2025-05-03","representation":"Addis Ababa"}},
           {"id":"s","name":"Sister","relationship":"sibling","sibling":{"otherParent":"travelling"},
            "birthDate":"2009-07","nationality":"ERI"}]}
        """
        let file = try CaseFileReader.read(Data(full.utf8))
        #expect(file.sponsor.birthDate.description == "1990")
        let written = CaseFileWriter.text(file)
        let again = try CaseFileReader.read(Data(written.utf8))
        #expect(again == file)
        #expect(CaseFileWriter.text(again) == written)
    }

    @Test func readsArraysAndJSONLinesNamingTheFailingEntry() throws {
        let line = minimal.replacingOccurrences(of: "\n", with: "")
        #expect(try CaseFileReader.readMany(Data("[\(line),\(line)]".utf8)).count == 2)
        #expect(try CaseFileReader.readMany(Data("\(line)\n\n\(line)\n".utf8)).count == 2)
        let bad = line.replacingOccurrences(of: "\"1992\"", with: "\"1992-13\"")
        #expect(throws: CaseFileError.self) { try CaseFileReader.readMany(Data("\(line)\n\(bad)".utf8)) }
        do {
            _ = try CaseFileReader.readMany(Data("\(line)\n\(bad)".utf8))
        } catch let error as CaseFileError {
            #expect(error.description == "line 2: members[0].birthDate: \"1992-13\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
        }
        do {
            _ = try CaseFileReader.readMany(Data("[\(line),\(bad)]".utf8))
        } catch let error as CaseFileError {
            #expect(error.description == "[1].members[0].birthDate: \"1992-13\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
        }
    }

    /// Arrays are read element by element: names with brackets, commas and escaped
    /// quotes do not cut an element short, every refused element is named in order
    /// (from 300 elements, read on every core), and text that is not JSON is refused
    /// as a whole, with the reader's message.
    @Test func arraysAreReadElementByElement() throws {
        let line = minimal.replacingOccurrences(of: "\n", with: "")
        let tricky = line.replacingOccurrences(of: "\"Saba\"", with: #""Sa[ba], {\"x\"} \\""#)
        #expect(tricky != line)
        let read = try CaseFileReader.readMany(Data(" \u{FEFF}[ \(tricky) ,\n\(line) ] ".utf8).dropFirst())
        #expect(read.count == 2 && read[0].members[0].name == #"Sa[ba], {"x"} \"#)
        #expect(try CaseFileReader.readMany(Data("[]".utf8)).isEmpty)

        let bad = line.replacingOccurrences(of: "\"1992\"", with: "\"1992-13\"")
        let many = (0..<300).map { [7, 250].contains($0) ? bad : line }
        #expect {
            try CaseFileReader.readMany(Data("[\(many.joined(separator: ","))]".utf8))
        } throws: { error in
            "\(error)" == """
                [7].members[0].birthDate: "1992-13" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)
                [250].members[0].birthDate: "1992-13" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)
                """
        }
        for broken in ["[\(line),\(line)", "[\(line),]", "[\(line) \(line)]", "[\(line),tru]", "[\(line)]]"] {
            #expect {
                try CaseFileReader.readMany(Data(broken.utf8))
            } throws: { error in
                "\(error)".contains("not valid JSON")
            }
        }
    }

    /// Hostile arrays are refused before they are read: too many elements, or one
    /// element far larger than any case file. A broken element is named by its byte
    /// in the whole file.
    @Test func arrayLimitsAndPositions() throws {
        let many = "[" + Array(repeating: "1", count: CaseFileReader.Limits.casesPerFile + 1).joined(separator: ",") + "]"
        #expect {
            try CaseFileReader.arrayElements(Data(many.utf8))
        } throws: { "\($0)" == "input: more than 1000000 case files (expected at most 1000000 in one import)" }

        let huge = "[{\"format\": \"nareis-case/1\", \"note\": \"" + String(repeating: "a", count: 5 << 20) + "\"}]"
        let data = Data(huge.utf8)
        let elements = try #require(try CaseFileReader.arrayElements(data))
        let read = CaseFileReader.readElements(of: data, at: elements[...])
        #expect(read.problems.map(\.description) == ["[0]: is \(huge.utf8.count - 2) bytes long (expected a case file of at most 4194304 bytes)"])

        let line = minimal.replacingOccurrences(of: "\n", with: "")
        let broken = "[\(line),{\"a\" 1}]"
        let brokenData = Data(broken.utf8)
        let brokenRead = CaseFileReader.readElements(of: brokenData, at: try #require(try CaseFileReader.arrayElements(brokenData))[...])
        #expect(brokenRead.notJSON?.description == "not valid JSON (expected ':' after a key at byte \(line.utf8.count + 8))")
    }

    /// A broken element of a laid-out array (an export) is named by its byte in the
    /// file, once; a byte-order mark inside the array is not JSON.
    @Test func aBrokenElementOfAPrettyArrayIsNamedOnce() throws {
        let line = minimal.replacingOccurrences(of: "\n", with: "")
        let pretty = "[\n  \(line),\n  {\"format\" \"x\"}\n]\n"
        let brokenAt = pretty.utf8.count - "\"x\"}\n]\n".utf8.count + 1   // the byte where ':' was expected
        #expect {
            try CaseFileReader.readMany(Data(pretty.utf8))
        } throws: { error in
            "\(error)" == "input: not valid JSON (expected ':' after a key at byte \(brokenAt))"
        }
        #expect(throws: CaseFileError.self) { try CaseFileReader.readMany(Data("[\u{FEFF}\(line)]".utf8)) }
        #expect(try CaseFileReader.readMany(Data("\u{FEFF}[\(line)]".utf8)).count == 1, "at the start of the file it is")
    }

    @Test func messagesNeverCarryRawControlCharacters() {
        let json = replacing("\"relationship\":\"partner\"", "\"relationship\":\"\\u001b[31mred\\u202e\"")
        let message = problems(json).joined()
        #expect(!message.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(message.contains("\\u001b"))
    }
}
