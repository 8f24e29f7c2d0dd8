/// The result of assessing one case on one day (`nareis-assessment/1`): for every
/// member whether the tie qualifies, under which framework, the fee, the documents
/// and the deadlines, each conclusion with the rule and source behind it.
public struct Assessment: Hashable, Sendable {
    public static let format = "nareis-assessment/1"

    public var caseId: String?
    public var asOf: Day
    /// The valid-from date of the newest rule change in force on `asOf`.
    public var rulesVersion: String
    public var sponsor: SponsorAssessment
    public var members: [MemberAssessment]

    public init(caseId: String?, asOf: Day, rulesVersion: String, sponsor: SponsorAssessment, members: [MemberAssessment]) {
        self.caseId = caseId
        self.asOf = asOf
        self.rulesVersion = rulesVersion
        self.sponsor = sponsor
        self.members = members
    }
}

public struct SponsorAssessment: Hashable, Sendable {
    /// True only when certain (spec "Edge cases, decided").
    public var minorAtAsylumApplication: Bool
    public var ageUncertain: Bool
    /// nil where no application term runs (FW-SUBSEQUENT-ADULT).
    public var applicationTermEnds: Day?
    public var reasons: [Reason]

    public init(minorAtAsylumApplication: Bool, ageUncertain: Bool, applicationTermEnds: Day?, reasons: [Reason] = []) {
        self.minorAtAsylumApplication = minorAtAsylumApplication
        self.ageUncertain = ageUncertain
        self.applicationTermEnds = applicationTermEnds
        self.reasons = reasons
    }
}

public enum Eligibility: String, CaseIterable, Sendable {
    case eligible
    /// Depends on an individual assessment; the reasons say which.
    case assessment
    case notEligible = "not-eligible"
}

public enum AgeBand: String, CaseIterable, Sendable, Comparable {
    case under12 = "under-12"
    case from12to14 = "12-14"
    case from15to17 = "15-17"
    case from18to25 = "18-25"
    case over25 = "over-25"

    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public struct MemberAssessment: Hashable, Sendable {
    public var id: String
    public var eligibility: Eligibility
    public var framework: Framework
    /// Euro cents; nil where the sources give no amount (FEE-REGULAR).
    public var feeCents: Int?
    public var ageBand: AgeBand
    public var ageUncertain: Bool
    public var reasons: [Reason]
    public var checklist: [ChecklistItem]
    public var deadlines: [Deadline]
    public var warnings: [Warning]

    public init(id: String, eligibility: Eligibility, framework: Framework, feeCents: Int?, ageBand: AgeBand,
                ageUncertain: Bool, reasons: [Reason], checklist: [ChecklistItem], deadlines: [Deadline],
                warnings: [Warning]) {
        self.id = id
        self.eligibility = eligibility
        self.framework = framework
        self.feeCents = feeCents
        self.ageBand = ageBand
        self.ageUncertain = ageUncertain
        self.reasons = reasons
        self.checklist = checklist
        self.deadlines = deadlines
        self.warnings = warnings
    }
}

/// One conclusion and why: the rule ID (rules.md), a sentence, the source's short name.
public struct Reason: Hashable, Sendable {
    public var rule: String
    public var source: String
    public var sentence: Sentence

    public init(rule: String, text: String, source: String) {
        self.init(rule: rule, source: source, sentence: .plain(text))
    }

    /// A reason worded by the catalogue; its English text is the wording's.
    public init(rule: String, source: String, wording: Wording) {
        self.init(rule: rule, source: source, sentence: .worded(wording))
    }

    init(rule: String, source: String, sentence: Sentence) {
        self.rule = rule
        self.source = source
        self.sentence = sentence
    }

    /// The sentence as the catalogue words it, for every language; nil for a reason
    /// given as plain text.
    public var wording: Wording? { sentence.wording }
    /// The sentence in English (the assessment format's `text`).
    public var text: String { sentence.english }
}

public struct ChecklistItem: Hashable, Sendable {
    public var id: String
    public var rule: String
    /// Required only because the member's age is uncertain.
    public var uncertain: Bool
    /// The rule's figures the item's text names (DOC-15's age), for `text(_:_:)`.
    public var arguments: [String]
    /// The label as given; nil for an item the rules listed, worded by the catalogue.
    private var givenLabel: String?
    /// The rule book's label, for an item the catalogue does not know.
    private var specLabel: String

    public init(id: String, label: String, rule: String, uncertain: Bool = false, arguments: [String] = []) {
        self.id = id
        self.givenLabel = label
        self.specLabel = label
        self.rule = rule
        self.uncertain = uncertain
        self.arguments = arguments
    }

    /// An item the rules list: its label is the catalogue's English text with the
    /// rule's figures (or the rule book's label for an item the catalogue does not know).
    init(spec: DocumentSpec, rule: String, uncertain: Bool, arguments: [String]) {
        self.id = spec.id
        self.givenLabel = nil
        self.specLabel = spec.label
        self.rule = rule
        self.uncertain = uncertain
        self.arguments = arguments
    }

    /// The label in English (the assessment format's `label`), rendered when asked for:
    /// an import lists a million documents and reads none of their labels.
    public var label: String {
        if let givenLabel { return givenLabel }
        return ChecklistWord(rawValue: id)?.text(.en, .long, arguments) ?? specLabel
    }

    /// Items are equal when they read the same, however their label was made.
    public static func == (a: Self, b: Self) -> Bool {
        a.id == b.id && a.rule == b.rule && a.uncertain == b.uncertain && a.arguments == b.arguments
            && a.label == b.label
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(rule)
        hasher.combine(uncertain)
        hasher.combine(arguments)
    }
}

public struct Deadline: Hashable, Sendable {
    public enum State: String, CaseIterable, Sendable {
        case open, overdue, met, late
    }

    public var id: String
    public var due: Day
    public var state: State
    /// The day the deadline was met (or met late), when done.
    public var done: Day?
    public var rule: String
    /// On `application-term` when late or overdue: 1–13 days past due (TERM-EXCUSABLE).
    public var excusable: Bool?
    /// On `mvv-appointment`: the extended last day (6 months after the decision).
    public var extendedDue: Day?
    /// On `objection` and `decision` when `due` is a Saturday, Sunday or Atw holiday:
    /// the next working day, the term's real last day (ATW-LAST-DAY); `state` is judged
    /// against it. Counsellors still aim for `due`.
    public var lastLegalDay: Day?

    public init(id: String, due: Day, state: State, done: Day? = nil, rule: String, excusable: Bool? = nil,
                extendedDue: Day? = nil, lastLegalDay: Day? = nil) {
        self.id = id
        self.due = due
        self.state = state
        self.done = done
        self.rule = rule
        self.excusable = excusable
        self.extendedDue = extendedDue
        self.lastLegalDay = lastLegalDay
    }

    /// Still to act on: open or overdue.
    public var isPending: Bool { state == .open || state == .overdue }
}

public struct Warning: Hashable, Sendable {
    public var id: String
    public var rule: String
    public var sentence: Sentence

    public init(id: String, text: String, rule: String) {
        self.id = id
        self.rule = rule
        sentence = .plain(text)
    }

    /// A warning worded by the catalogue; its English text is the wording's.
    public init(id: String, rule: String, wording: Wording) {
        self.id = id
        self.rule = rule
        sentence = .worded(wording)
    }

    /// The sentence as the catalogue words it, with the case's details.
    public var wording: Wording? { sentence.wording }
    /// The sentence in English (the assessment format's `text`).
    public var text: String { sentence.english }
}
