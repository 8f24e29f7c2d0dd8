import Testing
@testable import NareisCore

@Suite("Who can be reunited")
struct EligibilityTests {
    struct Row: Sendable, CustomStringConvertible {
        let name: String
        let member: Member
        let sponsor: Sponsor
        let eligibility: Eligibility
        let rule: String
        var description: String { name }
    }

    static let uam = sponsor(born: "2007-01-01", unaccompanied: true)
    static func young(_ c: YoungAdultConditions?) -> Member {
        member(.child, born: "2004-01-01", child: ChildDetails(kind: .biological, youngAdult: c))
    }

    @Test(arguments: [
        Row(name: "partner", member: member(.partner), sponsor: sponsor(), eligibility: .eligible, rule: "FM-PARTNER"),
        Row(name: "minor foster child", member: member(.child, child: ChildDetails(kind: .foster)), sponsor: sponsor(),
            eligibility: .eligible, rule: "FM-CHILD"),
        Row(name: "minor stepchild", member: member(.child, child: ChildDetails(kind: .stepchild)), sponsor: sponsor(),
            eligibility: .eligible, rule: "FM-CHILD"),
        Row(name: "young adult, all conditions", member: young(YoungAdultConditions(livedWithFamilyAtEntry: true,
            ownIncome: false, ownFamily: false)), sponsor: sponsor(), eligibility: .eligible, rule: "FM-YOUNG-ADULT"),
        Row(name: "young adult with own income", member: young(YoungAdultConditions(livedWithFamilyAtEntry: true,
            ownIncome: true, ownFamily: false)), sponsor: sponsor(), eligibility: .notEligible, rule: "FM-YOUNG-ADULT"),
        Row(name: "young adult, own family beyond control", member: young(YoungAdultConditions(livedWithFamilyAtEntry: true,
            ownIncome: false, ownFamily: true, beyondControl: true)), sponsor: sponsor(), eligibility: .assessment,
            rule: "FM-YOUNG-ADULT"),
        Row(name: "young adult, conditions unknown", member: young(nil), sponsor: sponsor(), eligibility: .assessment,
            rule: "FM-YOUNG-ADULT"),
        Row(name: "child over 25", member: member(.child, born: "1995-01-01"), sponsor: sponsor(),
            eligibility: .assessment, rule: "FM-YOUNG-ADULT"),
        Row(name: "parent of a UAM", member: member(.parent, born: "1980"), sponsor: uam, eligibility: .eligible,
            rule: "FM-UAM-PARENTS"),
        Row(name: "parent of an adult", member: member(.parent, born: "1960"), sponsor: sponsor(),
            eligibility: .assessment, rule: "FM-OTHER"),
        Row(name: "parent of an accompanied minor", member: member(.parent, born: "1980"),
            sponsor: sponsor(born: "2007-01-01", unaccompanied: false), eligibility: .assessment, rule: "FM-OTHER"),
        Row(name: "sibling", member: member(.sibling), sponsor: uam, eligibility: .assessment, rule: "FM-OTHER"),
        Row(name: "other", member: member(.other, born: "1970"), sponsor: sponsor(), eligibility: .assessment,
            rule: "FM-OTHER"),
        Row(name: "not family before entry", member: member(.partner, familyBeforeEntry: false), sponsor: sponsor(),
            eligibility: .notEligible, rule: "FM-BEFORE-ENTRY"),
    ])
    func eligibilityByRelationship(row: Row) {
        let a = assess(row.member, sponsor: row.sponsor)
        #expect(a.eligibility == row.eligibility)
        #expect(a.ruleIDs.contains(row.rule))
    }

    @Test func unknownFamilyBeforeEntryCountsAsYesWithAWarning() {
        let a = assess(member(.partner, familyBeforeEntry: nil))
        #expect(a.eligibility == .eligible)
        #expect(a.warnings.map(\.id) == ["family-before-entry-unknown"])
    }

    @Test func aChildStraddling18IsAnAssessmentUnlessBothAgesAgree() {
        // Born in 2006: 17 or 18 on 2024-06-01.
        let unknown = assess(member(.child, born: "2006"))
        #expect(unknown.eligibility == .assessment)
        #expect(unknown.ageUncertain)
        #expect(unknown.ageBand == .from18to25)
        let allMet = assess(member(.child, born: "2006", child: ChildDetails(youngAdult: YoungAdultConditions(
            livedWithFamilyAtEntry: true, ownIncome: false, ownFamily: false))))
        #expect(allMet.eligibility == .eligible)
    }

    @Test func aUAMWhoseAgeIsUncertainMakesParentsAnAssessment() {
        // Born 2005: 17 or 18 on the asylum application of 2023-09-01.
        let s = sponsor(born: "2005", unaccompanied: true)
        let file = CaseFile(sponsor: s, members: [member(.parent, born: "1980")])
        let a = Assessor.assess(file, asOf: d("2024-06-01"))
        #expect(a.sponsor.ageUncertain)
        #expect(!a.sponsor.minorAtAsylumApplication)
        #expect(a.members[0].eligibility == .assessment)
        #expect(a.members[0].feeCents == nil)
        #expect(a.members[0].uncertainIDs.contains("tb-declaration"))
    }

    @Test func a29FebruaryBirthdayTurns18On1March() {
        // Born 2008-02-29: 17 on 2026-02-28, 18 on 2026-03-01.
        let before = assess(member(.child, born: "2008-02-29", procedure: filed("2026-02-28")), asOf: "2026-03-10")
        let after = assess(member(.child, born: "2008-02-29", procedure: filed("2026-03-01")), asOf: "2026-03-10")
        #expect(before.eligibility == .eligible)
        #expect(before.ageBand == .from15to17)
        #expect(after.ageBand == .from18to25)
        #expect(after.eligibility == .assessment)  // young adult, conditions not recorded
    }
}
