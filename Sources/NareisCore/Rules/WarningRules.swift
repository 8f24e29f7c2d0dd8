import Foundation

/// Warnings about one member: the passport, the representation, unknown facts.
extension MemberContext {
    func warnings() -> [Warning] {
        var list: [Warning] = []
        if member.familyBeforeEntry == nil {
            list.append(Warning(id: "family-before-entry-unknown", rule: book.familyBeforeEntry.on(day).id,
                                wording: Wording(.familyBeforeEntryWarning)))
        }
        if let warning = decisionOverdueWarning() { list.append(warning) }
        if let warning = passportWarning() { list.append(warning) }
        list += representationWarnings()
        return list
    }

    /// PROC-DEFAULT: the IND is past its decision period on `asOf`.
    private func decisionOverdueWarning() -> Warning? {
        guard let submitted = procedure.submitted, procedure.decision == nil else { return nil }
        let due = decisionDue(submitted)
        guard asOf > lastLegalDay(due) else { return nil }
        let rule = book.defaultNotice.on(asOf)
        let tiers = rule.figures.tiers.map { tier in
            tier.days.map { Wording(.penaltyTier, tier.centsPerDay / 100, $0) } ?? Wording(.penaltyLastTier, tier.centsPerDay / 100)
        }
        return Warning(id: "decision-overdue", rule: rule.id, wording: Wording(.decisionOverdue, [
            .plain(due.description), .term(rule.figures.startAfter), .joined(tiers, by: .commaThen)]))
    }

    /// PROC-PASSPORT-6M: the passport must be valid 6 more months on the MVV date
    /// (MVV issued, else the appointment, else decision + the appointment term).
    private func passportWarning() -> Warning? {
        let p = procedure
        guard let validUntil = p.passportValidUntil else { return nil }
        var mvvDay = p.mvvIssued ?? p.mvvAppointment
        if mvvDay == nil, let decision = p.decision, decision.outcome == .positive {
            mvvDay = book.mvvAppointment.on(decision.date).figures.term.end(from: decision.date)
        }
        guard let mvvDay else { return nil }
        let rule = book.passportValidity.on(mvvDay)
        let needed = rule.figures.end(from: mvvDay)
        guard validUntil < needed else { return nil }
        return Warning(id: "passport-validity", rule: rule.id, wording: Wording(.passportValidity, [
            .plain(validUntil.description), .plain(needed.description), .term(rule.figures), .plain(mvvDay.description)]))
    }

    /// Notices about the representation named on the form that hold on `asOf`, unless
    /// the notice's own exception covers where the member lives; a notice last
    /// confirmed longer ago than its review term says it may be out of date.
    private func representationWarnings() -> [Warning] {
        guard let named = procedure.representation else { return [] }
        let key = Self.cityKey(named)
        return book.representations
            .filter { $0.info.holds(on: asOf) && Self.cityKey($0.figures.city) == key }
            .filter { !$0.figures.excepts(residence: member.residence) }
            .map { rule in
                let notice = rule.figures
                var wording = Wording(notice.notice)
                if notice.mayBeOutdated(on: asOf) {
                    wording = Wording(.noticeMayBeOutdated, [.wording(wording), .plain(notice.confirmedOn.description),
                                                             .term(notice.reviewAfter)])
                }
                return Warning(id: notice.warningID, rule: rule.id, wording: wording)
            }
    }

    /// Compares city names without regard to case, accents or surrounding spaces.
    static func cityKey(_ name: String) -> String {
        name.trimmingWhitespace.foldedKey
    }
}
