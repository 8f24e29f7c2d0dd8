import Foundation
import Testing
@testable import NareisCore

/// PROC-INVESTIGATE-EVENTS and DOC-INTEGRAL, written from the rules before the code.
@Suite("Further investigation")
struct InvestigationTests {
    static let json = replacing(#""nationality":"ERI"}]"#, #""nationality":"ERI","procedure":{"submitted":"2026-06-01","#
        + #""investigation":{"letter":"2026-10-01","kind":"dna","channel":"unhcr-video","date":"2026-11-15"}}}]"#,
        in: minimalCaseJSON)

    @Test func theInvestigationIsReadWrittenAndRefusedByFieldWhenIncomplete() throws {
        let file = try CaseFileReader.read(Data(Self.json.utf8))
        #expect(file.members[0].procedure.investigation
                == Investigation(letter: d("2026-10-01"), kind: .dna, channel: .unhcrVideo, date: d("2026-11-15")))
        #expect(try CaseFileReader.read(Data(CaseFileWriter.text(file).utf8)) == file)
        let noKind = readingProblems(replacing(#""kind":"dna","#, "", in: Self.json))
        #expect(noKind.contains { $0.hasPrefix("members[0].procedure.investigation.kind:") })
        let badChannel = readingProblems(replacing("unhcr-video", "skype", in: Self.json))
        #expect(badChannel.contains { $0.hasPrefix("members[0].procedure.investigation.channel:") })
    }

    @Test func aLetterBeforeFilingOrAnAppointmentBeforeTheLetterIsRefused() throws {
        let filed = Procedure(submitted: d("2026-06-01"))
        #expect(throws: EventRefusal(path: "procedure.investigation.letter", .letterBeforeFiling(d("2026-06-01")))) {
            _ = try ProcedureEvent.record(Investigation(letter: d("2026-05-01"), kind: .dna, channel: .embassy), in: filed)
        }
        #expect(throws: EventRefusal(path: "procedure.investigation.date", .appointmentBeforeLetter(d("2026-07-01")))) {
            _ = try ProcedureEvent.record(Investigation(letter: d("2026-07-01"), kind: .dna, channel: .embassy,
                                                        date: d("2026-06-30")), in: filed)
        }
        #expect(throws: EventRefusal(path: "procedure.investigation.letter", .letterBeforeFiling(nil))) {
            _ = try ProcedureEvent.record(Investigation(letter: d("2026-07-01"), kind: .dna, channel: .embassy), in: Procedure())
        }
        let recorded = try? ProcedureEvent.record(Investigation(letter: d("2026-07-01"), kind: .interview, channel: .ind), in: filed)
        #expect(recorded?.investigation?.kind == .interview)
        #expect(try ProcedureEvent.record(nil, in: recorded!).investigation == nil)
    }

    /// Tasks prepare the family for the appointment; for a video interview the UNHCR
    /// office arranges the link and accompanies the family member.
    @Test func theInvestigationPlansItsPreparation() throws {
        let file = try CaseFileReader.read(Data(Self.json.utf8))
        let tasks = FollowUpPlanner.followUps(for: file, assessment: Assessor.assess(file, asOf: d("2026-10-02")))
        let prepare = tasks.filter { $0.template == .prepareInvestigation || $0.template == .unhcrVideoInterview }
        #expect(prepare.map(\.id) == ["prepare-investigation:m1", "unhcr-video-interview:m1"])
        #expect(prepare.allSatisfy { $0.due == d("2026-11-15") })
        var atEmbassy = file
        atEmbassy.members[0].procedure.investigation?.channel = .embassy
        #expect(!FollowUpPlanner.followUps(for: atEmbassy, assessment: Assessor.assess(atEmbassy, asOf: d("2026-10-02")))
                    .contains { $0.template == .unhcrVideoInterview })
        #expect(TaskText(.unhcrVideoInterview).text(.nl).contains("UNHCR-kantoor"))
    }

    /// DOC-INTEGRAL: filed with no relationship evidence at all: a warning that says so
    /// and that explanations for missing documents count.
    @Test func filingWithoutRelationshipEvidenceWarnsThatExplanationsCount() {
        let file = CaseFile(sponsor: sponsor(), members: [member(.child, born: "2015-01-01", procedure: filed("2024-04-01"))])
        let assessment = Assessor.assess(file, asOf: d("2024-06-01"))
        let warned = assessment.addingDocumentWarnings(file) { _, _ in .missing }.members[0].warnings
            .filter { $0.rule == "DOC-INTEGRAL" }
        #expect(warned.map(\.id) == ["relationship-evidence-missing"])
        #expect(warned[0].text(.en).contains("explanations for missing documents count"))
        #expect(warned[0].text(.nl).contains("uitleg over ontbrekende documenten telt mee"))
        #expect(assessment.addingDocumentWarnings(file) { _, _ in .originalInNL }.members[0].warnings
                    .allSatisfy { $0.rule != "DOC-INTEGRAL" })
    }
}
