import Testing
@testable import NareisCore

@Suite("Recording procedure events")
struct ProcedureEventTests {
    private let filed = Procedure(submitted: Day(iso: "2024-05-25"))

    @Test func recordsADayAndClearsItWithEmptyText() throws {
        let recorded = try ProcedureEvent.rectificationLetter.record("2024-09-02", in: filed)
        #expect(recorded.rectificationLetter == Day(iso: "2024-09-02"))
        #expect(try ProcedureEvent.rectificationLetter.record("", in: recorded).rectificationLetter == nil)
    }

    @Test func aDecisionCarriesItsOutcome() throws {
        let negative = try ProcedureEvent.decisionNegative.record("2025-01-15", in: filed)
        #expect(negative.decision == Decision(date: Day(iso: "2025-01-15")!, outcome: .negative))
        let positive = try ProcedureEvent.decisionPositive.record("2025-03-01", in: negative)
        #expect(positive.decision?.outcome == .positive)
    }

    @Test func refusesAnEventBeforeTheOneItFollows() {
        #expect(throws: EventRefusal(path: "procedure.completed", .before(.submitted, Day(iso: "2024-05-25")!))) {
            try ProcedureEvent.completed.record("2024-05-01", in: filed)
        }
        #expect(throws: EventRefusal.self) { try ProcedureEvent.objectionFiled.record("2024-01-01",
            in: Procedure(decision: Decision(date: Day(iso: "2025-01-15")!, outcome: .negative))) }
    }

    @Test func arrivalMayComeBeforeTheDecision() throws {
        // FW-IN-NL: a member who enters during the procedure is not thereby refused.
        #expect(try ProcedureEvent.arrival.record("2024-06-01", in: filed).arrival == Day(iso: "2024-06-01"))
    }

    @Test(arguments: ["2024-13-01", "tomorrow", "2024-02-30", "\u{1b}[2J"])
    func refusesWhatIsNotADay(_ text: String) {
        #expect(throws: EventRefusal(path: "procedure.submitted", .notADate(text))) {
            try ProcedureEvent.submitted.record(text, in: Procedure())
        }
    }
}
