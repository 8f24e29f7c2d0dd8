/// The documents one member needs (DOC-*). An item required only because an age is
/// uncertain carries `uncertain: true`, and a reason says why.
extension MemberContext {
    func checklist() -> (items: [ChecklistItem], reasons: [Reason]) {
        var items: [ChecklistItem] = []
        var reasons: [Reason] = []
        var uncertainByAge = false
        func add(_ docs: [DocumentSpec], rule: String, when certainty: Certainty, byMemberAge: Bool = false,
                 fromAge: Int? = nil) {
            guard certainty != .no else { return }
            // The member's age is what leaves it open (not only the family relation).
            if certainty == .uncertain && byMemberAge { uncertainByAge = true }
            let arguments = fromAge.map { [String($0)] } ?? []
            items += docs.map { spec in
                ChecklistItem(spec: spec, rule: rule, uncertain: certainty == .uncertain, arguments: arguments)
            }
        }

        let base = book.baseDocuments.on(day)
        add(base.figures.items, rule: base.id, when: .yes)

        let antecedents = book.antecedents.on(day)
        add(antecedents.figures.items, rule: antecedents.id, when: age.atLeast(antecedents.figures.fromAge ?? 0),
            byMemberAge: true, fromAge: antecedents.figures.fromAge)

        // DOC-15 and DOC-OTHER-PARENT: an adult sponsor's children, a minor sponsor's
        // brothers and sisters (an adult sponsor's siblings are "other family members").
        let childOrSiblingOfMinor = Certainty.of(sponsor.situations, isChildOrSiblingOfMinor)
        let appendices = book.appendices15.on(day)
        let appendicesByAge = age.atLeast(appendices.figures.fromAge ?? 0)
        add(appendices.figures.items, rule: appendices.id, when: childOrSiblingOfMinor.and(appendicesByAge),
            byMemberAge: appendicesByAge == .uncertain, fromAge: appendices.figures.fromAge)

        let tb = book.tbDeclaration.on(day)
        if !tb.figures.exemptNationalities.contains(member.nationality) {
            let asked = sponsor.situations.map(isOtherFamilyMemberForTB)
            let certainty: Certainty = asked.allSatisfy { $0 } ? .yes : (asked.contains(true) ? .uncertain : .no)
            add([tb.figures.item], rule: tb.id, when: certainty)
            if certainty == .uncertain {
                reasons.append(tb.reason(.tbUncertain))
            }
        }

        let guardian = book.guardian.on(day)
        let sponsorMinor = sponsorAgeOnDay.under(guardian.figures.underAge)
        add([guardian.figures.item], rule: guardian.id, when: sponsorMinor)
        if sponsorMinor == .uncertain {
            reasons.append(guardian.reason(.guardianUncertain, guardian.figures.underAge, day))
        }

        let otherParent = book.otherParent.on(day)
        if let situation = member.otherParent, situation == .stayingConsents || situation == .stayingCannotConsent {
            let f = otherParent.figures
            let consent = situation == .stayingConsents ? f.consent : f.cannotConsent
            let byAge = age.under(f.underAge)
            add([f.identity, f.relationship, consent], rule: otherParent.id,
                when: childOrSiblingOfMinor.and(byAge), byMemberAge: byAge == .uncertain)
        }

        if member.relationship == .child, childKind == .foster {
            let foster = book.foster.on(day)
            add(foster.figures.always, rule: foster.id, when: .yes)
            if member.child?.bioParentsDeceased == true {
                add(foster.figures.ifDeceased, rule: foster.id, when: .yes)
            }
        }

        if uncertainByAge {
            reasons.append(base.reason(.documentsAgeUncertain, member.birthDate, day, age.possibleAges.lowerBound,
                                       age.possibleAges.upperBound))
        }
        return (items, reasons)
    }

    /// DOC-15's and DOC-OTHER-PARENT's family: a child of an adult sponsor, a brother
    /// or sister of a minor one.
    private func isChildOrSiblingOfMinor(_ situation: SponsorSituation) -> Bool {
        switch (situation, member.relationship) {
        case (.adult, .child): return true
        case (.unaccompaniedMinor, .sibling), (.accompaniedMinor, .sibling): return true
        default: return false
        }
    }

    /// DOC-TB's "other family members" (those FEE-OTHER charges, by the IND's pages):
    /// for an adult sponsor parents, siblings and others; for a minor sponsor everyone
    /// but their parents (the IND's underage page lists parents, siblings, others).
    private func isOtherFamilyMemberForTB(_ situation: SponsorSituation) -> Bool {
        switch (situation, member.relationship) {
        case (.adult, .parent), (.adult, .sibling), (.adult, .other): return true
        case (.adult, _): return false
        case (_, .parent): return false
        default: return true
        }
    }
}
