/// The recorded procedure events of one member. Every field is optional: a
/// deadline appears once the event that starts it is known.
public struct Procedure: Hashable, Sendable {
    public var framework: Framework?
    public var lateExcuse: String?
    public var submitted: Day?
    public var rectificationLetter: Day?
    /// The completion date printed on the rectification letter, when it differs from 4 weeks.
    public var rectificationDue: Day?
    public var completed: Day?
    public var decision: Decision?
    /// The day the IND's message extending the decision period names (PROC-DECISION-EXTEND).
    public var decisionExtendedTo: Day?
    /// The IND's further investigation of the relationship (PROC-INVESTIGATE-EVENTS).
    public var investigation: Investigation?
    public var objectionFiled: Day?
    public var mvvAppointment: Day?
    public var mvvIssued: Day?
    public var passportValidUntil: Day?
    public var travelBooked: Day?
    /// The day the e-mail asking COA for reception went out (PROC-COA).
    public var coaRequested: Day?
    /// The day COA confirmed the reception (PROC-COA).
    public var coaConfirmed: Day?
    public var plannedArrival: Day?
    public var arrival: Day?
    public var registeredAtIND: Day?
    /// The day the residence permit was collected at an IND desk (PROC-PERMIT-COLLECT).
    public var permitCollected: Day?
    /// The Dutch embassy or consulate named on the form, as a city (e.g. `Amman`).
    public var representation: String?

    public init(framework: Framework? = nil, lateExcuse: String? = nil, submitted: Day? = nil,
                rectificationLetter: Day? = nil, rectificationDue: Day? = nil, completed: Day? = nil,
                decision: Decision? = nil, objectionFiled: Day? = nil, mvvAppointment: Day? = nil,
                mvvIssued: Day? = nil, passportValidUntil: Day? = nil, travelBooked: Day? = nil,
                plannedArrival: Day? = nil, arrival: Day? = nil, registeredAtIND: Day? = nil,
                representation: String? = nil, decisionExtendedTo: Day? = nil, coaRequested: Day? = nil,
                coaConfirmed: Day? = nil, permitCollected: Day? = nil) {
        self.framework = framework
        self.lateExcuse = lateExcuse
        self.submitted = submitted
        self.rectificationLetter = rectificationLetter
        self.rectificationDue = rectificationDue
        self.completed = completed
        self.decision = decision
        self.objectionFiled = objectionFiled
        self.mvvAppointment = mvvAppointment
        self.mvvIssued = mvvIssued
        self.passportValidUntil = passportValidUntil
        self.travelBooked = travelBooked
        self.plannedArrival = plannedArrival
        self.arrival = arrival
        self.registeredAtIND = registeredAtIND
        self.representation = representation
        self.decisionExtendedTo = decisionExtendedTo
        self.coaRequested = coaRequested
        self.coaConfirmed = coaConfirmed
        self.permitCollected = permitCollected
    }
}

/// A further investigation the IND announced by letter (PROC-INVESTIGATE-EVENTS):
/// a DNA test, an interview or both, at the embassy, by video with UNHCR, or at the IND.
public struct Investigation: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable { case dna, interview, both }
    public enum Channel: String, CaseIterable, Sendable {
        case embassy
        case unhcrVideo = "unhcr-video"
        case ind
    }
    /// The day of the IND's letter.
    public var letter: Day
    public var kind: Kind
    public var channel: Channel
    /// The appointment day, when known.
    public var date: Day?

    public init(letter: Day, kind: Kind, channel: Channel, date: Day? = nil) {
        self.letter = letter
        self.kind = kind
        self.channel = channel
        self.date = date
    }
}

public enum Framework: String, CaseIterable, Sendable {
    case favourable, regular
}

public struct Decision: Hashable, Sendable {
    public enum Outcome: String, CaseIterable, Sendable { case positive, negative }
    public var date: Day
    public var outcome: Outcome
    public init(date: Day, outcome: Outcome) {
        self.date = date
        self.outcome = outcome
    }
}
