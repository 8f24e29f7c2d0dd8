import NareisCasework
import NareisCore

/// The recorded events of a procedure, named as in the case file: each is a column
/// of `members` (migration v7) holding the day, so that reports can ask "what
/// happened when" without reading documents.
enum ProcedureEvents {
    /// The event columns of `members`, in the order a procedure usually runs.
    static let columns = [
        "submitted", "rectificationLetter", "rectificationDue", "completed", "decision", "objectionFiled",
        "mvvAppointment", "mvvIssued", "travelBooked", "plannedArrival", "arrival", "registeredAtIND",
        "decisionExtendedTo", "coaRequested", "coaConfirmed", "permitCollected",
    ]

    /// The day of each event in `columns` order (ISO), nil where none is recorded.
    static func days(of p: Procedure) -> [String?] {
        [p.submitted, p.rectificationLetter, p.rectificationDue, p.completed, p.decision?.date, p.objectionFiled,
         p.mvvAppointment, p.mvvIssued, p.travelBooked, p.plannedArrival, p.arrival, p.registeredAtIND,
         p.decisionExtendedTo, p.coaRequested, p.coaConfirmed, p.permitCollected].map { $0?.iso }
    }
}
