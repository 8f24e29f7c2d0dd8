import Testing
@testable import NareisCore

@Suite("Intake drafts")
struct IntakeDraftTests {
    private var sponsor: [String: String] {
        ["name": "Amanuel Tesfay", "birthDate": "1990-05", "nationality": "eri",
         "asylumApplicationDate": "2023-09-01", "permit.kind": "asylum", "permit.decisionDate": "2024-03-01",
         "unaccompaniedAtApplication": "no"]
    }

    @Test func aCompleteDraftBecomesTheCaseWithMemberIdsAssigned() throws {
        let draft = IntakeDraft(sponsor: sponsor, members: [
            ["relationship": "partner", "name": "Saba", "birthDate": "1992", "nationality": "ERI", "partner.kind": "married"],
            ["relationship": "child", "name": "Yonas", "birthDate": "2011-02-14", "nationality": "ERI",
             "child.kind": "biological", "child.otherParent": "travelling"],
        ])
        #expect(draft.validate().isEmpty)
        let file = try draft.caseFile()
        #expect(file.sponsor.nationality == "ERI", "country codes are taken in capitals")
        #expect(file.sponsor.unaccompaniedAtApplication == false)
        #expect(file.members.map(\.id) == ["m1", "m2"])
        #expect(file.members[1].child?.otherParent == .travelling)
    }

    @Test func eachProblemIsReportedAtItsField() {
        var answers = sponsor
        answers["birthDate"] = "1990-13"
        answers["permit.decisionDate"] = nil
        let draft = IntakeDraft(sponsor: answers, members: [["relationship": "child", "name": "Y", "birthDate": "soon",
                                                             "nationality": "ERI", "child.bioParentsDeceased": "maybe"]])
        let problems = draft.validate()
        #expect(problems[.sponsor("birthDate")] == "\"1990-13\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
        #expect(problems[.sponsor("permit.decisionDate")] == "missing (expected a date (YYYY-MM-DD))")
        #expect(problems[.member(0, "birthDate")] != nil)
        #expect(problems[.member(0, "child.bioParentsDeceased")] == "\"maybe\" is not a boolean (expected true or false)")
    }

    @Test func detailsOfAnotherRelationshipAreDroppedNotRefused() throws {
        let draft = IntakeDraft(sponsor: sponsor, members: [
            ["relationship": "partner", "name": "Saba", "birthDate": "1992", "nationality": "ERI", "child.kind": "foster"],
        ])
        #expect(try draft.caseFile().members[0].child == nil)
    }

    @Test func aHalfDoneDraftSurvivesSavingAndResuming() {
        let draft = IntakeDraft(sponsor: ["name": "Amanuel", "birthDate": "19"], members: [["name": "Saba"]])
        let resumed = IntakeDraft(json: draft.json)
        #expect(resumed.sponsor["name"] == "Amanuel")
        #expect(resumed.sponsor["birthDate"] == "19")
        #expect(resumed.members.first?["name"] == "Saba")
    }

    @Test func editingACaseKeepsItsProcedureEvents() throws {
        let member = Member(id: "m7", name: "Saba", relationship: .partner, birthDate: PartialDate(parsing: "1992")!,
                            nationality: "ERI", procedure: Procedure(submitted: Day(iso: "2024-05-25")))
        let file = CaseFile(id: "NR-2024-00001", sponsor: try IntakeDraft(sponsor: sponsor).caseFile().sponsor, members: [member])
        var draft = IntakeDraft(editing: file)
        draft.members[0]["name"] = "Saba T."
        let edited = try draft.caseFile()
        #expect(edited.id == "NR-2024-00001")
        #expect(edited.members[0].id == "m7")
        #expect(edited.members[0].name == "Saba T.")
        #expect(edited.members[0].procedure.submitted == Day(iso: "2024-05-25"))
    }

    /// Every field the intake asks, answered with a valid value, reads as a valid case:
    /// no question the reader would refuse or ignore.
    @Test(arguments: Relationship.allCases)
    func everyQuestionMapsToACaseFileField(relationship: Relationship) throws {
        func sample(_ field: IntakeField) -> String {
            switch field.kind {
            case .text: return "Text"
            case .identifier: return "V123"
            case .fullDate: return "2024-01-01"
            case .birthDate: return "2000-02"
            case .country: return "SYR"
            case .yesNo: return "yes"
            case .choice(let options): return options[0]
            }
        }
        var member = Dictionary(uniqueKeysWithValues: IntakeField.memberFields(for: relationship).map { ($0.key, sample($0)) })
        member["relationship"] = relationship.rawValue
        let sponsorAnswers = Dictionary(uniqueKeysWithValues: IntakeField.sponsorFields.map { ($0.key, sample($0)) })
        let draft = IntakeDraft(sponsor: sponsorAnswers, members: [member])
        #expect(draft.validate().isEmpty)
        let file = try draft.caseFile()
        #expect(file.members[0].relationship == relationship)
        #expect(file.sponsor.housing != nil && file.sponsor.permit.status != nil)
    }
}
