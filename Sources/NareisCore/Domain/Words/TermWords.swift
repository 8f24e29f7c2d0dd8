/// The words a term is counted in ("3 months and 2 days", "4 weken").
public enum TermWord: String, DomainWords {
    case month, months, week, weeks, day, days, and, workingDay, workingDays

    public static func words(_ language: Language) -> [TermWord: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [TermWord: Words] = [.month: Words("1 month"), .months: Words("{1} months"), .week: Words("1 week"),
                          .weeks: Words("{1} weeks"), .day: Words("1 day"), .days: Words("{1} days"), .and: Words("{1} and {2}"),
                          .workingDay: Words("1 working day"), .workingDays: Words("{1} working days")]

    private static let dutchWords: [TermWord: Words] = [.month: Words("1 maand"), .months: Words("{1} maanden"), .week: Words("1 week"),
                          .weeks: Words("{1} weken"), .day: Words("1 dag"), .days: Words("{1} dagen"), .and: Words("{1} en {2}"),
                          .workingDay: Words("1 werkdag"), .workingDays: Words("{1} werkdagen")]
}

extension WorkingDays {
    /// "2 working days" / "2 werkdagen".
    public func text(_ language: Language) -> String {
        count == 1 ? TermWord.workingDay.long(language) : TermWord.workingDays.long(language, count)
    }
}

extension Term {
    /// "3 months", "4 weeks", "90 days" / "3 maanden", "4 weken", "90 dagen".
    public func text(_ language: Language) -> String {
        var parts: [String] = []
        if months != 0 { parts.append(months == 1 ? TermWord.month.long(language) : TermWord.months.long(language, months)) }
        if days != 0 {
            if days % 7 == 0 {
                parts.append(days == 7 ? TermWord.week.long(language) : TermWord.weeks.long(language, days / 7))
            } else {
                parts.append(days == 1 ? TermWord.day.long(language) : TermWord.days.long(language, days))
            }
        }
        guard let first = parts.first else { return TermWord.days.long(language, 0) }
        return parts.dropFirst().reduce(first) { TermWord.and.long(language, $0, $1) }
    }
}
