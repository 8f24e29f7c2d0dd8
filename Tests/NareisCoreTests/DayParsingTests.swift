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
