/// The sponsor's situation at the asylum application, which decides who is core
/// family, who pays and which documents are asked (IND-PROCESS splits its pages by it).
enum SponsorSituation: Hashable, Sendable, CaseIterable {
    /// 18 or older when applying for asylum.
    case adult
    /// Under 18 and unaccompanied when applying for asylum (UAM, CJEU C-550/16).
    case unaccompaniedMinor
    /// Under 18 but accompanied: neither of the IND's two pages; no core family.
    case accompaniedMinor
}

/// What the case says about the sponsor, computed once per assessment.
struct SponsorFacts {
    let sponsor: Sponsor
    /// 18 or older on the asylum application day (FM-UAM-PARENTS's age limit).
    let adultAtAsylumApplication: Certainty
    /// Every situation the (possibly partial) birth date allows, the likeliest first.
    let situations: [SponsorSituation]
    /// The application term's last day; nil where no term runs.
    let termEnds: Day?

    init(_ sponsor: Sponsor, book: borrowing RuleBook) {
        self.sponsor = sponsor
        let limit = book.uamParents.on(sponsor.asylumApplicationDate).figures.years
        adultAtAsylumApplication = sponsor.birthDate.isAtLeast(limit, on: sponsor.asylumApplicationDate)
        let minor: SponsorSituation = sponsor.isUnaccompaniedAtApplication ? .unaccompaniedMinor : .accompaniedMinor
        switch adultAtAsylumApplication {
        case .yes: situations = [.adult]
        case .no: situations = [minor]
        case .uncertain: situations = [.adult, minor]
        }
        let decided = sponsor.permit.decisionDate
        termEnds = SponsorFacts.termIsSecured(sponsor) ? nil : book.applicationTerm.on(decided).figures.end(from: decided)
    }

    /// FW-SUBSEQUENT-ADULT: a subsequent application by a holder of an own asylum
    /// permit keeps the term "secured": no new term runs.
    static func termIsSecured(_ sponsor: Sponsor) -> Bool {
        sponsor.isSubsequentApplication && sponsor.permit.kind == .asylum
    }

    var minorAtAsylumApplication: Bool { adultAtAsylumApplication == .no }
    var ageUncertain: Bool { adultAtAsylumApplication == .uncertain }
}

/// A member's possible ages on one day, from a possibly partial birth date.
struct AgeFacts {
    let birth: PartialDate
    let day: Day

    var possibleAges: ClosedRange<Int> { birth.ageRange(on: day) }
    /// The older possible age: the band of the earliest birth date (spec "Edge cases").
    var oldest: Int { possibleAges.upperBound }

    func atLeast(_ years: Int) -> Certainty { birth.isAtLeast(years, on: day) }

    func under(_ years: Int) -> Certainty {
        switch atLeast(years) {
        case .yes: return .no
        case .no: return .yes
        case .uncertain: return .uncertain
        }
    }
}

/// The spec's age bands, their limits taken from the rules that make them matter:
/// 12 (DOC-12), 15 (DOC-15), 18 (FM-CHILD), over 25 (FM-YOUNG-ADULT).
struct AgeBands {
    let lowerBounds: [(band: AgeBand, from: Int)]

    init(book: borrowing RuleBook, on day: Day) {
        lowerBounds = [
            (.under12, Int.min),
            (.from12to14, book.antecedents.on(day).figures.fromAge ?? 0),
            (.from15to17, book.appendices15.on(day).figures.fromAge ?? 0),
            (.from18to25, book.child.on(day).figures.years),
            (.over25, book.youngAdult.on(day).figures.through + 1),
        ]
    }

    func band(age: Int) -> AgeBand {
        lowerBounds.last(where: { age >= $0.from })!.band
    }
}
