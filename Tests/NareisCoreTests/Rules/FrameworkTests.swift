import Testing
@testable import NareisCore

@Suite("Frameworks")
struct FrameworkTests {
    @Test func derivedPermitIsRegular() {
        let a = assess(member(.partner, procedure: filed("2024-04-01")), sponsor: sponsor(permit: .derived))
        #expect(a.framework == .regular)
        #expect(a.ruleIDs.contains("FW-REGULAR-DERIVED"))
        #expect(a.feeCents == nil)
    }

    @Test func siblingsOfAUAMAreRegularButOfAnAdultFavourable() {
        let uam = sponsor(born: "2007-01-01", unaccompanied: true)
        let a = assess(member(.sibling, procedure: filed("2024-04-01")), sponsor: uam)
        #expect(a.framework == .regular)
        #expect(a.ruleIDs.contains("FW-REGULAR-SIBLINGS"))
        #expect(a.feeCents == 243_00)
        let b = assess(member(.sibling, procedure: filed("2024-04-01")))
        #expect(b.framework == .favourable)
    }

    @Test func subsequentApplicationByAFormerUAMIsRegular() {
        // Minor and unaccompanied at the asylum application (2021), 18 by the filing day.
        let former = sponsor(born: "2005-03-01", applied: "2021-01-10", unaccompanied: true, decided: "2021-06-01",
                             subsequent: true)
        let a = assess(member(.parent, procedure: filed("2024-04-01")), sponsor: former)
        #expect(a.framework == .regular)
        #expect(a.ruleIDs.contains("FW-REGULAR-FORMER-UAM"))
        #expect(a.eligibility == .eligible)  // still the parent of a UAM (C-550/16)
        // Still a minor on the filing day: the favourable framework stays open.
        let stillMinor = sponsor(born: "2008-03-01", applied: "2023-01-10", unaccompanied: true, decided: "2023-06-01",
                                 subsequent: true)
        #expect(assess(member(.parent, procedure: filed("2024-04-01")), sponsor: stillMinor).framework == .favourable)
    }

    @Test func aFailedFamilyConditionIsRegular() {
        let a = assess(member(.partner, familyBeforeEntry: false, procedure: filed("2024-04-01")))
        #expect(a.eligibility == .notEligible)
        #expect(a.framework == .regular)
    }

    @Test func enteringTheNetherlandsBeforeTheDecisionIsNoted() {
        var p = filed("2024-04-01")
        p.arrival = d("2024-05-01")
        let a = assess(member(.partner, procedure: p))
        #expect(a.ruleIDs.contains("FW-IN-NL"))
        #expect(a.eligibility == .eligible)
        #expect(a.deadline("ind-registration")?.due == d("2024-05-04"))
    }
}
