import Testing
@testable import NareisCore

@Suite("Fees")
struct FeeTests {
    static let uam = sponsor(born: "2007-01-01", unaccompanied: true)

    struct Row: Sendable, CustomStringConvertible {
        let name: String
        let member: Member
        let sponsor: Sponsor
        let cents: Int?
        let rule: String
        var description: String { name }
    }

    @Test(arguments: [
        Row(name: "partner of an adult", member: member(.partner), sponsor: sponsor(), cents: 0, rule: "FEE-FREE-CORE"),
        Row(name: "foster child of an adult", member: member(.child, child: ChildDetails(kind: .foster)),
            sponsor: sponsor(), cents: 0, rule: "FEE-FREE-CORE"),
        Row(name: "parent of an adult", member: member(.parent, born: "1960"), sponsor: sponsor(), cents: 243_00,
            rule: "FEE-OTHER"),
        Row(name: "sibling of an adult", member: member(.sibling), sponsor: sponsor(), cents: 243_00, rule: "FEE-OTHER"),
        Row(name: "biological parent of a UAM", member: member(.parent, born: "1980",
            parent: ParentDetails(kind: .biological)), sponsor: uam, cents: 0, rule: "FEE-FREE-CORE"),
        Row(name: "adoptive parent of a UAM", member: member(.parent, born: "1980", parent: ParentDetails(kind: .adoptive)),
            sponsor: uam, cents: 243_00, rule: "FEE-OTHER"),
        Row(name: "sibling of a UAM", member: member(.sibling), sponsor: uam, cents: 243_00, rule: "FEE-OTHER"),
        Row(name: "other of a UAM", member: member(.other, born: "1980"), sponsor: uam, cents: 243_00, rule: "FEE-OTHER"),
        Row(name: "partner filed late (regular)", member: member(.partner, procedure: filed("2024-07-01")),
            sponsor: sponsor(), cents: nil, rule: "FEE-REGULAR"),
        Row(name: "sibling filed late pays the same", member: member(.sibling, procedure: filed("2024-07-01")),
            sponsor: sponsor(), cents: 243_00, rule: "FEE-OTHER"),
    ])
    func feeByRelationshipAndSponsor(row: Row) {
        let a = assess(row.member, sponsor: row.sponsor, asOf: "2024-06-01")
        #expect(a.feeCents == row.cents)
        #expect(a.ruleIDs.contains(row.rule))
    }

    @Test func feeIsWrittenInEuros() {
        let file = CaseFile(sponsor: sponsor(), members: [member(.sibling)])
        let text = AssessmentWriter.text(Assessor.assess(file, asOf: d("2024-06-01")))
        #expect(text.contains("\"feeEUR\": 243"))
    }
}
