import NareisCore

/// Where a case stands in the procedure: the furthest step any of its members has
/// reached, as recorded events say (intake, filed, rectification, ..., arrived).
public enum CaseStage: String, CaseIterable, Sendable, Comparable {
    case intake
    case submitted
    case rectification
    case decided
    case objection
    case mvv
    case travel
    case arrived
    case registered

    public static func < (lhs: CaseStage, rhs: CaseStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The step one member's recorded events have reached.
    public init(_ procedure: Procedure) {
        if procedure.registeredAtIND != nil { self = .registered }
        else if procedure.arrival != nil { self = .arrived }
        else if procedure.mvvIssued != nil || procedure.travelBooked != nil { self = .travel }
        else if procedure.mvvAppointment != nil || procedure.decision?.outcome == .positive { self = .mvv }
        else if procedure.objectionFiled != nil { self = .objection }
        else if procedure.decision != nil { self = .decided }
        else if procedure.rectificationLetter != nil && procedure.completed == nil { self = .rectification }
        else if procedure.submitted != nil { self = .submitted }
        else { self = .intake }
    }

    /// The case's stage: the least advanced member still under way, so a case is
    /// not shown as done while one member still waits (intake when it has none).
    public init(_ file: CaseFile) {
        self = file.members.map { CaseStage($0.procedure) }.min() ?? .intake
    }
}
