import NareisCasework
import NareisCore
import Testing
@testable import NareisTeam

@Suite("Team deadlines")
struct OverdueTests {
    @Test func overdueListsOnlyEarlierDaysInOrder() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await fixture.connect("anna")
        let ben = try await fixture.connect("ben")
        defer { Task { await anna.close(); await ben.close() } }
        _ = try await anna.push([
            .of("c2", base: 0, document: "x", counsellor: "Anna A.",
                deadlines: [("m1", "d1", "2024-05-10"), ("m2", "d1", "2024-05-01"), ("m1", "d2", "2024-06-30")]),
        ])
        _ = try await ben.push([
            .of("c1", base: 0, document: "y", counsellor: "Ben B.",
                deadlines: [("m1", "d1", "2024-05-10"), ("m1", "d9", "2024-05-31")]),
        ])
        let asOf = Day(iso: "2024-05-31")!
        let overdue = try await anna.overdue(asOf: asOf, limit: 100)
        #expect(overdue.map { "\($0.due) \($0.caseId) \($0.memberId) \($0.deadlineId) \($0.counsellor ?? "-")" } == [
            "2024-05-01 c2 m2 d1 Anna A.",
            "2024-05-10 c1 m1 d1 Ben B.",
            "2024-05-10 c2 m1 d1 Anna A.",
        ])
        #expect(overdue.first?.rule == "rule-d1")
        #expect(try await anna.overdue(asOf: asOf, limit: 1).count == 1)
        // A change replaces the case's deadlines.
        _ = try await anna.push([.of("c2", base: 1, document: "x2", deadlines: [("m1", "d2", "2024-06-30")])])
        #expect(try await ben.overdue(asOf: asOf, limit: 100).map(\.caseId) == ["c1"])
    }

    @Test func explainShowsThePlan() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await fixture.connect("anna")
        defer { Task { await anna.close() } }
        let plan = try await anna.explainOverdue(asOf: Day(iso: "2024-01-01")!)
        #expect(plan.contains("Execution Time"))
    }
}
