import Testing
@testable import NareisCore

/// TERM-3M, TERM-EXCUSABLE, FW-REGULAR-LATE, FW-SUBSEQUENT-ADULT: the term ends on
/// 2024-06-01 for the default sponsor (permit 2024-03-01).
@Suite("Application term and lateness")
struct ApplicationTermTests {
    struct Row: Sendable, CustomStringConvertible {
        let submitted: String?
        let asOf: String
        let state: Deadline.State
        let excusable: Bool?
        let framework: Framework
        var description: String { "filed \(submitted ?? "-") asOf \(asOf)" }
    }

    @Test(arguments: [
        Row(submitted: "2024-06-01", asOf: "2024-07-01", state: .met, excusable: nil, framework: .favourable),
        Row(submitted: "2024-06-02", asOf: "2024-07-01", state: .late, excusable: true, framework: .favourable),
        Row(submitted: "2024-06-14", asOf: "2024-07-01", state: .late, excusable: true, framework: .favourable),  // 13 days
        Row(submitted: "2024-06-15", asOf: "2024-07-01", state: .late, excusable: false, framework: .regular),   // 14 days
        Row(submitted: nil, asOf: "2024-06-01", state: .open, excusable: nil, framework: .favourable),
        Row(submitted: nil, asOf: "2024-06-14", state: .overdue, excusable: true, framework: .favourable),
        Row(submitted: nil, asOf: "2024-06-15", state: .overdue, excusable: false, framework: .regular),
    ])
    func stateExcusabilityAndFramework(row: Row) {
        let a = assess(member(.partner, procedure: row.submitted.map(filed) ?? Procedure()), asOf: row.asOf)
        let term = a.deadline("application-term")
        #expect(term?.due == d("2024-06-01"))
        #expect(term?.state == row.state)
        #expect(term?.excusable == row.excusable)
        #expect(a.framework == row.framework)
        if row.excusable == true { #expect(a.ruleIDs.contains("TERM-EXCUSABLE")) }
        if row.framework == .regular { #expect(a.ruleIDs.contains("FW-REGULAR-LATE")) }
    }

    @Test func termEndsOnTheMonthEndWhenTheDayDoesNotExist() {
        let file = CaseFile(sponsor: sponsor(decided: "2023-11-30"), members: [])
        #expect(Assessor.assess(file, asOf: d("2024-01-01")).sponsor.applicationTermEnds == d("2024-02-29"))
    }

    @Test func subsequentApplicationByAnAdultRunsNoTerm() {
        let s = sponsor(decided: "2020-01-10", subsequent: true)
        let file = CaseFile(sponsor: s, members: [member(.partner, procedure: filed("2024-05-01"))])
        let a = Assessor.assess(file, asOf: d("2024-06-01"))
        #expect(a.sponsor.applicationTermEnds == nil)
        #expect(a.members[0].deadline("application-term") == nil)
        #expect(a.members[0].framework == .favourable)
        #expect(a.members[0].ruleIDs.contains("FW-SUBSEQUENT-ADULT"))
    }

    @Test func chosenRegularWithinTheTermIsIncomeExempt() {
        var p = filed("2024-05-01")
        p.framework = .regular
        let a = assess(member(.partner, procedure: p))
        #expect(a.framework == .regular)
        #expect(a.ruleIDs.contains("FW-REGULAR-INCOME-EXEMPT"))
        #expect(a.feeCents == nil)  // core family in the regular framework: FEE-REGULAR
    }

    @Test func partialFilingInTimeSecuresTheTerm() {
        var p = filed("2024-05-01")
        p.rectificationLetter = d("2024-08-01")
        p.completed = d("2024-09-15")
        let a = assess(member(.partner, procedure: p), asOf: "2024-10-01")
        #expect(a.framework == .favourable)
        #expect(a.ruleIDs.contains("TERM-PARTIAL"))
        #expect(a.deadline("rectification")?.state == .late)
    }
}
