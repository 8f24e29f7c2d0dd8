import Foundation
import NareisCasework
import NareisCore
import NareisStore
import Testing
@testable import NareisTUI

/// A Dutch workstation shows no English: every screen and overlay, drawn over a
/// real store with a case under the real rules (checklists, deadlines, warnings,
/// reasons and tasks), holds no English text of any catalogue whose Dutch differs.
@Suite("Dutch screens")
struct DutchScreenTests {
    static let asOf = Day(iso: "2025-03-01")!
    static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_740_823_200) }

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// One family with a member in each situation the screens word differently.
    static let family = CaseFile(
        id: "NR-2025-0100",
        sponsor: Sponsor(name: "Amanuel Tesfay", birthDate: PartialDate(parsing: "1988-04-02")!, nationality: "ERI",
                         asylumApplicationDate: day("2023-05-01"), unaccompaniedAtApplication: false,
                         permit: Permit(kind: .asylum, decisionDate: day("2024-12-10")), counsellor: "Utrecht"),
        members: [
            Member(id: "m1", name: "Saba Tesfay", relationship: .partner, partner: PartnerDetails(kind: .married),
                   birthDate: PartialDate(parsing: "1990")!, nationality: "ERI", familyBeforeEntry: true,
                   procedure: Procedure(submitted: day("2024-12-20"), decision: Decision(date: day("2025-02-01"), outcome: .positive),
                                        mvvIssued: day("2025-02-20"), passportValidUntil: day("2025-06-01"),
                                        representation: "Beirut")),
            Member(id: "m2", name: "Yonas Tesfay", relationship: .child,
                   child: ChildDetails(kind: .biological, otherParent: .stayingConsents),
                   birthDate: PartialDate(parsing: "2009-06")!, nationality: "ERI", familyBeforeEntry: true,
                   procedure: Procedure(submitted: day("2024-12-20"), rectificationLetter: day("2025-02-10"))),
            Member(id: "m3", name: "Hawa Tesfay", relationship: .sibling, sibling: SiblingDetails(otherParent: .sponsor),
                   birthDate: PartialDate(parsing: "2000")!, nationality: "ERI"),
            Member(id: "m4", name: "Selam Tesfay", relationship: .child,
                   child: ChildDetails(kind: .adopted, youngAdult: YoungAdultConditions(livedWithFamilyAtEntry: true)),
                   birthDate: PartialDate(parsing: "2004-01-20")!, nationality: "ERI", familyBeforeEntry: true,
                   procedure: Procedure(submitted: day("2024-05-01"))),
            Member(id: "m5", name: "Mebrat Tesfay", relationship: .parent, parent: ParentDetails(kind: .biological),
                   birthDate: PartialDate(parsing: "1960")!, nationality: "ERI", familyBeforeEntry: true,
                   procedure: Procedure(submitted: day("2024-12-20"), decision: Decision(date: day("2025-02-15"), outcome: .negative))),
        ])

    /// Every English text of the workstation's and the domain's catalogues whose
    /// Dutch differs, cut at its placeholders; parts shorter than five characters,
    /// or found in some Dutch text ("partner", "intake", "open"), cannot tell the
    /// languages apart and are left out.
    static func englishOnlyParts() -> Set<String> {
        var pairs: [(en: String, nl: String)] = []
        func catalogue<C: Catalogue>(_ type: C.Type) {
            let en = C.table(.en), nl = C.table(.nl)
            for key in C.allCases { pairs.append((en[key] ?? "", nl[key] ?? "")) }
        }
        func words<W: DomainWords>(_ type: W.Type) {
            let en = W.words(.en), nl = W.words(.nl)
            for key in W.allCases {
                for form in WordForm.allCases { pairs.append((en[key]?[form] ?? "", nl[key]?[form] ?? "")) }
            }
        }
        catalogue(UIText.self); catalogue(WorkText.self); catalogue(FieldText.self); catalogue(TaskText.self)
        words(Relationship.self); words(PartnerDetails.Kind.self); words(ChildDetails.Kind.self)
        words(ParentDetails.Kind.self); words(Eligibility.self); words(Framework.self); words(AgeBand.self)
        words(CaseStage.self); words(DocumentStatus.self); words(Deadline.State.self); words(DeadlineWord.self)
        words(ChecklistWord.self); words(WarningWord.self); words(RuleText.self); words(TermWord.self)
        words(Housing.self); words(Permit.Kind.self); words(Permit.Status.self); words(OtherParent.self)
        words(YesNoWord.self); words(Investigation.Kind.self); words(Investigation.Channel.self)
        catalogue(DateWords.self); catalogue(MonthText.self); catalogue(AmountWords.self)

        let dutch = pairs.map(\.nl).joined(separator: "\n")
        var parts: Set<String> = []
        for pair in pairs where pair.en != pair.nl {
            let pieces = pair.en.replacingOccurrences(of: #"\{[0-9]+\}"#, with: "\u{0}", options: .regularExpression)
                .split(separator: "\u{0}")
            for piece in pieces {
                // Screens clip long texts: the first 16 characters are enough to know it.
                let part = String(piece.trimmingCharacters(in: .whitespaces).prefix(16))
                guard part.count >= 5, part.contains(where: \.isLetter), !dutch.contains(part) else { continue }
                parts.insert(part)
            }
        }
        return parts
    }

    final class Recorder {
        let workstation: Workstation
        var screens: [(name: String, text: String)] = []
        init(_ workstation: Workstation) { self.workstation = workstation }

        func capture(_ name: String) {
            let screen = WorkstationView.render(workstation.state)
            screens.append((name, screen.lines.joined(separator: "\n")))
        }

        func press(_ actions: Action..., then name: String) {
            for action in actions { workstation.press(action) }
            capture(name)
        }

        /// The detail pane scrolled from top to bottom, a frame per step.
        func scrollDetail(_ name: String) {
            for step in 0..<40 {
                workstation.press(.moveDown)
                capture(name + " +\(step + 1)")
            }
        }
    }

    @Test func everyScreenAndOverlayIsDutchAt120x40() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nareis-dutch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try CaseStore(path: directory.appendingPathComponent("cases.sqlite").path, clock: Self.clock,
                                  user: "counsellor1")
        _ = try store.importCases([Self.family])
        let workstation = Workstation(casework: Casework(storage: store),
                                      size: Size(width: 120, height: 40), language: .nl, asOf: Self.asOf)
        let assessment = Assessor.assess(Self.family, asOf: Self.asOf)
        #expect(assessment.members.allSatisfy { !$0.checklist.isEmpty && !$0.reasons.isEmpty })
        #expect(assessment.members.flatMap(\.deadlines).count >= 8)
        #expect(Set(assessment.members.flatMap(\.warnings).map(\.id)).count >= 4)

        let run = Recorder(workstation)
        run.capture("case list and deadlines")
        run.press(.open, then: "family tree")
        for (index, member) in Self.family.members.enumerated() {
            while workstation.state.selectedMember?.id != member.id, workstation.state.focus == .tree {
                workstation.press(.moveDown)
                if index > 20 { break }
            }
            #expect(workstation.state.selectedMember?.id == member.id)
            run.capture("tree at \(member.id)")
            run.press(.documents, then: "documents of \(member.id)")
            run.press(.back, .recordEvent, then: "events of \(member.id)")
            run.press(.back, .open, then: "detail of \(member.id)")
            run.scrollDetail("detail of \(member.id)")
            workstation.press(.back)
            #expect(workstation.state.focus == .tree)
        }
        // The IOM overlay with a step ticked and a refused amount; the investigation
        // form with a refused day (the last member is selected).
        run.press(.iom, then: "IOM")
        run.press(.toggleIomStep, then: "IOM, a step done")
        for _ in TaskTemplate.iomSteps { workstation.press(.moveDown) }
        run.press(.open, then: "IOM amount")
        workstation.type("ongeveer 300")
        run.press(.editSave, then: "IOM amount refused")
        workstation.press(.editCancel)
        workstation.press(.back)
        #expect(workstation.state.modal == nil)
        workstation.press(.recordEvent)
        for _ in 0..<ProcedureEvent.allCases.firstIndex(of: .investigation)! { workstation.press(.moveDown) }
        run.press(.open, then: "investigation")
        workstation.type("31-2-2025")
        run.press(.editSave, then: "investigation refused")
        run.press(.nextField, .editRight, then: "investigation, kind picked")
        workstation.press(.editCancel)
        workstation.press(.back)
        #expect(workstation.state.modal == nil)
        run.press(.moveUp, .moveUp, .moveUp, .moveUp, .moveUp, .moveUp, .open, then: "detail of the sponsor")
        run.scrollDetail("detail of the sponsor")
        run.press(.back, .notes, then: "notes")
        run.press(.back, .tasks, then: "tasks")
        for step in 0..<30 { run.press(.moveDown, then: "tasks +\(step + 1)") }
        run.press(.back, .editCase, then: "intake: editing the case")
        for step in 0..<(Self.family.members.count + 1) { run.press(.nextStep, then: "intake step \(step + 2)") }
        run.press(.leaveIntake, .back, .nextPane, then: "deadlines pane")
        run.press(.help, then: "help")
        for step in 0..<6 { run.press(.pageDown, then: "help +\(step + 1)") }

        let overlays = run.screens.map(\.text).joined()
        #expect(overlays.contains("Bijlagen voor gezinsleden van 15 jaar of ouder"), "the documents are worded in Dutch")
        #expect(overlays.contains("Partner (gehuwd)"), "the reasons are worded in Dutch")
        #expect(overlays.contains("is geen bedrag in euro"), "a refused IOM amount is said in Dutch")
        #expect(overlays.contains("< gehoor >"), "the investigation's kind is picked in Dutch")

        let english = Self.englishOnlyParts()
        #expect(english.count > 300, "the check knows the English texts")
        var found: [String] = []
        for (name, text) in run.screens {
            for part in english where text.contains(part) {
                found.append("\(name): \"\(part)\"")
            }
        }
        let report = Set(found).sorted().joined(separator: "\n")
        #expect(found.isEmpty, "English on Dutch screens:\n\(report)")
    }
}
