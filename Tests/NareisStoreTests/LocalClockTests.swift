import Foundation
import NareisCasework
import NareisCore
@testable import NareisStore
import Testing

@Suite struct LocalClockTests {
    /// The day and timestamp agree with Foundation's calendar, in the process's own
    /// time zone, at moments around midnight, month and year ends and a leap day.
    @Test(arguments: ["2024-02-28T23:59:59Z", "2024-02-29T00:00:00Z", "2024-12-31T23:30:00Z", "2025-01-01T00:30:00Z",
                      "2026-03-29T01:30:00Z", "2026-10-25T00:59:59Z", "1970-01-01T00:00:00Z", "2099-07-04T12:00:00Z"])
    func agreesWithFoundation(_ text: String) throws {
        let date = try #require(ISO8601DateFormatter().date(from: text))
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        #expect(LocalClock.day(of: date) == Day(year: parts.year!, month: parts.month!, day: parts.day!))
        #expect(LocalClock.utcTimestamp(of: date) == text)
        #expect(LocalClock.utcTimestamp(of: date.addingTimeInterval(0.7)) == text, "whole seconds")
    }
}
