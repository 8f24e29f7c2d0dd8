/// Everything the rules need to judge one member: the rule book, the sponsor's facts,
/// the member, the day of the assessment and the day that matters for the member
/// (the filing day, or `asOf` before filing).
struct MemberContext {
    private let rules: SharedRuleBook
    let sponsor: SponsorFacts
    let member: Member
    let asOf: Day

    init(book: SharedRuleBook, sponsor: SponsorFacts, member: Member, asOf: Day) {
        rules = book
        self.sponsor = sponsor
        self.member = member
        self.asOf = asOf
    }

    /// Borrowed, not copied: a rule book is some forty rule histories, and copying
    /// them into every member's context (and every copy of it) was a tenth of
    /// assessing a case.
    var book: RuleBook {
        _read { yield rules.book }
    }

    var procedure: Procedure { member.procedure }
    /// The day the application is judged on: filed, or (not yet filed) today.
    var day: Day { procedure.submitted ?? asOf }
    var age: AgeFacts { AgeFacts(birth: member.birthDate, day: day) }
    var sponsorAgeOnDay: AgeFacts { AgeFacts(birth: sponsor.sponsor.birthDate, day: day) }

    /// TWO-STATUS holds on `asOf` and the application was not decided before it took
    /// effect (filed on or after 12 June 2026, or still pending that day).
    var twoStatus: Rule<Statement>? {
        guard let rule = book.twoStatus.inForce(on: asOf) else { return nil }
        if let decision = procedure.decision, decision.date < rule.info.validFrom { return nil }
        return rule
    }

    var childKind: ChildDetails.Kind { member.child?.kind ?? .biological }
    /// A parent whose kind is not recorded counts as biological.
    var parentKind: ParentDetails.Kind { member.parent?.kind ?? .biological }

    /// Partner or child of an adult sponsor, biological parent of a UAM sponsor: the
    /// family FEE-FREE-CORE makes free. Everyone else is an "other family member".
    func isCoreFamily(_ situation: SponsorSituation) -> Bool {
        switch (situation, member.relationship) {
        case (.adult, .partner), (.adult, .child): return true
        case (.unaccompaniedMinor, .parent): return parentKind == .biological
        default: return false
        }
    }
}

/// One rule book shared by the contexts of an assessment.
final class SharedRuleBook: Sendable {
    let book: RuleBook
    init(_ book: RuleBook) { self.book = book }

    static let standard = SharedRuleBook(.standard)
}

/// A conclusion with its reasons, for one possibility (an age, a sponsor situation).
struct Finding<Value: Equatable>: Equatable {
    var value: Value
    var reasons: [Reason]
}

extension Array where Element == Reason {
    /// Drops repeated reasons, keeping the first of each.
    func deduplicated() -> [Reason] {
        // The lists are short (a handful of reasons, the same rule IDs first to
        // differ): comparing beats hashing every reason's text, which was a tenth of
        // assessing a case.
        guard count > 32 else {
            var kept: [Reason] = []
            kept.reserveCapacity(count)
            for reason in self where !kept.contains(reason) { kept.append(reason) }
            return kept
        }
        var seen: Set<Reason> = []
        return filter { seen.insert($0).inserted }
    }
}
