import NareisCore

/// Dates, amounts and day counts in one language, for every output.
struct TextFormat {
    let language: Language

    /// "1 June 2024" / "1 juni 2024".
    func date(_ day: Day) -> String {
        day.text(language)
    }

    /// "€243.00" / "€ 243,00" from euro cents (Core's `Fee.text`).
    func euros(cents: Int) -> String {
        Fee(cents: cents).text(language)
    }

    /// A plain decimal amount for spreadsheets: "243.00" / "243,00", no grouping.
    func decimal(cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = abs(cents)
        let fraction = magnitude % 100
        return sign + String(magnitude / 100) + FormatText.decimalSeparator.text(language)
            + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// "3 days left", "due today", "2 days overdue", counted from `asOf` to `due`.
    func daysLeft(from asOf: Day, to due: Day) -> String {
        let days = asOf.days(until: due)
        switch days {
        case 0: return FormatText.dueToday.text(language)
        case 1: return FormatText.oneDayLeft.text(language)
        case -1: return FormatText.oneDayOverdue.text(language)
        case 2...: return FormatText.daysLeft.text(language, days)
        default: return FormatText.daysOverdue.text(language, -days)
        }
    }
}

/// The domain's words as documents print them: the long forms of the Core
/// catalogue (Domain/Words/), which the workstation's screens share.
struct Terms {
    let language: Language

    func relationship(_ value: Relationship) -> String { value.text(language, .long) }
    func eligibility(_ value: Eligibility) -> String { value.text(language, .long) }
    func framework(_ value: Framework) -> String { value.text(language, .long) }
    func ageBand(_ value: AgeBand) -> String { value.text(language, .long) }
    func deadline(_ deadline: Deadline) -> String { deadline.text(language, .long) }
    func state(_ value: Deadline.State) -> String { value.text(language, .long) }
    func document(_ value: DocumentStatus) -> String { value.text(language, .long) }
    /// Lists name a document by its short form ("Recent clear photo of the face").
    func checklist(_ item: ChecklistItem) -> String { item.text(language, .short) }
    /// The warning with the case's details.
    func warning(_ warning: Warning) -> String { warning.text(language) }

    /// The name as written, with the Latin spelling beside it when it differs.
    func name(_ name: String, latin: String?) -> String {
        guard let latin, !latin.isEmpty, latin != name else { return name }
        return name + " (" + latin + ")"
    }
}
