import Testing
import PropertyBased
@testable import NareisCore

@Suite("Calendar days and terms")
struct DayTests {
    @Test(arguments: [
        ("2024-01-31", 1, "2024-02-29"),  // leap year month end
        ("2023-01-31", 1, "2023-02-28"),  // common year month end
        ("2024-03-01", 3, "2024-06-01"),  // the spec's example term
        ("2024-11-30", 3, "2025-02-28"),  // across a year end
        ("2024-08-31", 6, "2025-02-28"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2023-12-15", -1, "2023-11-15"),
    ])
    func monthsEndOnTheSameDayNumberOrTheMonthEnd(start: String, months: Int, expected: String) {
        #expect(Day(iso: start)!.adding(months: months).iso == expected)
    }

    @Test func daysAndWeeksAreCalendarDays() {
        #expect(Day(iso: "2024-09-02")!.adding(days: 28).iso == "2024-09-30")
        #expect(Day(iso: "2024-12-20")!.adding(days: 14).iso == "2025-01-03")
        #expect(Day(iso: "2024-02-28")!.adding(days: 1).iso == "2024-02-29")
        #expect(Day(iso: "2023-02-28")!.adding(days: 1).iso == "2023-03-01")
    }

    @Test func bornOn29FebruaryTurnsOlderOn1MarchInCommonYears() {
        let born = Day(iso: "2008-02-29")!
        #expect(born.age(on: Day(iso: "2026-02-28")!) == 17)
        #expect(born.age(on: Day(iso: "2026-03-01")!) == 18)
        #expect(born.age(on: Day(iso: "2028-02-29")!) == 20)
    }

    @Test(arguments: ["2024-1-01", "2024-02-30", "2023-02-29", "24-01-01", "2024-13-01", "2024-00-10", "2024/01/01", " 2024-01-01"])
    func refusesWhatIsNotAFullDate(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func ordinalRoundTripsAndOrders() async {
        await propertyCheck(input: Gen.int(in: -25_000...50_000), Gen.int(in: -400...400)) { ordinal, delta in
            let day = Day(ordinal: ordinal)
            #expect(day.ordinal == ordinal)
            #expect(Day(iso: day.iso) == day)
            #expect(day.adding(days: delta).ordinal == ordinal + delta)
            #expect((day < day.adding(days: delta)) == (delta > 0))
        }
    }

    @Test func addingMonthsNeverOvershootsTheTargetMonth() async {
        await propertyCheck(input: Gen.int(in: -20_000...40_000), Gen.int(in: 0...36)) { ordinal, months in
            let start = Day(ordinal: ordinal)
            let end = start.adding(months: months)
            #expect((end.year * 12 + end.month) - (start.year * 12 + start.month) == months)
            #expect(end.day == min(start.day, Day.daysIn(month: end.month, year: end.year)))
        }
    }
}
