/// The IND fee (FEE-*), in euro cents; nil where the sources give no amount.
extension MemberContext {
    func fee(framework: Framework) -> Finding<Int?> {
        let findings = sponsor.situations.map { fee(framework: framework, situation: $0) }
        if Set(findings.map(\.value)).count == 1 {
            return Finding(value: findings[0].value, reasons: findings.flatMap(\.reasons).deduplicated())
        }
        let rule = book.freeCore.on(day)
        return Finding(value: nil, reasons: [rule.reason(
            "The fee depends on the sponsor's age at the asylum application, which is uncertain: free for core family, otherwise the fee for other family members; individual assessment")])
    }

    private func fee(framework: Framework, situation: SponsorSituation) -> Finding<Int?> {
        guard isCoreFamily(situation) else {
            let rule = book.otherFee.on(day)
            return Finding(value: rule.figures.cents, reasons: [rule.reason(
                "Other family member: the application costs \(euros(rule.figures.cents)), whichever framework it falls in")])
        }
        if framework == .regular {
            return Finding(value: nil, reasons: [book.regularFee.on(day).reason(
                "Regular framework: an application fee applies; the amount is in the IND fee table, not in the sources")])
        }
        let rule = book.freeCore.on(day)
        let who = situation == .adult
            ? "partner or child of a sponsor who was 18 or older when applying for asylum"
            : "biological parent of a sponsor who was an unaccompanied minor when applying for asylum"
        return Finding(value: rule.figures.cents, reasons: [rule.reason("Free: \(who)")])
    }

    /// "€ 243,00", as the IND writes amounts.
    private func euros(_ cents: Int) -> String {
        let rest = cents % 100
        return "€ \(cents / 100)," + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
