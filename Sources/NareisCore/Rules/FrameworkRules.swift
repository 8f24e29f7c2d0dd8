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
            let wording = Wording(.frameworkUncertainAge)
            result = Finding(value: .regular, reasons: [Reason(rule: cause.rule, source: cause.source, wording: wording)] + regular)
        }
        result.reasons += notes()
        return result
    }

    private func framework(eligibility: Eligibility, situation: SponsorSituation) -> Finding<Framework> {
        let s = sponsor.sponsor
        if s.permit.kind == .derived {
            return Finding(value: .regular, reasons: [book.regularDerived.on(day).reason(.derivedPermit)])
        }
        if member.relationship == .sibling && situation == .unaccompaniedMinor {
            return Finding(value: .regular, reasons: [book.regularSiblings.on(day).reason(.siblingsOfUAM)])
        }
        if s.isSubsequentApplication && situation == .unaccompaniedMinor {
            let limit = book.uamParents.on(day).figures.years
            let adultNow = sponsorAgeOnDay.atLeast(limit)
            if adultNow != .no {
                let how = Wording(adultNow == .yes ? .nowAdult : .possiblyAdult, limit)
                return Finding(value: .regular, reasons: [book.regularFormerUAM.on(day).reason(.formerUAM, [.wording(how)])])
            }
        }
        if eligibility == .notEligible {
            return Finding(value: .regular, reasons: [book.favourable.on(day).reason(.familyConditionFails)])
        }
        return termFramework()
    }

    /// The framework by the application term, and by the framework chosen when filing.
    private func termFramework() -> Finding<Framework> {
        let chosenRegular = procedure.framework == .regular
        guard let due = sponsor.termEnds else {
            if chosenRegular { return incomeExempt() }
            return Finding(value: .favourable, reasons: [book.subsequentAdult.on(day).reason(.subsequentApplication)])
        }
        let filed = procedure.submitted
        let daysLate = due.days(until: filed ?? asOf)
        let lateness = book.excusableLateness.on(day)
        if chosenRegular {
            if daysLate <= 0 { return incomeExempt() }
            return Finding(value: .regular, reasons: [book.regularLate.on(day).reason(.regularAfterTerm, due)])
        }
        if daysLate >= lateness.figures.regularFromDays {
            return Finding(value: .regular, reasons: [book.regularLate.on(day).reason(
                filed == nil ? .notFiledLate : .filedLate, daysLate, due)])
        }
        var reasons: [Reason] = []
        let favourable = book.favourable.on(day)
        if daysLate > 0 {
            let lastExcusable = due.adding(days: lateness.figures.excusableThroughDays)
            reasons.append(favourable.reason(.favourable))
            reasons.append(filed == nil ? lateness.reason(.notFiledExcusable, daysLate, due, lastExcusable)
                                        : lateness.reason(.filedExcusable, daysLate, due))
        } else {
            reasons.append(favourable.reason(filed == nil ? .notFiledYet : .filedInTime, due))
            if filed != nil, procedure.rectificationLetter != nil {
                reasons.append(book.partialFiling.on(day).reason(.partialFiling))
            }
        }
        return Finding(value: .favourable, reasons: reasons)
    }

    private func incomeExempt() -> Finding<Framework> {
        Finding(value: .regular, reasons: [book.regularIncomeExempt.on(day).reason(.incomeExempt)])
    }

    /// Reasons that change no conclusion but matter to the counsellor.
    private func notes() -> [Reason] {
        guard let arrival = procedure.arrival else { return [] }
        if let decision = procedure.decision, decision.date <= arrival { return [] }
        return [book.enteredDuringProcedure.on(day).reason(.enteredDuringProcedure, arrival)]
    }
}
