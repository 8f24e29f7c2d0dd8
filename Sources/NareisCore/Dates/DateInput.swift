/// Dates as counsellors write them: `14-3-1990`, `14-03-1990`, `14/3/1990`,
/// `14.3.1990`, ISO (`1990-03-14`), and for a birth date also `3-1990` and `1990`;
/// `t` (or `today`, `vandaag`) is today in a field that asks for a day. Impossible
/// dates (`31-2-2024`) are nil, never moved to a nearby day.
public enum DateInput {
    /// A full day, or nil; `t` only where `today` is given.
    public static func day(_ text: String, today: Day?) -> Day? {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["t", "today", "vandaag"].contains(value) { return today }
        if let iso = Day(iso: value) { return iso }
        guard let parts = numbers(value), parts.count == 3, parts[2].digits == 4 else { return nil }
        return Day(year: parts[2].value, month: parts[1].value, day: parts[0].value)
    }

    /// A birth date, possibly partial (`3-1990`: March 1990; `1990`), or nil.
    public static func partialDate(_ text: String) -> PartialDate? {
        let value = text.trimmingCharacters(in: .whitespaces)
        if let iso = PartialDate(parsing: value) { return iso }
        guard let parts = numbers(value), parts.last?.digits == 4 else { return nil }
        let year = parts[parts.count - 1].value
        switch parts.count {
        case 1: return PartialDate(year: year)
        case 2: return PartialDate(year: year, month: parts[0].value)
        case 3: return PartialDate(year: year, month: parts[1].value, day: parts[0].value)
        default: return nil
        }
    }

    /// Day first: the numbers between `-`, `/`, `.` or spaces, each of one or two
    /// digits but the last (the year, four).
    private static func numbers(_ text: String) -> [(value: Int, digits: Int)]? {
        let parts = text.split(whereSeparator: { "-/. ".contains($0) })
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
            return nil
        }
        for part in parts.dropLast() where part.count > 2 { return nil }
        guard parts.last?.count == 4 else { return nil }
        return parts.map { (Int($0)!, $0.count) }
    }
}

/// What a date field understood, in words, shown before it is accepted.
public enum DateWords: String, Catalogue {
    case longDate, monthYear, dayUnknown, monthUnknown

    public static func table(_ language: Language) -> [DateWords: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    private static let english: [DateWords: String] = [
        .longDate: "{1} {2} {3}", .monthYear: "{1} {2}",
        .dayUnknown: "{1}, day unknown", .monthUnknown: "{1}, month and day unknown",
    ]

    private static let dutch: [DateWords: String] = [
        .longDate: "{1} {2} {3}", .monthYear: "{1} {2}",
        .dayUnknown: "{1}, dag onbekend", .monthUnknown: "{1}, maand en dag onbekend",
    ]
}

extension Day {
    /// "14 maart 1990" / "14 March 1990".
    public func text(_ language: Language) -> String {
        DateWords.longDate.text(language, day, MonthText(rawValue: month)!.text(language), year)
    }
}

extension PartialDate {
    /// "14 maart 1990", "maart 1990, dag onbekend", "1990, maand en dag onbekend".
    public func text(_ language: Language) -> String {
        guard let month else { return DateWords.monthUnknown.text(language, year) }
        let monthYear = DateWords.monthYear.text(language, MonthText(rawValue: month)!.text(language), year)
        guard let day else { return DateWords.dayUnknown.text(language, monthYear) }
        return DateWords.longDate.text(language, day, MonthText(rawValue: month)!.text(language), year)
    }
}
