/// The IND fee (FEE-*), in euro cents; nil where the sources give no amount.
extension MemberContext {
    func fee(framework: Framework) -> Finding<Int?> {
        let findings = sponsor.situations.map { fee(framework: framework, situation: $0) }
        if Set(findings.map(\.value)).count == 1 {
            return Finding(value: findings[0].value, reasons: findings.flatMap(\.reasons).deduplicated())
        }
        let rule = book.freeCore.on(day)
        return Finding(value: nil, reasons: [rule.reason(.feeUncertain)])
    }

    private func fee(framework: Framework, situation: SponsorSituation) -> Finding<Int?> {
        guard isCoreFamily(situation) else {
            let rule = book.otherFee.on(day)
            // The amount as the IND's page writes it ("€ 243,00"), in every language.
            return Finding(value: rule.figures.cents, reasons: [rule.reason(.feeOther, rule.figures.text(.nl))])
        }
        if framework == .regular {
            return Finding(value: nil, reasons: [book.regularFee.on(day).reason(.feeRegular)])
        }
        let rule = book.freeCore.on(day)
        let who = situation == .adult ? Wording(.coreAdultSponsor, book.uamParents.on(day).figures.years)
                                      : Wording(.coreUAMSponsor)
        return Finding(value: rule.figures.cents, reasons: [rule.reason(.freeForCore, [.wording(who)])])
    }
}
