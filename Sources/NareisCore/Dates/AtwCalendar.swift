/// The Algemene termijnenwet's calendar: which days are "algemeen erkende
/// feestdagen" (art. 3, ATW-HOLIDAYS) and so not working days (WORKDAYS), and where a
/// statutory term that ends on a weekend or such a day runs on to (art. 1, ATW-LAST-DAY).
///
/// The fixed and Easter-based days are computed for any year; the days a decree makes
/// equal to them (art. 3(3)) are dated data with their source (`AtwDecreeDays`), since
/// a new decree comes every three years.
public struct AtwCalendar: Sendable {
    /// Days made equal to the holidays by decree, each with its source.
    public let decreeDays: [(day: Day, source: String)]
    private let decreeOrdinals: Set<Int>

    public init(decreeDays: [(day: Day, source: String)]) {
        self.decreeDays = decreeDays
        decreeOrdinals = Set(decreeDays.map(\.day.ordinal))
    }

    public static let standard = AtwCalendar(decreeDays: AtwDecreeDays.entries)

    /// Whether `day` is an algemeen erkende feestdag (or a day made equal to one).
    public func isHoliday(_ day: Day) -> Bool {
        if decreeOrdinals.contains(day.ordinal) { return true }
        switch (day.month, day.day) {
        case (1, 1), (5, 5), (12, 25), (12, 26): return true
        case (4, 26), (4, 27): return day == Self.kingsDay(day.year)
        default: break
        }
        // Good Friday (art. 3(2)), Easter Monday, Ascension Day, Whit Monday. (Day
        // arithmetic can step past the year 9999, which has no Easter here.)
        guard let easter = Self.easterSunday(day.year) else { return false }
        return [-2, 1, 39, 50].contains(easter.days(until: day))
    }

    /// Saturday or Sunday.
    public static func isWeekend(_ day: Day) -> Bool { day.weekday >= 5 }

    /// Not a Saturday, a Sunday or a holiday (WORKDAYS).
    public func isWorkingDay(_ day: Day) -> Bool { !Self.isWeekend(day) && !isHoliday(day) }

    /// The day itself when it is a working day, else the next working day.
    public func workingDay(onOrAfter day: Day) -> Day {
        var day = day
        while !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// "Within `count` working days of `day`": the `count`th working day after it.
    public func workingDays(_ count: Int, after day: Day) -> Day {
        var day = day
        var left = count
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// ATW-LAST-DAY: the last day a statutory term ending on `due` really runs to
    /// (the next working day when `due` is not one), or nil when it is `due` itself.
    public func lastLegalDay(forDue due: Day) -> Day? {
        let last = workingDay(onOrAfter: due)
        return last == due ? nil : last
    }

    /// King's Day: 27 April, or 26 April when the 27th is a Sunday.
    static func kingsDay(_ year: Int) -> Day? {
        guard let twentySeventh = Day(year: year, month: 4, day: 27) else { return nil }
        return twentySeventh.weekday == 6 ? twentySeventh.adding(days: -1) : twentySeventh
    }

    /// Easter Sunday of the Gregorian calendar (the anonymous algorithm of 1876,
    /// Meeus/Jones/Butcher).
    static func easterSunday(_ year: Int) -> Day? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)
    }
}

extension Day {
    /// Monday 0 … Sunday 6 (1970-01-01, ordinal 0, was a Thursday).
    public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 }
}
