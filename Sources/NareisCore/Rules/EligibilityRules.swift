/// Whether the family tie qualifies (FM-*, TWO-STATUS), whatever the term or framework.
extension MemberContext {
    func eligibility() -> Finding<Eligibility> {
        // One outcome per possibility; an age is named only where it changes the outcome.
        var outcomes: [(label: [Wording], finding: Finding<Eligibility>)] = []
        for situation in sponsor.situations {
            let byAge = age.possibleAges.map { ($0, eligibility(age: $0, situation: situation)) }
            let situationLabel = sponsor.situations.count > 1 ? [phrase(situation)] : []
            if Set(byAge.map(\.1.value)).count == 1 {
                let reasons = byAge.flatMap(\.1.reasons).deduplicated()
                outcomes.append((situationLabel, Finding(value: byAge[0].1.value, reasons: reasons)))
            } else {
                for (years, finding) in byAge {
                    outcomes.append(([Wording(.ifAged, years, day)] + situationLabel, finding))
                }
            }
        }
        var result = merge(outcomes)
        if member.familyBeforeEntry == nil {
            // Counted as true (spec); the warning says so.
            result.reasons.append(book.familyBeforeEntry.on(day).reason(.beforeEntryUnknown))
        }
        return result
    }

    /// Equal outcomes merge into one; different ones make it an individual assessment,
    /// each possibility's reasons labelled with what it depends on.
    private func merge(_ outcomes: [(label: [Wording], finding: Finding<Eligibility>)]) -> Finding<Eligibility> {
        let values = Set(outcomes.map(\.finding.value))
        if values.count == 1 {
            return Finding(value: outcomes[0].finding.value, reasons: outcomes.flatMap(\.finding.reasons).deduplicated())
        }
        var reasons: [Reason] = []
        for outcome in outcomes {
            for reason in outcome.finding.reasons {
                let inner: Wording.Argument = reason.wording.map { .wording($0) } ?? .plain(reason.text)
                let wording = Wording(.possibility, [.capitalized(.joined(outcome.label, by: .and)),
                                                     .outcome(outcome.finding.value), inner])
                reasons.append(Reason(rule: reason.rule, source: reason.source, wording: wording))
            }
        }
        return Finding(value: .assessment, reasons: reasons.deduplicated())
    }

    /// "if the sponsor was 18 or older when applying for asylum", with the rule's age.
    private func phrase(_ situation: SponsorSituation) -> Wording {
        switch situation {
        case .adult: return Wording(.ifAdultSponsor, book.uamParents.on(day).figures.years)
        case .unaccompaniedMinor: return Wording(.ifUnaccompaniedSponsor)
        case .accompaniedMinor: return Wording(.ifAccompaniedSponsor)
        }
    }

    func eligibility(age years: Int, situation: SponsorSituation) -> Finding<Eligibility> {
        var finding: Finding<Eligibility>
        if member.familyBeforeEntry == false {
            finding = Finding(value: .notEligible, reasons: [book.familyBeforeEntry.on(day).reason(.notBeforeEntry)])
        } else {
            finding = tie(age: years, situation: situation)
        }
        // TWO-STATUS: "any conclusion for a member outside the nuclear family, or for a
        // B-status sponsor, is assessment" (a failed condition stays among the reasons).
        if let twoStatus {
            if !isNuclearFamily(age: years, situation: situation) {
                finding.value = .assessment
                finding.reasons.append(twoStatus.reason(.outsideNuclearFamily))
            }
            if sponsor.sponsor.permit.effectiveStatus == .subsidiary {
                finding.value = .assessment
                finding.reasons.append(twoStatus.reason(.subsidiaryMember))
            }
        }
        return finding
    }

    private func isNuclearFamily(age years: Int, situation: SponsorSituation) -> Bool {
        switch member.relationship {
        case .partner: return true
        case .child: return years < book.child.on(day).figures.years
        case .parent: return situation == .unaccompaniedMinor && parentKind != .foster
        case .sibling, .other: return false
        }
    }

