import NareisCasework
import NareisCore
import Testing
@testable import NareisTeam

@Suite("Push and pull")
struct PushPullTests {
    @Test func aNewCaseIsAcceptedAsVersionOne() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await fixture.connect("anna")
        defer { Task { await anna.close() } }
        let outcomes = try await anna.push([.of("c1", base: 0, document: "{\"a\":1}")])
        guard case .accepted(let version, let seq)? = outcomes.first else {
            Issue.record("not accepted: \(outcomes)")
            return
        }
        #expect(version == 1 && seq > 0)
        #expect(try fixture.sql("SELECT version, document, changed_by FROM nareis.cases")
            == "1|{\"a\":1}|\(fixture.role("anna"))")
    }

    @Test func aChangeOnAnOldVersionIsStale() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await fixture.connect("anna")
        let ben = try await fixture.connect("ben")
        defer { Task { await anna.close(); await ben.close() } }
        _ = try await anna.push([.of("c1", base: 0, document: "v1")])
        let second = try await ben.push([.of("c1", base: 0, document: "ben's own")])
        #expect(second == [.stale(serverVersion: 1)])
        let edit = try await ben.push([.of("c1", base: 1, document: "v2")])
        guard case .accepted(2, _)? = edit.first else { Issue.record("\(edit)"); return }
        let late = try await anna.push([.of("c1", base: 1, document: "anna's v2")])
        #expect(late == [.stale(serverVersion: 2)])
        #expect(try fixture.sql("SELECT document FROM nareis.cases WHERE case_id = 'c1'") == "v2")
    }

    @Test func eraseLeavesATombstoneAndWinsOverLaterChanges() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await fixture.connect("anna")
        defer { Task { await anna.close() } }
        _ = try await anna.push([.of("c1", base: 0, document: "v1", deadlines: [("m1", "d1", "2024-03-01")])])
        #expect(try fixture.sql("SELECT count(*) FROM nareis.deadlines") == "1")
        // Made on an old base: an erase wins whatever the version.
        let erase = try await anna.push([.of("c1", base: 0, document: nil)])
        guard case .accepted(2, _)? = erase.first else { Issue.record("\(erase)"); return }
        #expect(try fixture.sql("SELECT erased, document IS NULL, counsellor IS NULL FROM nareis.cases") == "t|t|t")
        #expect(try fixture.sql("SELECT count(*) FROM nareis.deadlines") == "0")
        let later = try await anna.push([.of("c1", base: 2, document: "revived?")])
        #expect(later == [.erased])
        let pulled = try await anna.pull(after: 0, limit: 10)
        #expect(pulled.count == 1 && pulled[0].isErased && pulled[0].version == 2)
    }

    @Test func pullReturnsChangesInSeqOrderWithTombstones() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await fixture.connect("anna")
        let ben = try await fixture.connect("ben")
        defer { Task { await anna.close(); await ben.close() } }
        _ = try await anna.push([.of("a", base: 0, document: "a1"), .of("b", base: 0, document: "b1")])
        _ = try await ben.push([.of("a", base: 1, document: "a2")])
        _ = try await anna.push([.of("b", base: 1, document: nil), .of("c", base: 0, document: "c1")])
        let all = try await ben.pull(after: 0, limit: 100)
        #expect(all.map(\.caseId) == ["a", "b", "c"])
        #expect(all.map(\.seq) == all.map(\.seq).sorted())
        #expect(all.map(\.version) == [2, 2, 1])
        #expect(all.map(\.document) == ["a2", nil, "c1"])
        let afterFirst = try await ben.pull(after: all[0].seq, limit: 100)
        #expect(afterFirst.map(\.caseId) == ["b", "c"])
        let limited = try await ben.pull(after: 0, limit: 2)
        #expect(limited.map(\.caseId) == ["a", "b"])
        #expect(try await ben.pull(after: all[2].seq, limit: 100).isEmpty)
    }

    @Test func aPushIsOneOutcomePerChangeInOrder() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await fixture.connect("anna")
        defer { Task { await anna.close() } }
        _ = try await anna.push([.of("x", base: 0, document: "x1"), .of("gone", base: 0, document: "g")])
        _ = try await anna.push([.of("gone", base: 1, document: nil)])
        let outcomes = try await anna.push([
            .of("x", base: 0, document: "stale"),
            .of("gone", base: 2, document: "again"),
            .of("y", base: 0, document: "y1"),
        ])
        #expect(outcomes.count == 3)
        #expect(outcomes[0] == .stale(serverVersion: 1))
        #expect(outcomes[1] == .erased)
        guard case .accepted(1, _) = outcomes[2] else { Issue.record("\(outcomes)"); return }
        #expect(try await anna.push([]).isEmpty)
    }

    @Test func identityIsTheMemberList() async throws {
        let fixture = try await TeamFixture.migrated()
        let ben = try await fixture.connect("ben")
        defer { Task { await ben.close() } }
        #expect(try await ben.identity() == TeamIdentity(role: fixture.role("ben"), team: "north", counsellor: "Ben B."))
    }

    @Test func documentsKeepEveryCharacter() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await fixture.connect("anna")
        defer { Task { await anna.close() } }
        let text = "{\"name\":\"Şêrîn \\\"Ali\\\" 'O\\u0027Neil' — ሰላም 😀\",\"n\":\"\\n\"}"
        _ = try await anna.push([.of("u", base: 0, document: text, counsellor: "Zoë")])
        #expect(try await anna.pull(after: 0, limit: 1).first?.document == text)
    }
}
