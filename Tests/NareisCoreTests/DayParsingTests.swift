import NareisCore
import Testing

@Suite struct DayParsingTests {
    @Test func onlyExactISODaysParse() {
        #expect(Day(iso: "2024-02-29") == Day(year: 2024, month: 2, day: 29))
        #expect(Day(iso: "0001-01-01") == Day(year: 1, month: 1, day: 1))
        for bad in ["2023-02-29", "2024-2-29", "2024-02-9", "24-02-29", "2024/02/29", "2024-02-29 ", " 2024-02-29",
                    "2024-13-01", "2024-00-10", "2024-01-00", "２０２４-01-01", "2024-0a-01", "", "2024-01", "+024-01-01",
                    "2024--1-01", "0000-01-01"] {
            #expect(Day(iso: bad) == nil, "\(bad)")
        }
    }
}

@Suite struct DayFormattingTests {
    @Test func isoIsZeroPaddedAndReadsBack() {
        #expect(Day(year: 1, month: 2, day: 3)!.iso == "0001-02-03")
        #expect(Day(year: 9999, month: 12, day: 31)!.iso == "9999-12-31")
        #expect(Day(year: 2024, month: 2, day: 29)!.iso == "2024-02-29")
        #expect(Day(year: 9999, month: 12, day: 31)!.adding(months: 3).iso == "10000-03-31")
        for ordinal in stride(from: -719_162, through: 2_932_896, by: 9_973) {
            let day = Day(ordinal: ordinal)
            #expect(Day(iso: day.iso) == day)
        }
    }
}
