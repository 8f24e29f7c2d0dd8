import Testing
@testable import NareisCore

/// Inputs the date fuzz target (Tests/Fuzz, docs/fuzzing.md) found to trap the date
/// parsers: a digit followed by a combining mark passed for a digit, then `Int` refused it.
@Suite("Date parsers on fuzzed input")
struct DateInputFuzzFindingsTests {
    /// The crash input itself ("10" + U+0334 COMBINING TILDE OVERLAY + "05"), and the
    /// same mark in each part of a day.
    static let digitsWithMarks = ["10\u{334}05", "1\u{301}-3-1990", "14-3\u{308}-1990", "14-3-199\u{334}0", "3-199\u{20DD}0"]

    @Test(arguments: digitsWithMarks)
    func aDigitWithACombiningMarkIsNoDigit(text: String) {
        #expect(DateInput.day(text, today: nil) == nil)
        #expect(DateInput.partialDate(text) == nil)
        #expect(PartialDate(parsing: text) == nil)
    }

    @Test func plainDigitsStillRead() {
        #expect(DateInput.day("14-3-1990", today: nil) == Day(year: 1990, month: 3, day: 14))
        #expect(DateInput.partialDate("3-1990") == PartialDate(year: 1990, month: 3))
    }
}
