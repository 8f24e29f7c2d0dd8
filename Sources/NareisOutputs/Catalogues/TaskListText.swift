import NareisCore

/// The headings and lines of `nareis tasks`.
public enum TaskListText: Catalogue {
    case caseId, member, due, daysLeft, task, family, undated, none

    public static func table(_ language: Language) -> [TaskListText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    /// Built once, not on every text asked for.
    private static let english: [TaskListText: String] = [
            .caseId: "CASE", .member: "MEMBER", .due: "DUE", .daysLeft: "DAYS LEFT", .task: "TASK", .family: "family",
            .undated: "-", .none: "No open tasks due within {1} days of {2}.",
        ]

    private static let dutch: [TaskListText: String] = [
            .caseId: "DOSSIER", .member: "GEZINSLID", .due: "UITERLIJK", .daysLeft: "DAGEN", .task: "TAAK", .family: "gezin",
            .undated: "-", .none: "Geen openstaande taken binnen {1} dagen na {2}.",
        ]
}
