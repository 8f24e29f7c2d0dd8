import Foundation
import NareisCore
import NareisStore
import Testing
@testable import NareisTUI

/// The intake form by keys: messages at the field as typed, a draft kept and
/// resumed, a case saved with its members, and a stored case edited.
@Suite("Intake by keys")
struct IntakeFlowTests {
    static func form(_ workstation: Workstation) -> IntakeForm? {
        if case .intake(let form)? = workstation.state.modal { return form }
        return nil
    }

    /// Types each answer into the field under the cursor and moves on (Tab); nil skips a field.
    static func fill(_ answers: [String?], _ workstation: Workstation) {
        for answer in answers {
            if let answer { workstation.type(answer) }
            workstation.press(.nextField)
        }
    }

    static let sponsor: [String?] = ["Amina Yusuf", nil, "V1234567", "1990-05", "som", "2024-01-10", "no", "asylum", "refugee",
                                     "2024-05-20", nil, "VWN Utrecht"]

    /// A choice is picked with Right, Left or Space, or by typing the start of its word
    /// in either language; the draft keeps the value the case file stores.
    @Test func choicesArePickedNotTyped() throws {
        let (workstation, _, directory) = try WorkFlowTests.workstation(cases: [])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        workstation.press(.newIntake)
        workstation.press(.addMember)
        workstation.press(.editRight)                          // partner
        workstation.type(" ")                                  // child
        workstation.press(.editRight)                          // parent
        workstation.press(.editLeft)                           // child
        var form = try #require(Self.form(workstation))
        #expect(form.draft.members[0]["relationship"] == "child")
        #expect(workstation.render().lines.joined(separator: "\n").contains("< child >"))
        workstation.press(.editClear)
        workstation.type("part")                               // narrowed by typing
        form = try #require(Self.form(workstation))
        #expect(form.draft.members[0]["relationship"] == "partner")
        let kind = try #require(form.fields.firstIndex { $0.key == "partner.kind" })
        workstation.press(.nextField, times: kind)
        workstation.type("ongeh")                              // Dutch, in an English session
        form = try #require(Self.form(workstation))
        #expect(form.draft.members[0]["partner.kind"] == "unregistered")
    }

    /// Shift-Tab on the first field wraps to the last; Tab on the last goes on.
    @Test func theFieldsWrapAtTheStartOfTheForm() throws {
        let (workstation, _, directory) = try WorkFlowTests.workstation(cases: [])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        workstation.press(.newIntake)
        workstation.press(.previousField)
        var form = try #require(Self.form(workstation))
        #expect(form.step == .sponsor && form.field?.key == IntakeField.sponsorFields.last?.key)
        workstation.press(.nextField)                          // on from the last field: the review (no members yet)
        form = try #require(Self.form(workstation))
        #expect(form.step == .review)
    }

    @Test func aNewCaseFromDraftToSavedCase() throws {
        let (workstation, store, directory) = try WorkFlowTests.workstation(cases: [])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        workstation.press(.newIntake)
        var form = try #require(Self.form(workstation))
        #expect(form.step == .sponsor)

        // A message at the field as typed, gone once the answer is right.
        Self.fill(Array(Self.sponsor.prefix(3)), workstation)
        workstation.type("1990-13")
        form = try #require(Self.form(workstation))
        let birth = try #require(form.field)
        #expect(birth.key == "birthDate")
        #expect(form.problem(at: birth) != nil)
        workstation.press(.editBackspace, times: 2)
        workstation.type("05")
        form = try #require(Self.form(workstation))
        #expect(form.problem(at: birth) == nil)
        workstation.press(.nextField)
        Self.fill(Array(Self.sponsor.dropFirst(4)), workstation)

        // Half done: Esc keeps a draft; I resumes it.
        workstation.press(.leaveIntake)
        #expect(workstation.state.modal == nil)
        #expect(try store.drafts().count == 1)
        workstation.press(.newIntake)
        guard case .drafts(let chooser)? = workstation.state.modal else { Issue.record("no draft list"); return }
        #expect(chooser.drafts.count == 1)
        workstation.press(.moveDown)
        workstation.press(.open)
        form = try #require(Self.form(workstation))
        #expect(form.draft.sponsor["name"] == "Amina Yusuf")
        #expect(form.draft.sponsor["permit.decisionDate"] == "2024-05-20")

        // Members: each with the fields of its relationship.
        workstation.press(.addMember)
        // Relationship, name, birth date, kind, residence, family before entry; the
        // nationality is the sponsor's, filled in.
        Self.fill(["partner", "Hodan Ali", "1992", "married", "ETH", "yes"], workstation)
        form = try #require(Self.form(workstation))
        #expect(form.draft.members[0]["partner.kind"] == "married")   // asked of a partner only
        workstation.press(.addMember)
        // A child of 11: no young-adult questions; Tab on the last field goes on to the review.
        // The residence is the partner's, filled in; nationality, Latin name and V-number left as shown.
        Self.fill(["child", "Farah Yusuf", "2015-03-02", "biological", "travelling", nil, nil, nil, nil, nil], workstation)
        form = try #require(Self.form(workstation))
        #expect(form.step == .review)
        #expect(form.problems.isEmpty, "\(form.problems)")
        let review = workstation.render().lines.joined(separator: "\n")
        #expect(review.contains(WorkText.reviewReady.text(.en)))
        #expect(review.contains("2024-08-20"))                  // the 3-month term from the permit decision
        workstation.press(.saveIntake)                         // saves

        #expect(workstation.state.modal == nil)
        #expect(try store.drafts().isEmpty)
        #expect(try store.count() == 1)
        let id = try #require(workstation.state.openCase?.file.id)
        let saved = try #require(try store.loadCase(id: id))
        #expect(saved.sponsor.nationality == "SOM")
        #expect(saved.members.map(\.name) == ["Hodan Ali", "Farah Yusuf"])
        #expect(saved.members[1].child?.otherParent == .travelling)
        #expect(saved.members.map(\.nationality) == ["SOM", "SOM"], "the sponsor's nationality, filled in")
        #expect(saved.members[1].residence == "ETH", "the partner's residence, filled in")
        #expect(workstation.state.notice == WorkText.caseSaved.text(.en, id))
    }

