import Foundation
import Testing
@testable import NareisCore

/// The Algemene termijnenwet's days (ATW-HOLIDAYS, WORKDAYS, ATW-LAST-DAY), each
/// expectation read off a calendar, not off the code.
@Suite("Algemene termijnenwet")
struct AtwCalendarTests {
    let atw = AtwCalendar.standard

    @Test func easterAndTheDaysThatHangOnIt() {
        #expect(AtwCalendar.easterSunday(2024) == d("2024-03-31"))
        #expect(AtwCalendar.easterSunday(2025) == d("2025-04-20"))
        #expect(AtwCalendar.easterSunday(2026) == d("2026-04-05"))
        #expect(AtwCalendar.easterSunday(2027) == d("2027-03-28"))
        for holiday in ["2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25"] {   // Good Friday, Easter Monday, Ascension, Whit Monday
            #expect(atw.isHoliday(d(holiday)), "\(holiday)")
        }
        #expect(!atw.isHoliday(d("2026-04-07")))
    }

    @Test func fixedDaysKingsDayAndDecreeDays() {
        for holiday in ["2026-01-01", "2026-04-27", "2026-05-05", "2026-12-25", "2026-12-26",
                        "2025-04-26",                     // 27 April 2025 is a Sunday: King's Day moves back
                        "2026-01-02", "2026-05-15", "2024-12-27", "2027-05-07"] {   // decree days
            #expect(atw.isHoliday(d(holiday)), "\(holiday)")
        }
        #expect(!atw.isHoliday(d("2025-04-27")))
        #expect(!atw.isHoliday(d("2027-01-02")), "a decree day holds in its own year only")
        #expect(atw.decreeDays.allSatisfy { $0.source.hasPrefix("Besluit gelijkstelling") })
    }

    @Test func workingDaysSkipWeekendsAndHolidays() {
        #expect(d("2026-12-26").weekday == 5 && d("2026-12-27").weekday == 6 && d("2026-12-28").weekday == 0)
        // Thursday 24 December 2026: Christmas, Boxing Day (a Saturday), Sunday; then Monday 28, Tuesday 29.
        #expect(atw.workingDays(2, after: d("2026-12-24")) == d("2026-12-29"))
        #expect(atw.workingDays(2, after: d("2026-12-01")) == d("2026-12-03"))
    }

    @Test func aTermEndingOnAWeekendOrHolidayRunsOnToTheNextWorkingDay() {
        #expect(atw.lastLegalDay(forDue: d("2026-12-26")) == d("2026-12-28"))   // Saturday
        #expect(atw.lastLegalDay(forDue: d("2026-04-03")) == d("2026-04-07"))   // Good Friday, weekend, Easter Monday
        #expect(atw.lastLegalDay(forDue: d("2026-12-02")) == nil)               // a Wednesday: no change
    }

    /// PROC-OBJECTION-4W with ATW-LAST-DAY: a refusal on Friday 6 March 2026 leaves four
    /// weeks to Good Friday, 3 April; the term runs to Tuesday 7 April.
    @Test func theObjectionTermRunsToItsLastLegalDay() {
        let refused = Procedure(submitted: d("2025-10-01"), decision: Decision(date: d("2026-03-06"), outcome: .negative))
        let onMonday = assess(member(.partner, born: "1990-01-01", procedure: refused), asOf: "2026-04-06").deadline("objection")
        #expect(onMonday?.due == d("2026-04-03"))
        #expect(onMonday?.lastLegalDay == d("2026-04-07"))
        #expect(onMonday?.state == .open)
        #expect(assess(member(.partner, born: "1990-01-01", procedure: refused), asOf: "2026-04-08").deadline("objection")?.state
                == .overdue)
    }

    /// PROC-DECISION-EXTEND: the day the IND's message names is the new due day, and the
    /// decision-overdue warning waits for its last legal day.
    @Test func anExtensionMovesTheDecisionDeadlineAndTheWarningWaitsForTheLastLegalDay() {
        var procedure = filed("2026-01-05")
        procedure.decisionExtendedTo = d("2026-12-26")
        func assessed(_ asOf: String) -> MemberAssessment {
            assess(member(.partner, born: "1990-01-01", procedure: procedure), asOf: asOf)
        }
        let decision = assessed("2026-12-28").deadline("decision")
        #expect(decision?.due == d("2026-12-26"))
        #expect(decision?.rule == "PROC-DECISION-EXTEND")
        #expect(decision?.lastLegalDay == d("2026-12-28"))
        #expect(decision?.state == .open)
        #expect(!assessed("2026-12-28").warnings.contains { $0.id == "decision-overdue" })
        #expect(assessed("2026-12-29").warnings.contains { $0.id == "decision-overdue" })
    }

    @Test func theExtensionDayIsReadWrittenAndRefusedWhenMalformed() throws {
        let json = replacing(#""nationality":"ERI"}]"#,
                             #""nationality":"ERI","procedure":{"submitted":"2026-01-05","decisionExtendedTo":"2026-12-26"}}]"#,
                             in: minimalCaseJSON)
        let file = try CaseFileReader.read(Data(json.utf8))
        #expect(file.members[0].procedure.decisionExtendedTo == d("2026-12-26"))
        #expect(try CaseFileReader.read(Data(CaseFileWriter.text(file).utf8)) == file)
        #expect(readingProblems(replacing("2026-12-26", "end of year", in: json)).first?
                    .hasPrefix("members[0].procedure.decisionExtendedTo:") == true)
        #expect(throws: EventRefusal.self) {
            _ = try ProcedureEvent.decisionExtendedTo.record("2025-12-01", in: filed("2026-01-05"))
        }
    }
}
