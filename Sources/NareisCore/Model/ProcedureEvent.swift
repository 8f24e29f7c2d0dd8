import Foundation

/// The procedure events a counsellor records for a member, in the order they
/// usually happen, with the events each one cannot come before.
public enum ProcedureEvent: String, CaseIterable, Sendable {
    case submitted
    case rectificationLetter
    case rectificationDue
    case completed
    /// The IND's message extends the decision period to this day (PROC-DECISION-EXTEND).
    case decisionExtendedTo
    /// The IND's further investigation (letter, kind, channel, appointment day:
    /// PROC-INVESTIGATE-EVENTS), recorded whole with `Investigation`, not as one day.
    case investigation
    case decisionPositive = "decision-positive"
    case decisionNegative = "decision-negative"
    case objectionFiled
    case mvvAppointment
    case mvvIssued
    case passportValidUntil
    case representation
    case travelBooked
    /// COA was asked for reception, and confirmed it (PROC-COA).
    case coaRequested
    case coaConfirmed
    case plannedArrival
    case arrival
    case registeredAtIND
    /// The residence permit was collected at an IND desk (PROC-PERMIT-COLLECT).
    case permitCollected

    /// The events this one cannot precede (a letter about an application comes after
    /// filing it, …). Arrival has none: a member may enter during the procedure (FW-IN-NL).
    var notBefore: [ProcedureEvent] {
        switch self {
        case .rectificationLetter, .completed, .decisionExtendedTo, .investigation: return [.submitted]
        case .rectificationDue: return [.rectificationLetter]
        case .decisionPositive, .decisionNegative: return [.submitted]
        case .objectionFiled: return [.decisionNegative]
        case .mvvAppointment, .mvvIssued: return [.decisionPositive]
        case .registeredAtIND: return [.arrival]
        case .coaRequested: return [.travelBooked]
        case .coaConfirmed: return [.coaRequested]
        case .permitCollected: return [.registeredAtIND]
        default: return []
        }
    }

    /// The day recorded for this event, if any.
    public func day(in p: Procedure) -> Day? {
        switch self {
        case .submitted: return p.submitted
        case .rectificationLetter: return p.rectificationLetter
        case .rectificationDue: return p.rectificationDue
        case .completed: return p.completed
        case .decisionExtendedTo: return p.decisionExtendedTo
        case .investigation: return p.investigation?.letter
        case .decisionPositive: return p.decision?.outcome == .positive ? p.decision?.date : nil
        case .decisionNegative: return p.decision?.outcome == .negative ? p.decision?.date : nil
        case .objectionFiled: return p.objectionFiled
        case .mvvAppointment: return p.mvvAppointment
        case .mvvIssued: return p.mvvIssued
        case .passportValidUntil: return p.passportValidUntil
        case .representation: return nil
        case .travelBooked: return p.travelBooked
        case .coaRequested: return p.coaRequested
        case .coaConfirmed: return p.coaConfirmed
        case .permitCollected: return p.permitCollected
        case .plannedArrival: return p.plannedArrival
        case .arrival: return p.arrival
        case .registeredAtIND: return p.registeredAtIND
        }
    }

    /// Records `text` (a YYYY-MM-DD day, or a city for `representation`; empty clears
    /// the event) and returns the new procedure, or throws an `EventRefusal`.
    /// Days as people write them (`DateInput`); `t` is `today` where it is given.
    public func record(_ text: String, in procedure: Procedure, today: Day? = nil) throws -> Procedure {
        var p = procedure
        let value = text.trimmingCharacters(in: .whitespaces)
        if self == .investigation, !value.isEmpty {
            throw EventRefusal(path: path, .investigationIsRecordedWhole)
        }
        if self == .representation {
            guard value.count <= CaseFileReader.Limits.textLength else {
                throw EventRefusal(path: "procedure.representation",
                                   .tooLong(characters: value.count, limit: CaseFileReader.Limits.textLength))
            }
            p.representation = value.isEmpty ? nil : value
            return p
        }
        var day: Day?
        if !value.isEmpty {
            guard let parsed = DateInput.day(value, today: today) else {
                throw EventRefusal(path: path, .notADate(String(value.prefix(40))))
            }
            day = parsed
        }
        set(day, in: &p)
        if let day {
            for earlier in notBefore {
                if let before = earlier.day(in: p), day < before {
                    throw EventRefusal(path: path, .before(earlier, before))
                }
            }
        }
        return p
    }

    /// Records the further investigation (nil: none), or throws naming what is wrong:
    /// its letter comes after filing, its appointment not before the letter.
    public static func record(_ investigation: Investigation?, in procedure: Procedure) throws -> Procedure {
        var p = procedure
        if let investigation {
            if let submitted = p.submitted, investigation.letter < submitted {
                throw EventRefusal(path: "procedure.investigation.letter", .letterBeforeFiling(submitted))
            }
            if p.submitted == nil {
                throw EventRefusal(path: "procedure.investigation.letter", .letterBeforeFiling(nil))
            }
            if let date = investigation.date, date < investigation.letter {
                throw EventRefusal(path: "procedure.investigation.date", .appointmentBeforeLetter(investigation.letter))
            }
        }
        p.investigation = investigation
        return p
    }

    /// The field's path in a member of the case file.
    public var path: String {
        switch self {
        case .decisionPositive, .decisionNegative: return "procedure.decision.date"
        default: return "procedure." + rawValue
        }
    }

    private func set(_ day: Day?, in p: inout Procedure) {
        switch self {
        case .submitted: p.submitted = day
        case .rectificationLetter: p.rectificationLetter = day
        case .rectificationDue: p.rectificationDue = day
        case .completed: p.completed = day
        case .decisionExtendedTo: p.decisionExtendedTo = day
        case .investigation: if day == nil { p.investigation = nil }
        case .decisionPositive, .decisionNegative:
            let outcome: Decision.Outcome = self == .decisionPositive ? .positive : .negative
            if let day { p.decision = Decision(date: day, outcome: outcome) } else if p.decision?.outcome == outcome { p.decision = nil }
        case .objectionFiled: p.objectionFiled = day
        case .mvvAppointment: p.mvvAppointment = day
        case .mvvIssued: p.mvvIssued = day
        case .passportValidUntil: p.passportValidUntil = day
        case .representation: break
        case .travelBooked: p.travelBooked = day
        case .coaRequested: p.coaRequested = day
        case .coaConfirmed: p.coaConfirmed = day
        case .permitCollected: p.permitCollected = day
        case .plannedArrival: p.plannedArrival = day
        case .arrival: p.arrival = day
        case .registeredAtIND: p.registeredAtIND = day
        }
    }
}
