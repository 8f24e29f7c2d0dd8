import Foundation
import GRDB
import NareisCasework
import NareisCore
@testable import NareisStore
import Testing

/// The audit trail is a hash chain: every way of writing it extends the chain, and
/// a line changed, removed or slipped in by hand is named by `check()`.
@Suite("Audit chain")
struct AuditChainTests {
    @Test func singleWritesImportSyncAndEraseKeepTheChain() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        let id = try store.saveCase(sampleCase())
        _ = try store.openCase(id: id)
        try store.addNote(caseId: id, text: "called")
        let imported = try store.importCases((1...1200).map { sampleCase(id: "bulk-\($0)") })   // the bulk path
        try store.importCases([sampleCase(id: "small")])
        try store.recordExport(caseId: nil, count: 3)
        try store.assignCase(id: "small", to: "Colleague")
        _ = try store.renumberCase(id: "small")
        _ = try store.applySync([SyncWrite(caseId: imported[0], content: .erase, record: SyncRecord(version: 2, base: nil),
                                           expectedLocal: nil)], pulledThrough: 1)
        try store.eraseCase(id: imported[1])
        try store.backup(to: dir.file("backup.sqlite"))

        let report = try store.check()
        let lines = try store.auditTrail().count
        #expect(report.auditChain.firstBreak == nil)
        #expect(report.auditChain.intactLines == lines)
        #expect(lines == 1 + 1 + 1 + 1200 + 1 + 1 + 1 + 2 + 1 + 1 + 1)
        #expect(report.auditChain.head?.count == 64)
        #expect(report.isSound)
        let numbers = try store.pool.read { try Int64.fetchAll($0, sql: "SELECT id FROM audit ORDER BY id") }
        #expect(numbers == Array(1...Int64(lines)), "lines are numbered without gaps")
    }

    @Test func anEmptyTrailIsSoundAndHasNoHead() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        let report = try store.check()
        #expect(report.isSound)
        #expect(report.auditChain == AuditChainReport(intactLines: 0))
    }

    @Test func aChangedLineIsNamed() throws {
        let (dir, store) = try storeWithTenLines()
        try tamper(store, "UPDATE audit SET caseId = 'someone-else' WHERE id = 4")
        let found = try #require(try store.check().auditChain.firstBreak)
        #expect(found == AuditChainBreak(id: 4, at: "2025-01-10T12:00:00Z", action: "view", reason: .mismatch))
        #expect(try !store.check().isSound)
        _ = dir
    }

    @Test func aChangedLineWhoseHashWasMadeAgainBreaksTheLineAfterIt() throws {
        let (dir, store) = try storeWithTenLines()
        // Whoever rewrites line 4 with a fitting hash still leaves line 5 pointing at the old one.
        try store.pool.write { db in
            try db.execute(sql: "DROP TRIGGER audit_no_update")
            let before = try DatabaseValue.fetchOne(db, sql: "SELECT hash FROM audit WHERE id = 3")!
            try db.execute(sql: "UPDATE audit SET who = 'someone-else' WHERE id = 4")
            let row = try Row.fetchOne(db, sql: "SELECT \(AuditChain.columns) FROM audit WHERE id = 4")!
            var bytes = AuditLineBytes()
            let hash = AuditChain.hash(after: before, line: Array(row.databaseValues), into: &bytes)
            try db.execute(sql: "UPDATE audit SET hash = ? WHERE id = 4", arguments: [hash])
        }
        #expect(try store.check().auditChain.firstBreak?.id == 5)
        #expect(try store.check().auditChain.firstBreak?.reason == .mismatch)
        _ = dir
    }

    @Test func aRemovedLineIsNamedAtTheLineAfterIt() throws {
        let (dir, store) = try storeWithTenLines()
        try tamper(store, "DELETE FROM audit WHERE id IN (6, 7)")
        let found = try #require(try store.check().auditChain.firstBreak)
        #expect(found.id == 8)
        #expect(found.reason == .linesMissing(after: 5))
        try tamper(store, "DELETE FROM audit WHERE id = 1")
        #expect(try store.check().auditChain.firstBreak == AuditChainBreak(
            id: 2, at: "2025-01-10T12:00:00Z", action: "view", reason: .linesMissing(after: 0)))
        _ = dir
    }

    @Test func aLineSlippedInOutOfTheChainIsNamed() throws {
        let (dir, store) = try storeWithTenLines()
        try tamper(store, """
            INSERT INTO audit (id, at, who, action, caseId, hash) VALUES (11, '2025-01-11T09:00:00Z', 'x', 'view', 'c', '');
            """)
        #expect(try store.check().auditChain.firstBreak == AuditChainBreak(
            id: 11, at: "2025-01-11T09:00:00Z", action: "view", reason: .unsealed))
        _ = dir
    }

    @Test func whatAHandMadeLineHoldsReachesTheMessageCleaned() throws {
        let (dir, store) = try storeWithTenLines()
        try tamper(store, "INSERT INTO audit (id, at, who, action, hash) VALUES (11, 42, 'x', 'view' || char(27) || '[2J' || char(8238), 0)")
        #expect(try store.check().auditChain.firstBreak == AuditChainBreak(id: 11, at: "42", action: "view[2J", reason: .unsealed))
        _ = dir
    }

    @Test func aLineSlippedInBetweenWithAMadeUpHashIsNamed() throws {
        let (dir, store) = try storeWithTenLines()
        // The last line moved out of the way, a made-up one in its place.
        try tamper(store, """
            UPDATE audit SET id = 100 WHERE id = 10;
            INSERT INTO audit (id, at, who, action, caseId, hash) VALUES (10, '2025-01-12T09:00:00Z', 'x', 'export', NULL, randomblob(32));
            """)
        #expect(try store.check().auditChain.firstBreak == AuditChainBreak(
            id: 10, at: "2025-01-12T09:00:00Z", action: "export", reason: .mismatch))
        _ = dir
    }

    @Test func aLineWithoutAHashIsRefused() throws {
        let (dir, store) = try storeWithTenLines()
        #expect(throws: (any Error).self) {
            try store.pool.write { try $0.execute(sql: "INSERT INTO audit (at, who, action) VALUES ('x', 'x', 'view')") }
        }
        #expect(try store.check().isSound)
        _ = dir
    }

    @Test func aValueOfAnotherTypeIsABreak() throws {
        let (dir, store) = try storeWithTenLines()
        // The same bytes, stored as a blob instead of text.
        try tamper(store, "UPDATE audit SET at = CAST(at AS BLOB) WHERE id = 3")
        #expect(try store.check().auditChain.firstBreak?.id == 3)
        _ = dir
    }

    @Test func writesAfterABreakDoNotHideIt() throws {
        let (dir, store) = try storeWithTenLines()
        try tamper(store, "UPDATE audit SET action = 'edit' WHERE id = 2")
        try store.saveCase(sampleCase())
        #expect(try store.check().auditChain.firstBreak?.id == 2)
        _ = dir
    }

    @Test func anOldStoreUpgradesWithAnIntactChain() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        let migrations = Schema.migrator.migrations
        let previous = migrations[migrations.firstIndex(of: "v17-audit-hash-chain")! - 1]
        do {
            let old = try DatabasePool(path: path, configuration: CaseStore.configuration())
            try Schema.migrator.migrate(old, upTo: previous)
            try old.write { db in
                for line in 1...5000 {
                    try db.execute(sql: "INSERT INTO audit (at, who, action, caseId, count) VALUES (?, 'old', 'view', ?, ?)",
                                   arguments: ["2024-03-0\(line % 9 + 1)T10:00:00Z", "NR-2024-\(line)", line % 3 == 0 ? line : nil])
                }
            }
        }
        let store = try openStore(path)
        let report = try store.check()
        #expect(report.auditChain.firstBreak == nil)
        #expect(report.auditChain.intactLines == 5000)
        try store.saveCase(sampleCase())
        #expect(try store.check().auditChain.intactLines == 5001)
        #expect(throws: (any Error).self) { try store.pool.write { try $0.execute(sql: "UPDATE audit SET who = 'x'") } }
        #expect(throws: (any Error).self) { try store.pool.write { try $0.execute(sql: "DELETE FROM audit") } }
        try tamper(store, "UPDATE audit SET at = '2024-03-01T10:00:01Z' WHERE id = 2500")
        #expect(try store.check().auditChain.firstBreak?.id == 2500)
    }

    @Test func theHashedBytesAreTheDocumentedOnes() {
        var bytes = AuditLineBytes()
        let hash = AuditChain.hash(after: AuditChain.start, line: [
            Int64(1).databaseValue, "2025-01-10T12:00:00Z".databaseValue, "tester".databaseValue, "view".databaseValue,
            "NR-2025-00001".databaseValue, DatabaseValue.null, DatabaseValue.null,
        ], into: &bytes)
        // docs/store.md: the same line, its bytes written out there and hashed by another SHA-256.
        #expect(hash.map { String(format: "%02x", $0) }.joined() == Self.documentedHash)
    }

    static let documentedHash = "17ce735eeafdaf088cfd0ebcd1e9a24c2e9e27ec6f92d659fb6fe86b4bb4b687"
}

/// A store with ten audit lines: created, then viewed nine times.
private func storeWithTenLines() throws -> (TemporaryDirectory, CaseStore) {
    let dir = TemporaryDirectory()
    let store = try openStore(dir.file("cases.sqlite"))
    let id = try store.saveCase(sampleCase())
    for _ in 1...9 { _ = try store.openCase(id: id) }
    #expect(try store.check().isSound)
    return (dir, store)
}

/// Changes the trail by hand, as someone with the file and sqlite3 could: the
/// triggers dropped, the SQL run, the triggers back.
private func tamper(_ store: CaseStore, _ sql: String) throws {
    try store.pool.write { db in
        try db.execute(sql: "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete")
        try db.execute(sql: sql)
        try db.execute(sql: """
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            """)
    }
}
