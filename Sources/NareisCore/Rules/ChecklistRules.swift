/// The documents one member needs (DOC-*). An item required only because an age is
/// uncertain carries `uncertain: true`, and a reason says why.
extension MemberContext {
    func checklist() -> (items: [ChecklistItem], reasons: [Reason]) {
        var items: [ChecklistItem] = []
        var reasons: [Reason] = []
        var uncertainByAge = false
        func add(_ docs: [DocumentSpec], rule: String, when certainty: Certainty, byMemberAge: Bool = false) {
            guard certainty != .no else { return }
            if certainty == .uncertain && byMemberAge { uncertainByAge = true }
            items += docs.map { ChecklistItem(id: $0.id, label: $0.label, rule: rule, uncertain: certainty == .uncertain) }
        }

        let base = book.baseDocuments.on(day)
        add(base.figures.items, rule: base.id, when: .yes)

        let antecedents = book.antecedents.on(day)
        add(antecedents.figures.items, rule: antecedents.id, when: age.atLeast(antecedents.figures.fromAge ?? 0),
            byMemberAge: true)

        let isChildOrSibling = member.relationship == .child || member.relationship == .sibling
        let appendices = book.appendices15.on(day)
        if isChildOrSibling {
            add(appendices.figures.items, rule: appendices.id, when: age.atLeast(appendices.figures.fromAge ?? 0),
                byMemberAge: true)
        }

        let tb = book.tbDeclaration.on(day)
        if !tb.figures.exemptNationalities.contains(member.nationality) {
            let asked = sponsor.situations.map(isOtherFamilyMemberForTB)
            let certainty: Certainty = asked.allSatisfy { $0 } ? .yes : (asked.contains(true) ? .uncertain : .no)
            add([tb.figures.item], rule: tb.id, when: certainty)
            if certainty == .uncertain {
                reasons.append(tb.reason(
                    "Whether the TB declaration is asked depends on the sponsor's age at the asylum application, which is uncertain: included"))
            }
        }

        let guardian = book.guardian.on(day)
        let sponsorMinor = sponsorAgeOnDay.under(guardian.figures.underAge)
        add([guardian.figures.item], rule: guardian.id, when: sponsorMinor)
        if sponsorMinor == .uncertain {
            reasons.append(guardian.reason(
                "The sponsor's birth date leaves it uncertain whether they are under \(guardian.figures.underAge) on \(day): guardian evidence included; individual assessment"))
        }

        let otherParent = book.otherParent.on(day)
        if isChildOrSibling, let situation = member.otherParent,
           situation == .stayingConsents || situation == .stayingCannotConsent {
            let f = otherParent.figures
            let consent = situation == .stayingConsents ? f.consent : f.cannotConsent
            add([f.identity, f.relationship, consent], rule: otherParent.id, when: age.under(f.underAge), byMemberAge: true)
        }

        if member.relationship == .child, childKind == .foster {
            let foster = book.foster.on(day)
            add(foster.figures.always, rule: foster.id, when: .yes)
            if member.child?.bioParentsDeceased == true {
                add(foster.figures.ifDeceased, rule: foster.id, when: .yes)
            }
        }

        if uncertainByAge {
            reasons.append(Reason(rule: base.id, text:
                "The birth date \(member.birthDate) leaves the age on \(day) between \(age.possibleAges.lowerBound) and \(age.possibleAges.upperBound): the documents of both ages are listed, the extra ones marked uncertain",
                source: base.source))
        }
        return (items, reasons)
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
