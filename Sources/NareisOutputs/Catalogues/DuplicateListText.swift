import NareisCore

/// The words of `nareis duplicates`.
public enum DuplicateListText: Catalogue {
    case none, one, count, sponsor, born

    public static func table(_ language: Language) -> [DuplicateListText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    private static let english: [DuplicateListText: String] = [
        .none: "No cases that may hold one family.",
        .one: "1 pair of cases that may hold one family:",
        .count: "{1} pairs of cases that may hold one family:",
        .sponsor: "sponsor", .born: "born",
    ]

    private static let dutch: [DuplicateListText: String] = [
        .none: "Geen dossiers die mogelijk hetzelfde gezin zijn.",
        .one: "1 paar dossiers dat mogelijk hetzelfde gezin is:",
        .count: "{1} paren dossiers die mogelijk hetzelfde gezin zijn:",
        .sponsor: "referent", .born: "geboren",
    ]
}
