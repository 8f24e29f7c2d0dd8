import NareisCore
import NareisCasework

/// What the views need beyond the domain's words (which come from the Core
/// catalogue, `value.short(language)`): the sort's name, the eligibility's colour
/// role and money as the screen writes it.
enum Labels {
    static func sort(_ sort: CaseSort) -> UIText {
        switch sort {
        case .nextDeadline: return .sortNextDeadline
        case .name: return .sortName
        case .lastChange: return .sortLastChange
        }
    }

    static func role(_ eligibility: Eligibility) -> Role {
        switch eligibility {
        case .eligible: return .eligible
        case .assessment: return .assessment
        case .notEligible: return .notEligible
        }
    }

    /// Euro cents as the language writes money: 24300 -> "243.00" / "243,00".
    static func euros(_ cents: Int, _ language: Language) -> String {
        let whole = String(cents / 100)
        let rest = String(cents % 100)
        let fraction = rest.count == 1 ? "0" + rest : rest
        let separator: String = language == .nl ? "," : "."
        return cents % 100 == 0 ? whole : whole + separator + fraction
    }
}
