/// A birth date that may be known only to the year or to the month.
///
/// Refugees often have no exact birth date. The date stays as given (never a
/// made-up day); questions about age are answered as a range between the
/// earliest and the latest possible birth day.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// A day needs a month; the fields must name a real (possibly partial) date.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, Day(year: year, month: month, day: day) != nil else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Accepts `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, with `00` for an unknown month or day
    /// (BRP style: `1990-00-00` is `1990`). A known day with an unknown month is refused.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            guard part.count == widths[index], part.allSatisfy(\.isASCIIDigit), let n = Int(part) else { return nil }
            numbers.append(n)
        }
        let month = numbers.count > 1 && numbers[1] != 0 ? numbers[1] : nil
        let day = numbers.count > 2 && numbers[2] != 0 ? numbers[2] : nil
        if day != nil && month == nil { return nil }
        self.init(year: numbers[0], month: month, day: day)
    }

    /// The canonical form: as precise as known, never with `00`.
    public var description: String {
        Day.iso(year: year, month: month, day: day)
    }

    public var isComplete: Bool { day != nil }

    public var earliest: Day { Day(year: year, month: month ?? 1, day: day ?? 1)! }

    public var latest: Day {
        let m = month ?? 12
        return Day(year: year, month: m, day: day ?? Day.daysIn(month: m, year: year))!
    }

    /// The possible completed ages on `day`: the youngest (born latest) to the oldest.
    public func ageRange(on day: Day) -> ClosedRange<Int> {
        let youngest = latest.age(on: day)
        let oldest = earliest.age(on: day)
        return youngest...oldest
    }

    /// Whether the person is certainly, possibly or certainly not at least `years` old on `day`.
    public func isAtLeast(_ years: Int, on day: Day) -> Certainty {
        let range = ageRange(on: day)
        if range.lowerBound >= years { return .yes }
        if range.upperBound < years { return .no }
        return .uncertain
    }
}

/// A yes/no answer that may hinge on the unknown part of a partial date.
public enum Certainty: String, Sendable {
    case yes, no, uncertain

    /// Both hold: certainly when both certainly do, certainly not when either certainly does not.
    public func and(_ other: Certainty) -> Certainty {
        if self == .no || other == .no { return .no }
        return self == .yes && other == .yes ? .yes : .uncertain
    }

    /// Whether `condition` holds for every one of `possibilities` (yes), none (no) or some.
    public static func of<T>(_ possibilities: [T], _ condition: (T) -> Bool) -> Certainty {
        let answers = possibilities.map(condition)
        if answers.allSatisfy({ $0 }) { return .yes }
        return answers.contains(true) ? .uncertain : .no
    }
}
