/// Whether the family tie qualifies (FM-*, TWO-STATUS), whatever the term or framework.
extension MemberContext {
    func eligibility() -> Finding<Eligibility> {
        // One outcome per possibility; an age is named only where it changes the outcome.
        var outcomes: [(label: String, finding: Finding<Eligibility>)] = []
        for situation in sponsor.situations {
            let byAge = age.possibleAges.map { ($0, eligibility(age: $0, situation: situation)) }
            let situationLabel = sponsor.situations.count > 1 ? [situation.phrase] : []
            if Set(byAge.map(\.1.value)).count == 1 {
                let reasons = byAge.flatMap(\.1.reasons).deduplicated()
                outcomes.append((situationLabel.joined(), Finding(value: byAge[0].1.value, reasons: reasons)))
            } else {
                for (years, finding) in byAge {
                    outcomes.append(((["if aged \(years) on \(day)"] + situationLabel).joined(separator: " and "), finding))
                }
            }
        }
        var result = merge(outcomes)
        if member.familyBeforeEntry == nil {
            // Counted as true (spec); the warning says so.
            result.reasons.append(book.familyBeforeEntry.on(day).reason(
                "Not recorded whether the member was part of the family before the sponsor entered the Netherlands: counted as yes; check it"))
        }
        return result
    }

    /// Equal outcomes merge into one; different ones make it an individual assessment,
    /// each possibility's reasons labelled with what it depends on.
    private func merge(_ outcomes: [(label: String, finding: Finding<Eligibility>)]) -> Finding<Eligibility> {
        let values = Set(outcomes.map(\.finding.value))
        if values.count == 1 {
            return Finding(value: outcomes[0].finding.value, reasons: outcomes.flatMap(\.finding.reasons).deduplicated())
        }
        var reasons: [Reason] = []
        for outcome in outcomes {
            for reason in outcome.finding.reasons {
                reasons.append(Reason(rule: reason.rule, text: capitalized(outcome.label) + ": " + outcome.finding.value.rawValue
                                      + ". " + reason.text, source: reason.source))
            }
        }
        return Finding(value: .assessment, reasons: reasons.deduplicated())
    }

    private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    func eligibility(age years: Int, situation: SponsorSituation) -> Finding<Eligibility> {
        var finding: Finding<Eligibility>
        if member.familyBeforeEntry == false {
            finding = Finding(value: .notEligible, reasons: [book.familyBeforeEntry.on(day).reason(
                "Not part of the family before the sponsor entered the Netherlands")])
        } else {
            finding = tie(age: years, situation: situation)
        }
        // TWO-STATUS: "any conclusion for a member outside the nuclear family, or for a
        // B-status sponsor, is assessment" (a failed condition stays among the reasons).
        if let twoStatus {
            if !isNuclearFamily(age: years, situation: situation) {
                finding.value = .assessment
                finding.reasons.append(twoStatus.reason(
                    "Outside the nuclear family (partner, minor children, parents of an unaccompanied minor): from 12 June 2026 family reunification is limited to it; individual assessment until the conditions are known"))
            }
            if sponsor.sponsor.permit.effectiveStatus == .subsidiary {
                finding.value = .assessment
                finding.reasons.append(twoStatus.reason(
                    "The sponsor has subsidiary protection (B status): further conditions apply from 12 June 2026 that are not in the sources; individual assessment"))
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
            let kind = member.partner?.kind.map { " (\($0.rawValue))" } ?? ""
            return Finding(value: .eligible, reasons: [book.partner.on(day).reason(
                "Partner\(kind): spouse, registered or unregistered partner in a lasting and exclusive relationship")])
        case .child:
            let majority = book.child.on(day)
            if years < majority.figures.years {
                return Finding(value: .eligible, reasons: [majority.reason("Minor \(childKind.phrase)")])
            }
            return youngAdult(age: years)
        case .parent:
            let rule = book.uamParents.on(day)
            switch situation {
            case .unaccompaniedMinor where parentKind == .foster:
                return Finding(value: .assessment, reasons: [book.otherFamily.on(day).reason(
                    "Foster parent of a sponsor who was an unaccompanied minor: not a parent in law; whether they belong to the family is an individual assessment")])
            case .unaccompaniedMinor:
                return Finding(value: .eligible, reasons: [rule.reason(
                    "\(parentKind == .adoptive ? "Adoptive parent" : "Parent") of a sponsor who was under \(rule.figures.years) and unaccompanied when applying for asylum")])
            case .adult, .accompaniedMinor:
                return Finding(value: .assessment, reasons: [book.otherFamily.on(day).reason(
                    "Parent of a sponsor who was not an unaccompanied minor when applying for asylum: whether they belong to the family is an individual assessment")])
            }
        case .sibling:
            return Finding(value: .assessment, reasons: [book.otherFamily.on(day).reason(
                "Brother or sister: whether they belong to the family is an individual assessment")])
        case .other:
            return Finding(value: .assessment, reasons: [book.otherFamily.on(day).reason(
                "Other family member: whether they belong to the family is an individual assessment")])
        }
    }

    /// FM-YOUNG-ADULT: all four conditions, a failed one excused only by reasons beyond
    /// their control (then still an individual assessment), none automatic over ~25.
    private func youngAdult(age years: Int) -> Finding<Eligibility> {
        let rule = book.youngAdult.on(day)
        guard years <= rule.figures.through else {
            return Finding(value: .assessment, reasons: [rule.reason(
                "Child older than about \(rule.figures.through): individual assessment")])
        }
        let c = member.child?.youngAdult
        var failed: [String] = []
        var unknown: [String] = []
        func check(_ value: Bool?, wanted: Bool, condition: String, question: String) {
            guard let value else { unknown.append(question); return }
            if value != wanted { failed.append(condition) }
        }
        check(c?.livedWithFamilyAtEntry, wanted: true,
              condition: "lived with the family when the sponsor entered the Netherlands",
              question: "whether they lived with the family when the sponsor entered the Netherlands")
        check(c?.ownIncome, wanted: false, condition: "does not provide for their own income",
              question: "whether they provide for their own income")
        check(c?.ownFamily, wanted: false, condition: "has not formed a family of their own nor takes care of a child",
              question: "whether they formed a family of their own")
        if !failed.isEmpty {
            let list = failed.joined(separator: "; ")
            if c?.beyondControl == true {
                return Finding(value: .assessment, reasons: [rule.reason(
                    "Young adult child: condition not met (\(list)) for reasons beyond their control; whether the family tie still holds is an individual assessment")])
            }
            return Finding(value: .notEligible, reasons: [rule.reason(
                "Young adult child: condition not met (\(list)) and not for reasons beyond their control")])
        }
        if !unknown.isEmpty {
            return Finding(value: .assessment, reasons: [rule.reason(
                "Young adult child: not recorded \(unknown.joined(separator: "; ")); individual assessment until known")])
        }
        return Finding(value: .eligible, reasons: [rule.reason(
            "Young adult child who lived with the family when the sponsor entered the Netherlands, has no own income and no family of their own")])
    }
}

extension ChildDetails.Kind {
    var phrase: String { self == .stepchild ? "stepchild" : rawValue + " child" }
}