    /// The FM-* rule for the relationship.
    private func tie(age years: Int, situation: SponsorSituation) -> Finding<Eligibility> {
        switch member.relationship {
        case .partner:
            let rule = book.partner.on(day)
            let reason = member.partner?.kind.map { rule.reason(.partnerKind, [.partnerKind($0)]) } ?? rule.reason(.partner)
            return Finding(value: .eligible, reasons: [reason])
        case .child:
            let majority = book.child.on(day)
            if years < majority.figures.years {
                return Finding(value: .eligible, reasons: [majority.reason(.minorChild, [.childKind(childKind)])])
            }
            return youngAdult(age: years)
        case .parent:
            let rule = book.uamParents.on(day)
            switch situation {
            case .unaccompaniedMinor where parentKind == .foster:
                return Finding(value: .assessment, reasons: [book.otherFamily.on(day).reason(.fosterParentOfUAM)])
            case .unaccompaniedMinor:
                return Finding(value: .eligible, reasons: [rule.reason(
                    parentKind == .adoptive ? .adoptiveParentOfUAM : .parentOfUAM, rule.figures.years)])
            case .adult, .accompaniedMinor:
                return Finding(value: .assessment, reasons: [book.otherFamily.on(day).reason(.parentNotUAM)])
            }
        case .sibling:
            return Finding(value: .assessment, reasons: [book.otherFamily.on(day).reason(.sibling)])
        case .other:
            return Finding(value: .assessment, reasons: [book.otherFamily.on(day).reason(.otherFamily)])
        }
    }

    /// FM-YOUNG-ADULT: recorded conditions decide. All four hold: eligible. A condition
    /// fails and `beyondControl` is explicitly false: not-eligible. A condition fails for
    /// reasons beyond their control, or a condition (or, after a failed one,
    /// `beyondControl`) is not recorded: an individual assessment naming what is
    /// missing. Never not-eligible from a fact nobody recorded; none automatic over ~25.
    private func youngAdult(age years: Int) -> Finding<Eligibility> {
        let rule = book.youngAdult.on(day)
        guard years <= rule.figures.through else {
            return Finding(value: .assessment, reasons: [rule.reason(.youngAdultOlder, rule.figures.through)])
        }
        let c = member.child?.youngAdult
        var failed: [Wording] = []
        var unknown: [Wording] = []
        func check(_ value: Bool?, wanted: Bool, condition: RuleText, question: RuleText) {
            guard let value else { unknown.append(Wording(question)); return }
            if value != wanted { failed.append(Wording(condition)) }
        }
        check(c?.livedWithFamilyAtEntry, wanted: true, condition: .livedWithFamily, question: .askLivedWithFamily)
        check(c?.ownIncome, wanted: false, condition: .noOwnIncome, question: .askOwnIncome)
        check(c?.ownFamily, wanted: false, condition: .noOwnFamily, question: .askOwnFamily)
        var reasons: [Reason] = []
        if !failed.isEmpty {
            let list: Wording.Argument = .joined(failed, by: .semicolon)
            switch c?.beyondControl {
            case false?:
                // The recorded facts decide: the policy does not apply, whatever is unrecorded.
                return Finding(value: .notEligible, reasons: [rule.reason(.youngAdultNotMet, [list])])
            case true?:
                reasons.append(rule.reason(.youngAdultBeyondControl, [list]))
            case nil:
                reasons.append(rule.reason(.youngAdultBeyondControlUnknown, [list]))
            }
        }
        if !unknown.isEmpty {
            reasons.append(rule.reason(.youngAdultUnknown, [.joined(unknown, by: .semicolon)]))
        }
        if !reasons.isEmpty { return Finding(value: .assessment, reasons: reasons) }
        return Finding(value: .eligible, reasons: [rule.reason(.youngAdultEligible)])
    }
}
