/// How far a case has come, from the recorded procedure events.
///
/// A member's stage is its furthest recorded event; a case's stage is the furthest
/// over its members, except `closed`, when every member is registered at the IND
/// (nothing left to do). A case with no members is at `intake`.
public enum CaseStage: String, CaseIterable, Sendable, Comparable {
    /// Nothing filed yet.
    case intake
    /// Application submitted.
    case filed
    /// A rectification letter came (missing documents), or the file was completed.
    case rectification
    /// The IND decided (either way; an objection may follow).
    case decided
    /// MVV appointment made at the embassy.
    case mvv
    /// MVV issued, journey booked or planned.
    case travel
    case arrived
    /// Reported to the IND after arrival.
    case registered
    /// Every member registered: the case needs nothing more.
    case closed

    public static func < (lhs: CaseStage, rhs: CaseStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public static func of(_ procedure: Procedure) -> CaseStage {
        if procedure.registeredAtIND != nil { return .registered }
        if procedure.arrival != nil { return .arrived }
        if procedure.mvvIssued != nil || procedure.travelBooked != nil || procedure.plannedArrival != nil { return .travel }
        if procedure.mvvAppointment != nil { return .mvv }
        if procedure.decision != nil || procedure.objectionFiled != nil { return .decided }
        if procedure.rectificationLetter != nil || procedure.completed != nil { return .rectification }
        if procedure.submitted != nil { return .filed }
        return .intake
    }

    public static func of(_ file: CaseFile) -> CaseStage {
        let stages = file.members.map { of($0.procedure) }
        guard let furthest = stages.max() else { return .intake }
        return stages.allSatisfy({ $0 == .registered }) ? .closed : furthest
    }
}
