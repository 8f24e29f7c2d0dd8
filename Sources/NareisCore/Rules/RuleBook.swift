/// What every rule entry says about itself: its ID (rules.md), a title, the source
/// it comes from (the short name of rules.md's table, or the later source named in
/// full) and the days between which it holds.
public struct RuleInfo: Hashable, Sendable {
    public let id: String
    public let title: String
    public let source: String
    public let validFrom: Day
    /// The last day it holds; nil while it still holds.
    public let validUntil: Day?

    public init(id: String, title: String, source: String, validFrom: Day, validUntil: Day? = nil) {
        self.id = id
        self.title = title
        self.source = source
        self.validFrom = validFrom
        self.validUntil = validUntil
    }

    func holds(on day: Day) -> Bool {
        validFrom <= day && (validUntil.map { day <= $0 } ?? true)
    }
}

/// One version of a rule: its description and its figures (terms, ages, fees, lists).
public struct Rule<Figures: Sendable>: Sendable {
    public let info: RuleInfo
    public let figures: Figures

    public init(_ info: RuleInfo, _ figures: Figures) {
        self.info = info
        self.figures = figures
    }

    public var id: String { info.id }
    public var source: String { info.source }

    /// A reason citing this rule, worded by the catalogue.
    func reason(_ key: RuleText, _ arguments: [Wording.Argument]) -> Reason {
        Reason(self, Wording(key, arguments))
    }

    func reason(_ key: RuleText, _ plain: CustomStringConvertible...) -> Reason {
        Reason(self, Wording(key, plain.map { .plain($0.description) }))
    }
}

/// The versions of one rule through time, oldest first.
public struct RuleHistory<Figures: Sendable>: Sendable {
    /// How a rule behaves before its first known version.
    public enum Start: Sendable {
        /// A rule that held before the sources described it: the oldest known version
        /// also answers for earlier days (the project has nothing older).
        case standing
        /// A change that holds only from its first day (e.g. TWO-STATUS from 12 June 2026).
        case fromFirstVersion
    }

    public let versions: [Rule<Figures>]
    public let start: Start

    public init(_ versions: [Rule<Figures>], start: Start = .standing) {
        precondition(!versions.isEmpty, "a rule needs at least one version")
        self.versions = versions.sorted { $0.info.validFrom < $1.info.validFrom }
        self.start = start
    }

    /// The version that decides on `day`, or nil where the rule does not hold.
    public func inForce(on day: Day) -> Rule<Figures>? {
        if let current = versions.last(where: { $0.info.validFrom <= day }) {
            return current.info.holds(on: day) ? current : nil
        }
        return start == .standing ? versions.first : nil
    }

    /// The version that decides on `day` for a standing rule (never nil for one).
    public func on(_ day: Day) -> Rule<Figures> {
        guard let rule = inForce(on: day) else {
            preconditionFailure("\(versions[0].id) does not hold on \(day); ask inForce(on:)")
        }
        return rule
    }

    var infos: [RuleInfo] { versions.map(\.info) }

    /// The version in force on `day`, or the newest when no day is given (a text that
    /// names the rule's figure without a day of its own).
    public func version(on day: Day?) -> Rule<Figures> {
        guard let day, let rule = inForce(on: day) else { return versions[versions.count - 1] }
        return rule
    }
}

/// A term counted in working days (WORKDAYS): its end is the `count`th working day
/// after the start, by the Algemene termijnenwet's calendar.
public struct WorkingDays: Hashable, Sendable {
    public let count: Int
    public init(_ count: Int) { self.count = count }
    public func end(from start: Day, calendar: AtwCalendar = .standard) -> Day { calendar.workingDays(count, after: start) }
}

/// A term counted from a starting day: N months (month-end clamped), then N days.
public struct Term: Hashable, Sendable {
    public let months: Int
    public let days: Int

    public init(months: Int = 0, days: Int = 0) {
        self.months = months
        self.days = days
    }

    public static func weeks(_ n: Int) -> Term { Term(days: 7 * n) }

    /// The last day of the term (rules.md "Dates").
    public func end(from start: Day) -> Day { start.adding(months: months).adding(days: days) }
}

/// A checklist entry as the rule book defines it; the engine decides who gets it.
public struct DocumentSpec: Hashable, Sendable {
    public let id: String
    public let label: String
    public init(_ id: String, _ label: String) {
        self.id = id
        self.label = label
    }
}

