import Foundation

/// Assesses a case on a given day: for every member the eligibility, framework, fee,
/// age band, documents, deadlines and warnings, each with the rule and source behind it.
///
/// The rules come from a `RuleBook` (by default `RuleBook.standard`); each rule is
/// looked up by the day that matters (the filing day, or `asOf` before filing), so
/// an old case and a new one are each judged by the rules that held for them.
public enum Assessor {
    public static func assess(_ file: CaseFile, asOf: Day) -> Assessment {
        assess(file, asOf: asOf, rules: .standard, rulesVersion: standardVersions.version(on: asOf))
    }

    public static func assess(_ file: CaseFile, asOf: Day, book: RuleBook) -> Assessment {
        assess(file, asOf: asOf, rules: SharedRuleBook(book), rulesVersion: book.version(on: asOf))
    }

    /// `RuleBook.standard.version(on:)` per day: it walks every rule's history, and
    /// an import asks it once per case, all on the same day.
    private static let standardVersions = RulesVersionMemo(book: .standard)

    private static func assess(_ file: CaseFile, asOf: Day, rules: SharedRuleBook, rulesVersion: Day) -> Assessment {
        let book = rules.book
        let facts = SponsorFacts(file.sponsor, book: book)
        let members = file.members.map { member in
            assess(MemberContext(book: rules, sponsor: facts, member: member, asOf: asOf))
        }
        return Assessment(caseId: file.id, asOf: asOf, rulesVersion: rulesVersion.iso,
                          sponsor: SponsorAssessment(minorAtAsylumApplication: facts.minorAtAsylumApplication,
                                                     ageUncertain: facts.ageUncertain,
                                                     applicationTermEnds: facts.termEnds,
                                                     reasons: sponsorReasons(facts, book: book, asOf: asOf)),
                          members: members)
    }

    static func assess(_ context: MemberContext) -> MemberAssessment {
        let eligibility = context.eligibility()
        let framework = context.framework(eligibility: eligibility.value)
        let fee = context.fee(framework: framework.value)
        let checklist = context.checklist()
        let age = context.age
        let bands = AgeBands(book: context.book, on: context.day)
        let oldestBand = bands.band(age: age.possibleAges.upperBound)
        let youngestBand = bands.band(age: age.possibleAges.lowerBound)
        return MemberAssessment(
            id: context.member.id,
            eligibility: eligibility.value,
            framework: framework.value,
            feeCents: fee.value,
            ageBand: oldestBand,
            ageUncertain: oldestBand != youngestBand,
            reasons: (eligibility.reasons + framework.reasons + fee.reasons + checklist.reasons).deduplicated(),
            checklist: checklist.items,
            deadlines: context.deadlines(),
            warnings: context.warnings())
    }

    static func sponsorReasons(_ facts: SponsorFacts, book: RuleBook, asOf: Day) -> [Reason] {
        let s = facts.sponsor
        let applied = s.asylumApplicationDate
        let uam = book.uamParents.on(applied)
        var reasons: [Reason] = []
        switch facts.adultAtAsylumApplication {
        case .uncertain:
            reasons.append(uam.reason(.sponsorAgeUncertain, s.birthDate, uam.figures.years, applied))
        case .no where s.isUnaccompaniedAtApplication:
            reasons.append(uam.reason(.sponsorUnaccompanied, uam.figures.years, applied))
        case .no:
            reasons.append(uam.reason(.sponsorAccompanied, uam.figures.years, applied))
        case .yes:
            break
        }
        let decided = s.permit.decisionDate
        if let ends = facts.termEnds {
            let term = book.applicationTerm.on(decided)
            reasons.append(term.reason(.applicationTermEnds, [.plain(ends.description), .term(term.figures), .plain(decided.description)]))
        } else {
            reasons.append(book.subsequentAdult.on(asOf).reason(.subsequentApplication))
        }
        if s.permit.kind == .derived {
            reasons.append(book.regularDerived.on(asOf).reason(.sponsorDerivedPermit))
        }
        if s.permit.effectiveStatus == .subsidiary, let twoStatus = book.twoStatus.inForce(on: asOf) {
            reasons.append(twoStatus.reason(.sponsorSubsidiary))
        }
        return reasons
    }
}

/// The rules version of one (unchanging) book, remembered per day, for any thread.
/// Unchecked, and safe: `book` is a constant, and `versions`, the only mutable state,
/// is read and written only while holding `lock`.
private final class RulesVersionMemo: @unchecked Sendable {
    private let book: RuleBook
    private var versions: [Day: Day] = [:]
    private let lock = NSLock()

    init(book: RuleBook) { self.book = book }

    func version(on day: Day) -> Day {
        if let known = lock.withLock({ versions[day] }) { return known }
        let version = book.version(on: day)
        lock.withLock { versions[day] = version }
        return version
    }
}
