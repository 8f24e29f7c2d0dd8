/// The framework the application falls in (FW-*, TERM-EXCUSABLE).
extension MemberContext {
    func framework(eligibility: Eligibility) -> Finding<Framework> {
        let findings = sponsor.situations.map { framework(eligibility: eligibility, situation: $0) }
        var result: Finding<Framework>
        if Set(findings.map(\.value)).count == 1 {
            result = Finding(value: findings[0].value, reasons: findings.flatMap(\.reasons).deduplicated())
        } else {
            // The side that asks more of the family.
            let regular = findings.filter { $0.value == .regular }.flatMap(\.reasons).deduplicated()
            let cause = regular[0]
            result = Finding(value: .regular, reasons: [Reason(rule: cause.rule,
                text: "The sponsor's age at the asylum application is uncertain and the framework depends on it: counted as regular, which asks more of the family",
                source: cause.source)] + regular)
        }
        result.reasons += notes()
        return result
    }

    private func framework(eligibility: Eligibility, situation: SponsorSituation) -> Finding<Framework> {
        let s = sponsor.sponsor
        if s.permit.kind == .derived {
            return Finding(value: .regular, reasons: [book.regularDerived.on(day).reason(
                "The sponsor's own permit is derived from a family member's: regular framework, unless they first obtain an independent asylum status")])
        }
        if member.relationship == .sibling && situation == .unaccompaniedMinor {
            return Finding(value: .regular, reasons: [book.regularSiblings.on(day).reason(
                "Brother or sister of a sponsor who was an unaccompanied minor: always the regular framework")])
        }
        if s.isSubsequentApplication && situation == .unaccompaniedMinor {
            let limit = book.uamParents.on(day).figures.years
            let adultNow = sponsorAgeOnDay.atLeast(limit)
            if adultNow != .no {
                let how = adultNow == .yes ? "now \(limit) or older" : "possibly \(limit) or older by now (birth date partial)"
                return Finding(value: .regular, reasons: [book.regularFormerUAM.on(day).reason(
                    "Subsequent application by a former unaccompanied minor \(how): regular framework; the reasons the first reunification failed must be weighed")])
            }
        }
        if eligibility == .notEligible {
            return Finding(value: .regular, reasons: [book.favourable.on(day).reason(
                "A family condition fails (see the eligibility reasons): the favourable framework does not apply")])
        }
        return termFramework()
    }

    /// The framework by the application term, and by the framework chosen when filing.
    private func termFramework() -> Finding<Framework> {
        let chosenRegular = procedure.framework == .regular
        guard let due = sponsor.termEnds else {
            if chosenRegular { return incomeExempt() }
            return Finding(value: .favourable, reasons: [book.subsequentAdult.on(day).reason(
                "Subsequent application while the sponsor holds the asylum permit: the term stays secured, no new application term runs")])
        }
        let filed = procedure.submitted
        let daysLate = due.days(until: filed ?? asOf)
        let lateness = book.excusableLateness.on(day)
        if chosenRegular {
            if daysLate <= 0 { return incomeExempt() }
            return Finding(value: .regular, reasons: [book.regularLate.on(day).reason(
                "Filed in the regular framework after the term ended on \(due): the income requirement applies")])
        }
        if daysLate >= lateness.figures.regularFromDays {
            let text = filed == nil
                ? "Not filed, \(daysLate) days past the term that ended on \(due): regular framework unless exceptional circumstances are accepted"
                : "Filed \(daysLate) days after the term that ended on \(due): regular framework unless exceptional circumstances are accepted"
            return Finding(value: .regular, reasons: [book.regularLate.on(day).reason(text)])
        }
        var reasons: [Reason] = []
        let favourable = book.favourable.on(day)
        if daysLate > 0 {
            let lastExcusable = due.adding(days: lateness.figures.excusableThroughDays)
            reasons.append(favourable.reason("Favourable framework: no income or integration requirement"))
            reasons.append(lateness.reason(filed == nil
                ? "Not filed, \(daysLate) days past the term that ended on \(due): lateness of less than two weeks is excusable if filed by \(lastExcusable)"
                : "Filed \(daysLate) days after the term that ended on \(due): lateness of less than two weeks is excusable"))
        } else {
            reasons.append(favourable.reason(filed == nil
                ? "Not filed yet; filed by \(due) (the end of the application term) it falls in the favourable framework"
                : "Filed within the application term (ends \(due)): favourable framework, no income or integration requirement"))
            if filed != nil, procedure.rectificationLetter != nil {
                reasons.append(book.partialFiling.on(day).reason(
                    "Filed in time though incomplete: the term is secured, the application is completed after the rectification letter"))
            }
        }
        return Finding(value: .favourable, reasons: reasons)
    }

    private func incomeExempt() -> Finding<Framework> {
        Finding(value: .regular, reasons: [book.regularIncomeExempt.on(day).reason(
            "Regular application within the application term: exempt from the income requirement")])
    }

    /// Reasons that change no conclusion but matter to the counsellor.
    private func notes() -> [Reason] {
        guard let arrival = procedure.arrival else { return [] }
        if let decision = procedure.decision, decision.date <= arrival { return [] }
        return [book.enteredDuringProcedure.on(day).reason(
            "The member entered the Netherlands (\(arrival)) before the decision: no ground for refusal, the procedure continues")]
    }
}
