import NareisCore

/// The catalogue text of each procedure event (document statuses are domain
/// words: `status.short(language)`).
enum WorkLabels {
    static func text(_ event: ProcedureEvent) -> WorkText {
        switch event {
        case .submitted: return .evSubmitted
        case .rectificationLetter: return .evRectificationLetter
        case .rectificationDue: return .evRectificationDue
        case .completed: return .evCompleted
        case .decisionExtendedTo: return .evDecisionExtendedTo
        case .investigation: return .evInvestigation
        case .decisionPositive: return .evDecisionPositive
        case .decisionNegative: return .evDecisionNegative
        case .objectionFiled: return .evObjectionFiled
        case .mvvAppointment: return .evMvvAppointment
        case .mvvIssued: return .evMvvIssued
        case .passportValidUntil: return .evPassportValidUntil
        case .representation: return .evRepresentation
        case .travelBooked: return .evTravelBooked
        case .plannedArrival: return .evPlannedArrival
        case .arrival: return .evArrival
        case .registeredAtIND: return .evRegisteredAtIND
        case .coaRequested: return .evCoaRequested
        case .coaConfirmed: return .evCoaConfirmed
        case .permitCollected: return .evPermitCollected
        }
    }
}
