import Testing
@testable import NareisCore

@Suite("Deadlines after filing")
struct DeadlineTests {
    func procedure(_ edit: (inout Procedure) -> Void) -> Procedure {
        var p = filed("2024-05-01")
        edit(&p)
        return p
    }

    @Test func decisionIn9MonthsWithoutRectification() {
        let a = assess(member(.partner, procedure: filed("2024-05-31")), asOf: "2025-03-01")
        #expect(a.deadline("decision")?.due == d("2025-02-28"))
        #expect(a.deadline("decision")?.state == .overdue)
    }

    struct Suspension: Sendable, CustomStringConvertible {
        let letter: String
        let printedDue: String?
        let completed: String?
        let asOf: String
        let rectifyDue: String
        let decisionDue: String
        var description: String { "letter \(letter) completed \(completed ?? "-")" }
    }

    // Filed 2024-05-01: 9 months end 2025-02-01.
    @Test(arguments: [
        // Completed after 18 days: suspended 18 days.
        Suspension(letter: "2024-09-02", printedDue: nil, completed: "2024-09-20", asOf: "2024-10-01",
                   rectifyDue: "2024-09-30", decisionDue: "2025-02-19"),
        // Not completed yet, term still running: the whole 4 weeks count.
        Suspension(letter: "2024-09-02", printedDue: nil, completed: nil, asOf: "2024-09-10",
                   rectifyDue: "2024-09-30", decisionDue: "2025-03-01"),
        // Completed after the completion term: suspended only until it ended.
        Suspension(letter: "2024-09-02", printedDue: nil, completed: "2024-10-20", asOf: "2024-11-01",
                   rectifyDue: "2024-09-30", decisionDue: "2025-03-01"),
        // A date printed on the letter replaces the 4 weeks.
        Suspension(letter: "2024-09-02", printedDue: "2024-10-14", completed: nil, asOf: "2024-09-10",
                   rectifyDue: "2024-10-14", decisionDue: "2025-03-15"),
    ])
    func rectificationSuspendsTheDecisionPeriod(row: Suspension) {
        let p = procedure {
            $0.rectificationLetter = d(row.letter)
            $0.rectificationDue = row.printedDue.map(d)
            $0.completed = row.completed.map(d)
        }
        let a = assess(member(.partner, procedure: p), asOf: row.asOf)
        #expect(a.deadline("rectification")?.due == d(row.rectifyDue))
        #expect(a.deadline("decision")?.due == d(row.decisionDue))
    }

    @Test func anOverdueDecisionPointsToTheNoticeOfDefault() {
        let m = member(.partner, procedure: filed("2024-05-31"))
        #expect(!assess(m, asOf: "2025-02-28").warnings.contains { $0.id == "decision-overdue" })
        let warning = assess(m, asOf: "2025-03-01").warnings.first { $0.id == "decision-overdue" }
        #expect(warning?.rule == "PROC-DEFAULT")
        #expect(warning?.text.contains("€ 23 a day for 14 days, then € 35 a day for 14 days, then € 45 a day after that") == true)
        var decided = filed("2024-05-31")
        decided.decision = Decision(date: d("2025-03-05"), outcome: .positive)
        #expect(!assess(member(.partner, procedure: decided), asOf: "2025-03-10").warnings.contains {
            $0.id == "decision-overdue" })
    }

    @Test func objectionWithin4WeeksOfANegativeDecision() {
        let p = procedure { $0.decision = Decision(date: d("2024-12-20"), outcome: .negative) }
        let a = assess(member(.partner, procedure: p), asOf: "2025-01-20")
        #expect(a.deadline("objection")?.due == d("2025-01-17"))
        #expect(a.deadline("objection")?.state == .overdue)
        #expect(a.deadline("mvv-appointment") == nil)
        let filedObjection = procedure {
            $0.decision = Decision(date: d("2024-12-20"), outcome: .negative)
            $0.objectionFiled = d("2025-01-10")
        }
        #expect(assess(member(.partner, procedure: filedObjection), asOf: "2025-01-20").deadline("objection")?.state == .met)
    }

    @Test func mvvAppointmentIsJudgedOnTheNominalDueNotTheExtension() {
        let p = procedure {
            $0.decision = Decision(date: d("2024-11-30"), outcome: .positive)
            $0.mvvAppointment = d("2025-03-15")
        }
        let deadline = assess(member(.partner, procedure: p), asOf: "2025-04-01").deadline("mvv-appointment")
        #expect(deadline?.due == d("2025-02-28"))
        #expect(deadline?.extendedDue == d("2025-05-30"))
        #expect(deadline?.state == .late)
    }

    @Test func travelAndRegistration() {
        let p = procedure {
            $0.decision = Decision(date: d("2024-11-01"), outcome: .positive)
            $0.mvvIssued = d("2025-01-10")
            $0.arrival = d("2025-04-10")
        }
        let a = assess(member(.partner, procedure: p), asOf: "2025-04-14")
        #expect(a.deadline("travel")?.due == d("2025-04-10"))
        #expect(a.deadline("travel")?.state == .met)
        #expect(a.deadline("ind-registration")?.due == d("2025-04-13"))
        #expect(a.deadline("ind-registration")?.state == .overdue)
    }

    @Test func deadlinesAppearOnlyOnceTheirEventIsKnown() {
        let a = assess(member(.partner))
        #expect(a.deadlines.map(\.id) == ["application-term"])
    }
}
