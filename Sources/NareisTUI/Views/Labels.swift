import NareisCore
import NareisCasework

/// The catalogue text for each domain value the views show.
enum Labels {
    static func stage(_ stage: CaseStage) -> UIText {
        switch stage {
        case .intake: return .stageIntake
        case .filed: return .stageSubmitted
        case .rectification: return .stageRectification
        case .decided: return .stageDecided
        case .mvv: return .stageMvv
        case .travel: return .stageTravel
        case .arrived: return .stageArrived
        case .registered: return .stageRegistered
        case .closed: return .stageClosed
        }
    }

    static func sort(_ sort: CaseSort) -> UIText {
        switch sort {
        case .nextDeadline: return .sortNextDeadline
        case .name: return .sortName
        case .lastChange: return .sortLastChange
        }
    }

    static func relationship(_ relationship: Relationship) -> UIText {
        switch relationship {
        case .partner: return .relPartner
        case .child: return .relChild
        case .parent: return .relParent
        case .sibling: return .relSibling
        case .other: return .relOther
        }
    }

    static func eligibility(_ eligibility: Eligibility) -> (UIText, Role) {
        switch eligibility {
        case .eligible: return (.eligEligible, .eligible)
        case .assessment: return (.eligAssessment, .assessment)
        case .notEligible: return (.eligNotEligible, .notEligible)
        }
    }

    static func framework(_ framework: Framework) -> UIText {
        switch framework {
        case .favourable: return .fwFavourable
        case .regular: return .fwRegular
        }
    }

    static func ageBand(_ band: AgeBand) -> UIText {
        switch band {
        case .under12: return .bandUnder12
        case .from12to14: return .band12to14
        case .from15to17: return .band15to17
        case .from18to25: return .band18to25
        case .over25: return .bandOver25
        }
    }

    static func deadlineState(_ state: Deadline.State) -> UIText {
        switch state {
        case .open: return .stateOpen
        case .overdue: return .stateOverdue
        case .met: return .stateMet
        case .late: return .stateLate
        }
    }

    /// What is due, for the deadline IDs of the assessment format; nil for an ID
    /// this version does not know (shown as the ID itself).
    static func deadline(_ id: String) -> UIText? {
        switch id {
        case "application-term": return .deadlineApplicationTerm
        case "rectification": return .deadlineRectification
        case "decision": return .deadlineDecision
        case "objection": return .deadlineObjection
        case "mvv-appointment": return .deadlineMvvAppointment
        case "travel": return .deadlineTravel
        case "ind-registration": return .deadlineIndRegistration
        default: return nil
        }
    }

    static func deadlineText(_ id: String, _ language: Language) -> String {
        deadline(id)?.text(language) ?? id
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
