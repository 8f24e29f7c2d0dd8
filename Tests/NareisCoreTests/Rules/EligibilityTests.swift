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
        Row(name: "young adult with own income, not beyond control", member: young(YoungAdultConditions(
            livedWithFamilyAtEntry: true, ownIncome: true, ownFamily: false, beyondControl: false)), sponsor: sponsor(),
            eligibility: .notEligible, rule: "FM-YOUNG-ADULT"),
        Row(name: "young adult with own income, cause not recorded", member: young(YoungAdultConditions(
            livedWithFamilyAtEntry: true, ownIncome: true, ownFamily: false)), sponsor: sponsor(),
            eligibility: .assessment, rule: "FM-YOUNG-ADULT"),
        Row(name: "young adult, one condition not recorded", member: young(YoungAdultConditions(
            livedWithFamilyAtEntry: true, ownFamily: false)), sponsor: sponsor(), eligibility: .assessment,
            rule: "FM-YOUNG-ADULT"),
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

    /// FM-YOUNG-ADULT (rules.md, second round): recorded conditions decide; what nobody
    /// recorded never makes a child not-eligible. The framework follows the term unless
    /// a condition fails without excuse (then regular, fee unknown); a child of an adult
    /// sponsor is free in the favourable framework (FEE-FREE-CORE).
    struct YoungAdultRow: Sendable, CustomStringConvertible {
        let name: String
        let conditions: YoungAdultConditions?
        let eligibility: Eligibility
        let framework: Framework
        let feeCents: Int?
        /// Words every language's reason must carry for what is missing (English text).
        let names: [String]
        var description: String { name }
    }

    @Test(arguments: [
        YoungAdultRow(name: "all hold", conditions: YoungAdultConditions(livedWithFamilyAtEntry: true, ownIncome: false,
            ownFamily: false), eligibility: .eligible, framework: .favourable, feeCents: 0, names: []),
        YoungAdultRow(name: "own income, beyondControl not recorded", conditions: YoungAdultConditions(
            livedWithFamilyAtEntry: true, ownIncome: true, ownFamily: false), eligibility: .assessment,
            framework: .favourable, feeCents: 0, names: ["own income", "not recorded whether for reasons beyond their control"]),
        YoungAdultRow(name: "own income, beyondControl false", conditions: YoungAdultConditions(
            livedWithFamilyAtEntry: true, ownIncome: true, ownFamily: false, beyondControl: false),
            eligibility: .notEligible, framework: .regular, feeCents: nil, names: []),
        YoungAdultRow(name: "own family, beyondControl true", conditions: YoungAdultConditions(
            livedWithFamilyAtEntry: true, ownIncome: false, ownFamily: true, beyondControl: true),
            eligibility: .assessment, framework: .favourable, feeCents: 0, names: ["beyond their control"]),
        YoungAdultRow(name: "own family not recorded", conditions: YoungAdultConditions(livedWithFamilyAtEntry: true,
            ownIncome: false), eligibility: .assessment, framework: .favourable, feeCents: 0,
            names: ["not recorded whether they formed a family of their own"]),
        YoungAdultRow(name: "nothing recorded", conditions: nil, eligibility: .assessment, framework: .favourable,
            feeCents: 0, names: ["lived with the family", "own income", "family of their own"]),
        YoungAdultRow(name: "failed, beyondControl false, another not recorded", conditions: YoungAdultConditions(
            livedWithFamilyAtEntry: false, ownIncome: false, beyondControl: false), eligibility: .notEligible,
            framework: .regular, feeCents: nil, names: []),
        YoungAdultRow(name: "failed, beyondControl and another not recorded", conditions: YoungAdultConditions(
            livedWithFamilyAtEntry: false, ownIncome: false), eligibility: .assessment, framework: .favourable,
            feeCents: 0, names: ["beyond their control", "family of their own"]),
    ])
    func youngAdultConditions(row: YoungAdultRow) {
        let a = assess(member(.child, born: "2004-01-01", child: ChildDetails(kind: .biological, youngAdult: row.conditions),
                              procedure: filed("2024-05-20")))
        #expect(a.eligibility == row.eligibility)
        #expect(a.framework == row.framework)
        #expect(a.feeCents == row.feeCents)
        let youngAdultTexts = a.reasons.filter { $0.rule == "FM-YOUNG-ADULT" }
        #expect(!youngAdultTexts.isEmpty)
        for name in row.names {
            #expect(youngAdultTexts.contains { $0.text.contains(name) }, "no reason names \(name)")
        }
        // Every reason reads in Dutch too, with none of the English left.
        for reason in youngAdultTexts {
            let dutch = reason.text(.nl)
            #expect(dutch != reason.text && dutch.contains("Jongvolwassen kind"))
        }
    }
}