    /// A family taken in again under other spellings: the review names the stored case
    /// and who matches; Ctrl-O keeps the intake as a draft and opens that case.
    @Test func theReviewSaysTheFamilyIsAlreadyHereAndOpensItsCase() throws {
        let (workstation, store, directory) = try WorkFlowTests.workstation(cases: [])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let partner: [String?] = ["partner", "Hodan Ali", "1992", "married", "ETH", "yes"]
        workstation.press(.newIntake)
        Self.fill(Self.sponsor, workstation)
        workstation.press(.addMember)
        Self.fill(partner, workstation)
        workstation.press(.saveIntake)                         // to the review
        #expect(try #require(Self.form(workstation)).possibleDuplicates.isEmpty, "the first intake finds nothing")
        #expect(!workstation.render().lines.joined().contains("This family may already be here"))
        workstation.press(.saveIntake)                         // and save
        let known = try #require(workstation.state.openCase?.file.id)

        workstation.press(.newIntake)
        // The counsellor is filled in from the newest case: left as shown.
        Self.fill(["Aminah Yousuf"] + Self.sponsor.dropFirst().prefix(2) + ["1991"] + Self.sponsor.dropFirst(4).dropLast() + [nil],
                  workstation)
        #expect(Self.form(workstation)?.draft.sponsor["counsellor"] == "VWN Utrecht")
        workstation.press(.addMember)
        Self.fill(partner, workstation)
        workstation.press(.saveIntake)                         // to the review
        let form = try #require(Self.form(workstation))
        #expect(form.step == .review)
        #expect(form.possibleDuplicates.map(\.caseId) == [known])
        let review = workstation.render().lines.joined(separator: "\n")
        // The message names the keys (wrapped over lines at this width).
        let flat = review.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
            .joined(separator: " ")
        #expect(flat.contains(WorkText.reviewKnown.text(.en, 1, ActionTable.keyNames(ActionTable.spec(.openKnownCase)),
                                                        ActionTable.keyNames(ActionTable.spec(.saveIntake)))), "\(flat)")
        #expect(review.contains("Aminah Yousuf ~ Amina Yusuf"))

        workstation.press(.openKnownCase)
        #expect(workstation.state.modal == nil)
        #expect(workstation.state.openCase?.file.id == known)
        #expect(try store.drafts().count == 1, "the new intake is kept as a draft")
        #expect(try store.count() == 1, "nothing saved")
    }

    /// With two stored cases the family may be in, Down marks the second and Ctrl-O opens it.
    @Test func theCounsellorChoosesWhichKnownCaseToOpen() throws {
        let (workstation, _, directory) = try WorkFlowTests.workstation(cases: [])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let partner: [String?] = ["partner", "Hodan Ali", "1992", "married", "ETH", "yes"]
        var saved: [String] = []
        for round in 0..<3 {
            workstation.press(.newIntake)
            Self.fill(Self.sponsor.dropLast() + (round == 0 ? ["VWN Utrecht"] : [nil]), workstation)
            workstation.press(.addMember)
            Self.fill(partner, workstation)
            workstation.press(.saveIntake)                     // to the review
            let form = try #require(Self.form(workstation))
            #expect(form.possibleDuplicates.map(\.caseId) == saved)
            guard round < 2 else { break }
            workstation.press(.saveIntake)                     // a new case anyway
            saved.append(try #require(workstation.state.openCase?.file.id))
        }
        #expect(workstation.render().lines.joined().contains("\u{203A} " + saved[0]))
        workstation.press(.nextField)
        #expect(workstation.render().lines.joined().contains("\u{203A} " + saved[1]))
        workstation.press(.openKnownCase)
        #expect(workstation.state.openCase?.file.id == saved[1])
    }

    /// A wrong answer is refused in place in the interface language, with the form
    /// the field takes, in the field and in the review.
    @Test func aWrongAnswerIsRefusedInDutch() throws {
        let (workstation, _, directory) = try WorkFlowTests.workstation(cases: [], language: .nl)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        workstation.press(.newIntake)
        Self.fill(["Amina Yusuf", nil, "V 12", "31-2-1990", "Atlantis", "gisteren", "misschien", "raket"], workstation)
        let form = try #require(Self.form(workstation))
        let birth = try #require(IntakeField.sponsorFields.first { $0.key == "birthDate" })
        #expect(form.problem(at: birth) == "\u{201C}31-2-1990\u{201D} is geen datum (verwacht DD-MM-JJJJ, MM-JJJJ of JJJJ).")
        let field = workstation.render().lines.joined(separator: "\n")
        #expect(field.contains("JJJJ)."), "the message wraps, its end shown")
        #expect(field.contains("\u{201C}Atlantis\u{201D} is geen land"))
        #expect(field.contains("\u{201C}raket\u{201D} is geen van de keuzes"))
        workstation.press(.saveIntake)                         // to the review
        let review = workstation.render().lines.joined(separator: "\n")
        #expect(review.contains("\u{201C}gisteren\u{201D} is geen datum"))
        #expect(review.contains("\u{201C}misschien\u{201D} is geen van de keuzes"))
        #expect(review.contains("geen nummer zoals de IND het schrijft"))
        #expect(review.contains("Verplicht: vul dit in."), "the permit's decision date")
        for english in ["expected", "is not", "missing"] { #expect(!(field + review).contains(english), "\(english)") }
    }

    @Test func savingIsRefusedWhileAFieldIsWrong() throws {
        let (workstation, store, directory) = try WorkFlowTests.workstation(cases: [])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        workstation.press(.newIntake)
        Self.fill(["Amina Yusuf"], workstation)
        workstation.press(.saveIntake, times: 2)
        let form = try #require(Self.form(workstation))
        #expect(form.step == .review)
        #expect(form.problems[.sponsor("birthDate")] != nil)
        #expect(form.message == WorkText.fixFirst.text(.en))
        #expect(try store.count() == 0)
    }

    @Test func editingAStoredCaseKeepsItsEvents() throws {
        let (workstation, store, directory) = try WorkFlowTests.workstation()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        while workstation.state.cases.selectedRow?.id != "NR-2024-0001" { workstation.press(.moveDown) }
        workstation.press(.open)
        workstation.press(.moveDown)                           // the partner, submitted 2024-05-25
        workstation.press(.editCase)
        var form = try #require(Self.form(workstation))
        #expect(form.step == .member(0))
        #expect(form.field?.key == "relationship")
        let nationality = try #require(form.fields.first { $0.key == "nationality" })
        #expect(form.answer(nationality) == "ERI" && form.shown(nationality) == "Eritrea", "a stored code shows as its name")
        #expect(workstation.render().lines.joined().contains("Eritrea"))
        while Self.form(workstation)?.field?.key != "latinName" { workstation.press(.nextField) }
        workstation.press(.editClear)
        workstation.type("Saba T. Tesfay")
        form = try #require(Self.form(workstation))
        #expect(form.problems.isEmpty)
        workstation.press(.saveIntake, times: 2)
        let saved = try #require(try store.loadCase(id: "NR-2024-0001"))
        #expect(saved.members[0].latinName == "Saba T. Tesfay")
        #expect(saved.members[0].procedure.submitted == Fixtures.day("2024-05-25"))
        #expect(try store.count() == 3)
    }
}
