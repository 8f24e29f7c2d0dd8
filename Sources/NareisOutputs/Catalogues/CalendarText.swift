import NareisCore

/// The texts of the calendar export (`nareis export --format ics`).
public enum CalendarText: Catalogue {
    case deadlineSummary, deadlineDescription, lastLegalDay, taskSummary, taskDescription, wholeFamily

    public static func table(_ language: Language) -> [CalendarText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    /// Built once, not on every text asked for.
    private static let english: [CalendarText: String] = [
            .deadlineSummary: "{1}: {2} ({3})",
            .deadlineDescription: "Case {1}, {2}. Last day: {3} ({4}). Rule {5}.",
            .lastLegalDay: " It falls on a weekend or public holiday: the term legally runs to {1} (ATW-LAST-DAY).",
            .taskSummary: "Task: {1}: {2} ({3})",
            .taskDescription: "Case {1}, {2}. Due: {3}.",
            .wholeFamily: "whole family",
        ]

    private static let dutch: [CalendarText: String] = [
            .deadlineSummary: "{1}: {2} ({3})",
            .deadlineDescription: "Dossier {1}, {2}. Laatste dag: {3} ({4}). Regel {5}.",
            .lastLegalDay: " Die valt in een weekend of op een feestdag: de termijn loopt wettelijk door tot {1} (ATW-LAST-DAY).",
            .taskSummary: "Taak: {1}: {2} ({3})",
            .taskDescription: "Dossier {1}, {2}. Uiterlijk: {3}.",
            .wholeFamily: "hele gezin",
        ]
}