/// Every rule nareis applies, each with its history. `RuleBook.standard` holds the
/// data (Rules/Data/StandardRuleBook.swift); tests may build other books.
public struct RuleBook: Sendable {
    // The application term (TERM-*)
    public var applicationTerm: RuleHistory<Term>
    public var excusableLateness: RuleHistory<Lateness>
    public var partialFiling: RuleHistory<Statement>
    public var rectification: RuleHistory<Term>
    // Frameworks (FW-*)
    public var favourable: RuleHistory<Statement>
    public var regularLate: RuleHistory<Statement>
    public var regularIncomeExempt: RuleHistory<Statement>
    public var regularSiblings: RuleHistory<Statement>
    public var regularDerived: RuleHistory<Statement>
    public var regularFormerUAM: RuleHistory<Statement>
    public var subsequentAdult: RuleHistory<Statement>
    public var enteredDuringProcedure: RuleHistory<Statement>
    // Who can be reunited (FM-*, TWO-STATUS)
    public var familyBeforeEntry: RuleHistory<Statement>
    public var partner: RuleHistory<Statement>
    public var child: RuleHistory<AgeLimit>
    public var youngAdult: RuleHistory<AgeWindow>
    public var uamParents: RuleHistory<AgeLimit>
    public var otherFamily: RuleHistory<Statement>
    public var twoStatus: RuleHistory<Statement>
    // Fees (FEE-*)
    public var freeCore: RuleHistory<Fee>
    public var otherFee: RuleHistory<Fee>
    /// FEE-IOM-CONSULT: IOM's pre-departure consultation, per family.
    public var iomConsultation: RuleHistory<Fee>
    public var regularFee: RuleHistory<Statement>
    // Documents (DOC-*)
    public var baseDocuments: RuleHistory<Documents>
    public var antecedents: RuleHistory<Documents>
    public var appendices15: RuleHistory<Documents>
    public var tbDeclaration: RuleHistory<TBDeclaration>
    public var guardian: RuleHistory<GuardianEvidence>
    public var otherParent: RuleHistory<OtherParentDocuments>
    public var foster: RuleHistory<FosterDocuments>
    // After filing (PROC-*)
    public var decision: RuleHistory<Term>
    public var decisionSuspension: RuleHistory<Statement>
    public var decisionExtension: RuleHistory<Statement>
    public var defaultNotice: RuleHistory<PenaltyPayments>
    public var objection: RuleHistory<Term>
    public var mvvAppointment: RuleHistory<ExtendableTerm>
    public var passportValidity: RuleHistory<Term>
    public var travel: RuleHistory<Term>
    public var registration: RuleHistory<Term>
    /// PROC-COA: COA confirms the reception within this many working days (WORKDAYS).
    public var coaConfirmation: RuleHistory<WorkingDays>
    /// PROC-PERMIT-COLLECT: a statement (the task runs from registration to collection).
    public var permitCollection: RuleHistory<Statement>
    /// Notices about representations, each holding between its own days.
    public var representations: [Rule<RepresentationNotice>]

    /// Every rule version with whether it answers before its first day (notices never do).
    var allVersions: [(info: RuleInfo, standing: Bool)] {
        histories.flatMap { $0 } + representations.map { ($0.info, false) }
    }

    /// The versions of each history, oldest first, marking the standing first version.
    private var histories: [[(info: RuleInfo, standing: Bool)]] {
        func of<F>(_ h: RuleHistory<F>) -> [(info: RuleInfo, standing: Bool)] {
            h.versions.enumerated().map { ($0.element.info, h.start == .standing && $0.offset == 0) }
        }
        return [
            of(applicationTerm), of(excusableLateness), of(partialFiling), of(rectification),
            of(favourable), of(regularLate), of(regularIncomeExempt), of(regularSiblings),
            of(regularDerived), of(regularFormerUAM), of(subsequentAdult), of(enteredDuringProcedure),
            of(familyBeforeEntry), of(partner), of(child), of(youngAdult), of(uamParents),
            of(otherFamily), of(twoStatus), of(freeCore), of(otherFee), of(iomConsultation), of(regularFee),
            of(baseDocuments), of(antecedents), of(appendices15), of(tbDeclaration), of(guardian),
            of(otherParent), of(foster), of(decision), of(decisionSuspension), of(decisionExtension), of(defaultNotice), of(objection),
            of(mvvAppointment), of(passportValidity), of(travel), of(registration), of(coaConfirmation),
            of(permitCollection),
        ]
    }

    /// The rule entries in force on `day`: per history the deciding version, plus the
    /// notices that hold that day.
    public func entriesInForce(on day: Day) -> [RuleInfo] {
        var result: [RuleInfo] = []
        for versions in histories {
            if let current = versions.last(where: { $0.info.validFrom <= day }) {
                if current.info.holds(on: day) { result.append(current.info) }
            } else if let first = versions.first, first.standing {
                result.append(first.info)
            }
        }
        return result + representations.map(\.info).filter { $0.holds(on: day) }
    }

    /// The newest valid-from day among the entries in force on `day` (`rulesVersion`).
    public func version(on day: Day) -> Day {
        entriesInForce(on: day).map(\.validFrom).max()!
    }
}

extension Term: CustomStringConvertible {
    /// "3 months", "4 weeks", "90 days": the English words (Domain/Words/TermWords.swift).
    public var description: String { text(.en) }
}
