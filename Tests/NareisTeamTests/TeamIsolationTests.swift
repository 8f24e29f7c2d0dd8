import NareisCasework
import NareisCore
import Testing
@testable import NareisTeam

/// Row-level security and the audit trail: what another team's counsellor cannot see
/// or change, and what nobody can rewrite.
@Suite("Team isolation and audit")
struct TeamIsolationTests {
    @Test func anotherTeamSeesNothing() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await fixture.connect("anna")
        let cem = try await fixture.connect("cem")
        defer { Task { await anna.close(); await cem.close() } }
        _ = try await anna.push([.of("c1", base: 0, document: "north's", deadlines: [("m1", "d1", "2020-01-01")])])
        #expect(try await cem.pull(after: 0, limit: 100).isEmpty)
        #expect(try await cem.overdue(asOf: Day(iso: "2030-01-01")!, limit: 100).isEmpty)
        #expect(try fixture.sql("SELECT count(*) FROM nareis.cases", as: "cem") == "0")
        #expect(try fixture.sql("SELECT count(*) FROM nareis.deadlines", as: "cem") == "0")
        #expect(try fixture.sql("SELECT count(*) FROM nareis.audit", as: "cem") == "0")
        #expect(try fixture.sql("SELECT count(*) FROM nareis.audit", as: "anna") == "1")
    }

    @Test func anotherTeamsCaseIdIsRefusedWithoutChangingIt() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await fixture.connect("anna")
        let cem = try await fixture.connect("cem")
        defer { Task { await anna.close(); await cem.close() } }
        _ = try await anna.push([.of("c1", base: 0, document: "north's")])
        #expect(try await cem.push([.of("c1", base: 0, document: "south's")]) == [.stale(serverVersion: -1)])
        // As far as cem's team can tell the server has no version of it: nothing leaks.
        #expect(try await cem.push([.of("c1", base: 1, document: "south's")]) == [.stale(serverVersion: 0)])
        #expect(try await cem.push([.of("c1", base: 1, document: nil)]) == [.stale(serverVersion: -1)])
        #expect(try fixture.sql("SELECT team_id, version, document FROM nareis.cases") == "north|1|north's")
        // Direct SQL cannot reach it either.
        #expect(try fixture.sql("UPDATE nareis.cases SET document = 'x' RETURNING case_id", as: "cem") == "")
        #expect(throws: PrivateCluster.Failure.self) {
            try fixture.sql("INSERT INTO nareis.cases (case_id, team_id, version, seq) VALUES ('z', 'north', 1, 1)", as: "cem")
        }
        #expect(throws: PrivateCluster.Failure.self) { try fixture.sql("SELECT * FROM nareis.team_members", as: "cem") }
    }

    @Test func everyAcceptedChangeIsAudited() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await fixture.connect("anna")
        let ben = try await fixture.connect("ben")
        defer { Task { await anna.close(); await ben.close() } }
        _ = try await anna.push([.of("c1", base: 0, document: "v1")])
        _ = try await ben.push([.of("c1", base: 1, document: "v2"), .of("c1", base: 0, document: "stale")])
        _ = try await anna.push([.of("c1", base: 2, document: nil)])
        let trail = try fixture.sql("SELECT who, team_id, action, case_id, version FROM nareis.audit ORDER BY seq")
        #expect(trail == """
            \(fixture.role("anna"))|north|create|c1|1
            \(fixture.role("ben"))|north|edit|c1|2
            \(fixture.role("anna"))|north|erase|c1|3
            """)
    }

    @Test func theAuditTrailCannotBeRewritten() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await fixture.connect("anna")
        defer { Task { await anna.close() } }
        _ = try await anna.push([.of("c1", base: 0, document: "v1")])
        for statement in ["UPDATE nareis.audit SET action = 'edit'", "DELETE FROM nareis.audit", "TRUNCATE nareis.audit"] {
            #expect(throws: PrivateCluster.Failure.self, "\(statement) as the counsellor") { try fixture.sql(statement, as: "anna") }
            #expect(throws: PrivateCluster.Failure.self, "\(statement) as the owner") { try fixture.sql(statement) }
        }
        // A counsellor cannot forge who wrote a row either.
        _ = try? fixture.sql("INSERT INTO nareis.audit (team_id, action, case_id, version, who) VALUES ('north', 'edit', 'c1', 9, 'ben')", as: "anna")
        try fixture.sql("INSERT INTO nareis.audit (team_id, action, case_id, version) VALUES ('north', 'edit', 'c1', 9)", as: "anna")
        #expect(try fixture.sql("SELECT count(*), count(*) FILTER (WHERE who = '\(fixture.role("anna"))') FROM nareis.audit") == "2|2")
    }
}
