import Foundation
import Testing
@testable import NareisCore

/// A field the format does not define is refused by its path, naming the closest
/// known field of its object when one is close: a misspelt event never vanishes.
@Suite("Unknown fields in case files")
struct UnknownFieldTests {
    /// The minimal case, its member filed on 2024-05-25.
    private let minimal = NareisCoreTests.replacing(#""nationality":"ERI"}]}"#,
                                                    #""nationality":"ERI","procedure":{"submitted":"2024-05-25"}}]}"#,
                                                    in: minimalCaseJSON)

    private func problems(_ json: String) -> [String] { readingProblems(json) }

    private func replacing(_ old: String, _ new: String) -> String { NareisCoreTests.replacing(old, new, in: minimal) }

    /// The problems of the minimal case with `key` added beside the member's `submitted`.
    private func problems(addingToTheProcedure key: String) -> [String] {
        problems(replacing(#""submitted":"2024-05-25""#, #""submitted":"2024-05-25","\#(key)":"2024-05-26""#))
    }

    @Test func theMinimalCaseHasNoUnknownField() {
        #expect(problems(minimal).isEmpty)
    }

    @Test func aMisspeltEventIsRefusedWithTheFieldItMeant() {
        let json = replacing(#""submitted":"2024-05-25""#, #""submited":"2024-05-25""#)
        #expect(problems(json) == ["members[0].procedure.submited: unknown field (did you mean submitted?)"])
    }

    @Test func theWholeRefusalReadsExactly() {
        let json = replacing(#""procedure":{"submitted":"2024-05-25"}"#,
                             #""procedure":{"submitted":"2024-05-25","mvvIssue":"2025-03-10"}"#)
        #expect {
            try CaseFileReader.read(Data(json.utf8))
        } throws: { error in
            "\(error)" == "members[0].procedure.mvvIssue: unknown field (did you mean mvvIssued?)"
        }
    }

    @Test(arguments: ["colour", "x", "notes", "nareisVersion", "_comment"])
    func aKeyLikeNoKnownFieldIsRefusedWithoutASuggestion(key: String) {
        let json = replacing(#""name":"Saba","#, #""name":"Saba","\#(key)":"blue","#)
        #expect(problems(json) == ["members[0].\(key): unknown field"])
    }

    @Test func aNullValueDoesNotMakeAnUnknownFieldKnown() {
        let json = replacing(#""submitted":"2024-05-25""#, #""submitted":"2024-05-25","arival":null"#)
        #expect(problems(json) == ["members[0].procedure.arival: unknown field (did you mean arrival?)"])
    }

    /// Every object of the format: the case, the sponsor, the permit, a member, its
    /// details (and the young adult's conditions), its procedure and the decision.
    @Test func unknownFieldsAtEveryDepthAreAllReportedInOneRefusal() {
        let json = """
        {"format":"nareis-case/1","asof":"2024-06-01",
         "sponsor":{"name":"A","birthDate":"1990","nationality":"ERI","asylumApplicationDate":"2023-09-01",
           "permit":{"kind":"asylum","decisionDate":"2024-03-01","statu":"refugee"},"councellor":"VWN"},
         "members":[
           {"id":"m1","name":"S","relationship":"partner","partner":{"kind":"married","since":"2010"},
            "birthDate":"1992","nationality":"ERI"},
           {"id":"m2","name":"Y","relationship":"child","birthDate":"2004","nationality":"ERI",
            "child":{"kind":"biological","youngAdult":{"ownIncome":false,"ownFamilly":false}},
            "procedure":{"submitted":"2024-05-25","decision":{"date":"2025-01-15","outcome":"positive","outcom":"x"}}},
           {"id":"m3","name":"P","relationship":"parent","parent":{"knd":"biological"},"birthDate":"1960","nationality":"ERI"},
           {"id":"m4","name":"B","relationship":"sibling","sibling":{"otherparent":"travelling"},"birthDate":"2008",
            "nationality":"ERI","Residence":"ETH"}]}
        """
        #expect(problems(json) == [
            "asof: unknown field (did you mean asOf?)",
            "sponsor.councellor: unknown field (did you mean counsellor?)",
            "sponsor.permit.statu: unknown field (did you mean status?)",
            "members[0].partner.since: unknown field",
            "members[1].child.youngAdult.ownFamilly: unknown field (did you mean ownFamily?)",
            "members[1].procedure.decision.outcom: unknown field (did you mean outcome?)",
            "members[2].parent.knd: unknown field (did you mean kind?)",
            "members[3].Residence: unknown field (did you mean residence?)",
            "members[3].sibling.otherparent: unknown field (did you mean otherParent?)",
        ])
    }

    @Test func unknownFieldsComeWithTheOtherProblems() {
        let json = replacing(#""birthDate":"1992""#, #""birthdate":"1992""#)
        #expect(problems(json) == [
            "members[0].birthDate: missing (expected a date (YYYY-MM-DD, YYYY-MM or YYYY))",
            "members[0].birthdate: unknown field (did you mean birthDate?)",
        ])
    }

    @Test func aKeyGivenTwiceIsReportedOnce() {
        let json = replacing(#""submitted":"2024-05-25""#, #""submitted":"2024-05-25","sumbitted":"1","sumbitted":"2""#)
        #expect(problems(json) == ["members[0].procedure.sumbitted: unknown field (did you mean submitted?)"])
    }

    @Test(arguments: [
        ("Submitted", "submitted"),
        ("SUBMITTED", "submitted"),
        ("registeredAtInd", "registeredAtIND"),
        ("PassportValidUntil", "passportValidUntil"),
    ])
    func aKeyDifferingOnlyInCaseSuggestsTheKnownSpelling(typed: String, known: String) {
        #expect(problems(addingToTheProcedure: typed) == ["members[0].procedure.\(typed): unknown field (did you mean \(known)?)"])
    }

    @Test(arguments: [
        ("mvvIssue", "mvvIssued"),                  // not mvvAppointment
        ("rectificationDeu", "rectificationDue"),    // a swap, not rectificationLetter
        ("rectificationLeter", "rectificationLetter"),
        ("planedArrival", "plannedArrival"),         // not arrival
        ("arivall", "arrival"),
        ("completd", "completed"),
        ("objectionFile", "objectionFiled"),
    ])
    func theSuggestionIsTheClosestKnownField(typed: String, known: String) {
        #expect(problems(addingToTheProcedure: typed) == ["members[0].procedure.\(typed): unknown field (did you mean \(known)?)"])
    }

    @Test func closenessIsDamerauLevenshteinIgnoringCaseWithinAThirdOfTheKey() {
        #expect(UnknownField.distance(Array("submited"), Array("submitted")) == 1)
        #expect(UnknownField.distance(Array("ab"), Array("ba")) == 1)
        #expect(UnknownField.distance(Array("kitten"), Array("sitting")) == 3)
        #expect(UnknownField.distance(Array(""), Array("abc")) == 3)
        #expect(UnknownField.closest(to: "nam", among: ["id", "name", "birthDate"]) == "name")
        #expect(UnknownField.closest(to: "ix", among: ["id", "name"]) == "id")
        #expect(UnknownField.closest(to: "xy", among: ["id", "name"]) == nil, "two edits in a two-letter key is not close")
        #expect(UnknownField.closest(to: "kindd", among: ["kind", "kin"]) == "kind")
        #expect(UnknownField.closest(to: "DATE", among: ["date", "outcome"]) == "date")
        #expect(UnknownField.closest(to: "ownIncom", among: ["ownFamily", "ownIncome"]) == "ownIncome")
        #expect(UnknownField.closest(to: "anything", among: []) == nil)
    }

    @Test func aStrangeKeyIsShownQuotedAndEscaped() {
        let json = replacing(#""name":"Saba","#, #""name":"Saba","a b\u001b[31m\u202e":1,"":2,"#)
        let found = problems(json)
        #expect(found == [#"members[0]."a b\u001b[31m\u202e": unknown field"#, #"members[0]."": unknown field"#])
        #expect(!found.joined().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }

    @Test func arraysAndJSONLinesNameTheEntry() throws {
        let line = minimal.replacingOccurrences(of: "\n", with: "")
        let bad = line.replacingOccurrences(of: #""submitted""#, with: #""submited""#)
        #expect {
            try CaseFileReader.readMany(Data("[\(line),\(bad)]".utf8))
        } throws: { "\($0)" == "[1].members[0].procedure.submited: unknown field (did you mean submitted?)" }
        #expect {
            try CaseFileReader.readMany(Data("\(line)\n\(bad)\n".utf8))
        } throws: { "\($0)" == "line 2: members[0].procedure.submited: unknown field (did you mean submitted?)" }
    }

    /// Every key the writer emits is one the reader knows: generated cases, each
    /// optional field present or absent at random, are written and read back whole,
    /// and between them they use every key of a case with every field filled in.
    @Test func generatedCasesRoundTripWithoutAProblem() throws {
        var rng = SplitMix64(seed: 11)
        var keysWritten: Set<String> = []
        for _ in 0..<300 {
            let file = GeneratedCase.make(&rng)
            let written = CaseFileWriter.text(file)
            let read = try CaseFileReader.read(Data(written.utf8))
            #expect(read == file)
            keysWritten.formUnion(GeneratedCase.keyPaths(CaseFileWriter.json(file)))
        }
        var full = SplitMix64(seed: 0)
        let everyKey = GeneratedCase.keyPaths(CaseFileWriter.json(GeneratedCase.make(&full, everyField: true)))
        #expect(everyKey.isSuperset(of: ["format", "sponsor.permit.status", "members[].child.youngAdult.beyondControl",
                                         "members[].procedure.decision.outcome", "members[].sibling.otherParent",
                                         "members[].procedure.representation", "sponsor.housing"]))
        #expect(everyKey.subtracting(keysWritten).isEmpty, "not generated: \(everyKey.subtracting(keysWritten).sorted())")
    }
}

/// Random but valid cases for round trips: every field the model holds, each
/// optional one present about half the time (or always, with `everyField`).
enum GeneratedCase {
    static func make(_ rng: inout SplitMix64, everyField: Bool = false) -> CaseFile {
        func maybe<T>(_ value: @autoclosure () -> T) -> T? {
            everyField || rng.int(in: 0...1) == 1 ? value() : nil
        }
        func pick<T: CaseIterable>(_ type: T.Type) -> T {
            let all = Array(T.allCases)
            return all[rng.int(in: 0...(all.count - 1))]
        }
        func day() -> Day { Day(iso: String(format: "20%02d-%02d-%02d", rng.int(in: 10...30), rng.int(in: 1...12), rng.int(in: 1...28)))! }
        func birth() -> PartialDate {
            let year = rng.int(in: 1940...2023)
            switch rng.int(in: 0...2) {
            case 0: return PartialDate(parsing: "\(year)")!
            case 1: return PartialDate(parsing: String(format: "%d-%02d", year, rng.int(in: 1...12)))!
            default: return PartialDate(parsing: String(format: "%d-%02d-%02d", year, rng.int(in: 1...12), rng.int(in: 1...28)))!
            }
        }
        func bool() -> Bool { rng.int(in: 0...1) == 1 }
        func text() -> String { ["Utrecht", "Addis Ababa", "أمانويل", "Jaël", "a \"quoted\" line"][rng.int(in: 0...4)] }

        let sponsor = Sponsor(
            name: text(), latinName: maybe(text()), vNumber: maybe("V\(rng.int(in: 1000...9999))"), birthDate: birth(),
            nationality: ["ERI", "SYR", "XXA"][rng.int(in: 0...2)], asylumApplicationDate: day(),
            unaccompaniedAtApplication: maybe(bool()),
            permit: Permit(kind: pick(Permit.Kind.self), decisionDate: day(), status: maybe(pick(Permit.Status.self))),
            subsequentApplication: maybe(bool()), counsellor: maybe(text()), phone: maybe("+31 6"),
            email: maybe("a@b.nl"), address: maybe(text()), housing: maybe(pick(Housing.self)))
        let relationships: [Relationship] = everyField ? Relationship.allCases : (0..<rng.int(in: 0...4)).map { _ in pick(Relationship.self) }
        let members = relationships.enumerated().map { index, relationship in
            var procedure = Procedure()
            procedure.framework = maybe(pick(Framework.self))
            procedure.lateExcuse = maybe(text())
            procedure.submitted = maybe(day())
            procedure.rectificationLetter = maybe(day())
            procedure.rectificationDue = maybe(day())
            procedure.completed = maybe(day())
            procedure.decision = maybe(Decision(date: day(), outcome: pick(Decision.Outcome.self)))
            procedure.objectionFiled = maybe(day())
            procedure.mvvAppointment = maybe(day())
            procedure.mvvIssued = maybe(day())
            procedure.passportValidUntil = maybe(day())
            procedure.travelBooked = maybe(day())
            procedure.plannedArrival = maybe(day())
            procedure.arrival = maybe(day())
            procedure.registeredAtIND = maybe(day())
            procedure.representation = maybe(text())
            return Member(
                id: "m\(index + 1)", name: text(), latinName: maybe(text()), vNumber: maybe("V\(rng.int(in: 1000...9999))"),
                relationship: relationship,
                partner: relationship == .partner ? maybe(PartnerDetails(kind: maybe(pick(PartnerDetails.Kind.self)))) : nil,
                child: relationship == .child ? maybe(ChildDetails(
                    kind: maybe(pick(ChildDetails.Kind.self)), otherParent: maybe(pick(OtherParent.self)),
                    bioParentsDeceased: maybe(bool()),
                    youngAdult: maybe(YoungAdultConditions(livedWithFamilyAtEntry: maybe(bool()), ownIncome: maybe(bool()),
                                                           ownFamily: maybe(bool()), beyondControl: maybe(bool()))))) : nil,
                parent: relationship == .parent ? maybe(ParentDetails(kind: maybe(pick(ParentDetails.Kind.self)))) : nil,
                sibling: relationship == .sibling ? maybe(SiblingDetails(otherParent: maybe(pick(OtherParent.self)))) : nil,
                birthDate: birth(), nationality: ["ERI", "SYR", "XXX"][rng.int(in: 0...2)],
                residence: maybe(["ETH", "LBN", "TUR"][rng.int(in: 0...2)]), familyBeforeEntry: maybe(bool()),
                procedure: procedure)
        }
        return CaseFile(id: maybe("NR-2024-\(rng.int(in: 1...9999))"), asOf: maybe(day()), sponsor: sponsor, members: members)
    }

    /// The paths of every key in a written case, member indices left out (`members[].procedure.submitted`).
    static func keyPaths(_ value: JSONValue, _ prefix: String = "") -> Set<String> {
        switch value {
        case .object(let pairs):
            return pairs.reduce(into: []) { paths, pair in
                let path = prefix.isEmpty ? pair.key : prefix + "." + pair.key
                paths.insert(path)
                paths.formUnion(keyPaths(pair.value, path))
            }
        case .array(let items):
            return items.reduce(into: []) { $0.formUnion(keyPaths($1, prefix + "[]")) }
        default:
            return []
        }
    }
}
