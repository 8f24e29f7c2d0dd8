/// A calendar day (proleptic Gregorian), with no time and no time zone.
///
/// Terms in the rules are counted in whole days and months, so the domain never
/// touches `Date` or a clock: the caller passes the day it is (`asOf`).
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Days since 1970-01-01; the basis of all day arithmetic.
    public var ordinal: Int { Day.daysFromCivil(year, month, day) }

    /// Returns nil when the fields do not name a real day (e.g. 2023-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public init(ordinal: Int) {
        let (y, m, d) = Day.civilFromDays(ordinal)
        self.year = y
        self.month = m
        self.day = d
    }

    /// Parses `YYYY-MM-DD` strictly: four-digit year, two-digit month and day.
    public init?(iso text: String) {
        guard let (y, m, d) = Day.parseISO(text.utf8) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD` exactly: ten bytes, ASCII digits around two hyphens. Byte by byte,
    /// without splitting: the store parses tens of thousands of these per command.
    private static func parseISO(_ bytes: String.UTF8View) -> (Int, Int, Int)? {
        guard bytes.count == 10 else { return nil }
        var fields = (0, 0)
        var value = 0
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                if offset == 4 { fields.0 = value } else { fields.1 = value }
                value = 0
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
        }
        return (fields.0, fields.1, value)
    }

    public var description: String { iso }

    public var iso: String { Day.iso(year: year, month: month, day: day) }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as far as `month` and `day` are given.
    static func iso(year: Int, month: Int?, day: Int?) -> String {
        // Arithmetic can leave the 4-digit years (9999-12-31 + 3 months).
        guard (0...9999).contains(year), (0...99).contains(month ?? 0), (0...99).contains(day ?? 0) else {
            var text = pad(year, 4)
            if let month { text += "-" + pad(month, 2) }
            if let day { text += "-" + pad(day, 2) }
            return text
        }
        // Up to ten ASCII bytes written in place (a small string, no allocation): the
        // store and the rules format hundreds of thousands of dates per import.
        let length = month == nil ? 4 : (day == nil ? 7 : 10)
        return String(unsafeUninitializedCapacity: length) { buffer in
            func digits(_ value: Int, _ width: Int, at start: Int) {
                var rest = value
                for offset in stride(from: start + width - 1, through: start, by: -1) {
                    buffer[offset] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            digits(year, 4, at: 0)
            if let month {
                buffer[4] = UInt8(ascii: "-")
                digits(month, 2, at: 5)
            }
            if let day {
                buffer[7] = UInt8(ascii: "-")
                digits(day, 2, at: 8)
            }
            return length
        }
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// N months later on the same day-number, or the last day of that month when
    /// the day does not exist there (rules.md "Dates": 31 Jan + 1 month = 28/29 Feb).
    public func adding(months: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        // Not the failable init: a term may run past year 9999 (hostile or mistyped
        // dates) and must not trap; such a day still prints and compares.
        return Day(ordinal: Day.daysFromCivil(y, m, min(day, Day.daysIn(month: m, year: y))))
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// Completed years of age on `day` for someone born on `self`.
    /// Someone born on 29 February turns a year older on 1 March in common years.
    public func age(on day: Day) -> Int {
        var years = day.year - year
        if (day.month, day.day) < (month, self.day) { years -= 1 }
        return years
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact for all Gregorian dates.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Character {
    /// By the character's one ASCII byte, not by comparing characters: "0" followed by
    /// a combining mark sorts between "0" and "9" yet is no digit (`Int` refuses it).
    var isASCIIDigit: Bool { asciiValue.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false }
}
