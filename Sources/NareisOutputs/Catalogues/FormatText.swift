import NareisCore

/// How spreadsheet decimals and day counts are written in each language. Dates and
/// amounts are written by Core (`Day.text`, `Fee.text`), not from the platform's
/// locale data, so outputs are the same on every machine (and in the golden files).
public enum FormatText: Catalogue {
    case decimalSeparator
    case dueToday, oneDayLeft, daysLeft, oneDayOverdue, daysOverdue

    public static func table(_ language: Language) -> [FormatText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    /// Built once, not on every text asked for.
    private static let english: [FormatText: String] = [
            .decimalSeparator: ".",
            .dueToday: "due today", .oneDayLeft: "1 day left", .daysLeft: "{1} days left",
            .oneDayOverdue: "1 day overdue", .daysOverdue: "{1} days overdue",
        ]

    private static let dutch: [FormatText: String] = [
            .decimalSeparator: ",",
            .dueToday: "vandaag de laatste dag", .oneDayLeft: "nog 1 dag", .daysLeft: "nog {1} dagen",
            .oneDayOverdue: "1 dag te laat", .daysOverdue: "{1} dagen te laat",
        ]
}
