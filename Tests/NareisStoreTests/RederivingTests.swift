import Foundation
import GRDB
import NareisCasework
import NareisCore
@testable import NareisStore
import Testing

/// Stored deadlines follow the rules in force: when a rule takes effect after cases
/// were written, opening the store computes those cases again, once.
@Suite struct RederivingTests {
    /// Test rules: from 12 June 2026 the IND has 300 days to decide instead of 270.
    static let change = Day(iso: "2026-06-12")!
    @Sendable static func rulesVersion(_ day: Day) -> Day { day < change ? Day(iso: "2020-01-01")! : change }
    @Sendable static func assess(_ file: CaseFile, asOf: Day) -> Assessment {
        var assessment = predictableAssess(file, asOf: asOf)
        guard asOf >= change else { return assessment }
        for m in assessment.members.indices {
            for d in assessment.members[m].deadlines.indices where assessment.members[m].deadlines[d].id == "decision" {
                assessment.members[m].deadlines[d].due = assessment.members[m].deadlines[d].due.adding(days: 30)
            }
        }
        return assessment
    }

    static func open(_ path: String, on today: String, readOnly: Bool = false) throws -> CaseStore {
        try CaseStore(path: path, clock: clock(today), assess: assess, rulesVersion: rulesVersion, user: "tester",
                      readOnly: readOnly)
    }

    static func dues(_ store: CaseStore) throws -> [String] {
        try store.pendingDeadlines(within: 3650, asOf: day("2026-01-01")).map { "\($0.caseId) \($0.memberId) \($0.due.iso)" }
    }

    @Test func casesWrittenBeforeARuleTookEffectAreComputedAgainOnOpening() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        do {
            let store = try Self.open(path, on: "2026-06-01")
            try store.importCases([sampleCase(id: "a", submitted: "2026-05-01"), sampleCase(id: "b", submitted: "2026-05-20")])
            try store.addNote(caseId: "a", text: "kept")
        }
        let before = try Self.open(path, on: "2026-06-11")
        #expect(try Self.dues(before) == ["a m1 2027-01-26", "a m2 2027-01-26", "b m1 2027-02-14", "b m2 2027-02-14"],
                "the old rules still hold: nothing computed again")
        let changedAt = try before.pool.read { try String.fetchAll($0, sql: "SELECT changedAt FROM cases ORDER BY id") }

        let after = try Self.open(path, on: "2026-07-01")
        #expect(try Self.dues(after) == ["a m1 2027-02-25", "a m2 2027-02-25", "b m1 2027-03-16", "b m2 2027-03-16"])
        #expect(try after.pool.read { try String.fetchAll($0, sql: "SELECT changedAt FROM cases ORDER BY id") } == changedAt,
                "the counsellor changed nothing")
        #expect(try after.pool.read { try String.fetchAll($0, sql: "SELECT assessedOn FROM cases") } == ["2026-07-01", "2026-07-01"])
        #expect(try after.notes(caseId: "a").map(\.text) == ["kept"])
        let rederived = try after.auditTrail().filter { $0.action == "rederive" }
        #expect(rederived.map(\.count) == [2] && rederived.allSatisfy { $0.caseId == nil })
        #expect(try after.check().isSound)

        _ = try Self.open(path, on: "2026-07-02")
        #expect(try after.auditTrail().filter { $0.action == "rederive" }.count == 1, "once")
    }

    /// `nareis deadlines` opens read-only; on a store that needs computing again it
    /// opens for writing, computes, and prints the deadlines of the rules in force.
    @Test func aReadOnlyOpeningComputesAgainToo() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        try Self.open(path, on: "2026-06-01").importCases([sampleCase(id: "a", submitted: "2026-05-01")])
        let reader = try Self.open(path, on: "2026-07-01", readOnly: true)
        #expect(try Self.dues(reader) == ["a m1 2027-02-25", "a m2 2027-02-25"])
        let again = try Self.open(path, on: "2026-07-01", readOnly: true)
        #expect(throws: (any Error).self) { try again.addNote(caseId: "a", text: "x") }
    }

    /// A case written with the clock set back (before the store's `derivedSince`)
    /// still counts: it is computed again once the rules change.
    @Test func aWriteWithAnEarlierClockIsNotMissed() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        try Self.open(path, on: "2026-06-20").importCases([sampleCase(id: "a", submitted: "2026-05-01")])
        try Self.open(path, on: "2026-06-05").importCases([sampleCase(id: "b", submitted: "2026-05-01")])
        let after = try Self.open(path, on: "2026-06-21")
        #expect(try Self.dues(after) == ["a m1 2027-02-25", "a m2 2027-02-25", "b m1 2027-02-25", "b m2 2027-02-25"])
    }

    /// A stored document without its ID (written by hand, say) neither crashes the
    /// computing nor loses its case: the row's ID is the case's.
    @Test func aDocumentWithoutItsIdKeepsTheRowsId() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        let store = try Self.open(path, on: "2026-06-01")
        try store.importCases([sampleCase(id: "a", submitted: "2026-05-01")])
        try store.pool.write { try $0.execute(sql: "UPDATE cases SET document = json_remove(document, '$.id')") }
        let after = try Self.open(path, on: "2026-07-01")
        #expect(try Self.dues(after) == ["a m1 2027-02-25", "a m2 2027-02-25"])
        #expect(try after.loadCases(after: nil, limit: 10).map(\.id) == ["a"])
    }
}
