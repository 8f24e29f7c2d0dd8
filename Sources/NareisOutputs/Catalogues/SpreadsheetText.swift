import NareisCore

/// The column headers of the caseload spreadsheet (`nareis export --format csv`).
public enum SpreadsheetText: Catalogue {
    case caseId, sponsor, memberId, name, latinName, relationship, vNumber, ageBand, eligibility, framework, fee
    case nextDeadline, nextDue, daysLeft, state, warnings

    public static func table(_ language: Language) -> [SpreadsheetText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    /// Built once, not on every text asked for.
    private static let english: [SpreadsheetText: String] = [
            .caseId: "Case", .sponsor: "Sponsor", .memberId: "Member ID", .name: "Name", .latinName: "Latin spelling",
            .relationship: "Relationship", .vNumber: "V-number", .ageBand: "Age", .eligibility: "Eligibility",
            .framework: "Framework", .fee: "IND fee (EUR)", .nextDeadline: "Next deadline", .nextDue: "Last day",
            .daysLeft: "Days left", .state: "State", .warnings: "Warnings",
        ]

    private static let dutch: [SpreadsheetText: String] = [
            .caseId: "Dossier", .sponsor: "Referent", .memberId: "Gezinslid-ID", .name: "Naam",
            .latinName: "Latijnse spelling", .relationship: "Relatie", .vNumber: "V-nummer", .ageBand: "Leeftijd",
            .eligibility: "Komt in aanmerking", .framework: "Beleidskader", .fee: "Leges IND (EUR)",
            .nextDeadline: "Eerstvolgende termijn", .nextDue: "Laatste dag", .daysLeft: "Dagen over",
            .state: "Status", .warnings: "Waarschuwingen",
        ]
}
