import Testing
@testable import NareisCore

/// TWO-STATUS from 2026-06-12: applications filed on or after it, or still pending.
@Suite("Two-status system (TWO-STATUS)")
struct TwoStatusTests {
    static let uam = sponsor(born: "2010-01-01", applied: "2026-01-10", unaccompanied: true, decided: "2026-05-01")
    static let adult = sponsor(decided: "2026-05-01")

    @Test func siblingBeforeAndAfter() {
        let m = member(.sibling, procedure: filed("2026-06-01"))
        let before = assess(m, sponsor: Self.uam, asOf: "2026-06-11")
        #expect(!before.ruleIDs.contains("TWO-STATUS"))
        let after = assess(m, sponsor: Self.uam, asOf: "2026-06-12")
        #expect(after.eligibility == .assessment)
        #expect(after.ruleIDs.contains("TWO-STATUS"))
    }

    @Test func decidedBeforeTheChangeIsJudgedByTheOldRules() {
        var p = filed("2026-05-10")
        p.decision = Decision(date: d("2026-06-11"), outcome: .positive)
        let a = assess(member(.child, born: "2004-01-01", child: ChildDetails(youngAdult: YoungAdultConditions(
            livedWithFamilyAtEntry: true, ownIncome: false, ownFamily: false)), procedure: p),
                       sponsor: Self.adult, asOf: "2026-07-01")
        #expect(a.eligibility == .eligible)
        #expect(!a.ruleIDs.contains("TWO-STATUS"))
    }

    @Test func youngAdultPendingOnTheDayIsAnAssessment() {
        let a = assess(member(.child, born: "2004-01-01", child: ChildDetails(youngAdult: YoungAdultConditions(
            livedWithFamilyAtEntry: true, ownIncome: false, ownFamily: false)), procedure: filed("2026-05-10")),
                       sponsor: Self.adult, asOf: "2026-07-01")
        #expect(a.eligibility == .assessment)
        #expect(a.ruleIDs.contains("TWO-STATUS"))
    }

    @Test func nuclearFamilyStaysEligibleUnlessTheSponsorHasBStatus() {
        let partner = member(.partner, procedure: filed("2026-07-01"))
        #expect(assess(partner, sponsor: Self.adult, asOf: "2026-07-02").eligibility == .eligible)
        #expect(assess(member(.parent, born: "1980", procedure: filed("2026-07-01")), sponsor: Self.uam,
                       asOf: "2026-07-02").eligibility == .eligible)
        let b = sponsor(decided: "2026-05-01", status: .subsidiary)
        let a = assess(partner, sponsor: b, asOf: "2026-07-02")
        #expect(a.eligibility == .assessment)
        #expect(a.ruleIDs.contains("TWO-STATUS"))
        // Before 12 June 2026 B status made no difference.
        #expect(assess(partner, sponsor: b, asOf: "2026-06-11").eligibility == .eligible)
    }

    @Test func rulesVersionFollowsTheDay() {
        let file = CaseFile(sponsor: Self.adult, members: [])
        #expect(Assessor.assess(file, asOf: d("2024-06-01")).rulesVersion == "2024-04-30")
        #expect(Assessor.assess(file, asOf: d("2026-06-11")).rulesVersion == "2024-04-30")
        #expect(Assessor.assess(file, asOf: d("2026-06-12")).rulesVersion == "2026-06-12")
    }
}

extension TwoStatusTests {
    @Test func anyConclusionOutsideTheNuclearFamilyIsAnAssessmentEvenAFailedOne() {
        let failing = member(.child, born: "2004-01-01", child: ChildDetails(youngAdult: YoungAdultConditions(
            livedWithFamilyAtEntry: true, ownIncome: true, ownFamily: false, beyondControl: false)),
            procedure: filed("2026-07-01"))
        #expect(assess(failing, sponsor: Self.adult, asOf: "2026-06-11").eligibility == .notEligible)
        let after = assess(failing, sponsor: Self.adult, asOf: "2026-07-02")
        #expect(after.eligibility == .assessment)
        #expect(after.ruleIDs.contains("FM-YOUNG-ADULT"))
        #expect(after.ruleIDs.contains("TWO-STATUS"))
    }
}
