import Foundation
import GRDB
import NareisCasework
import NareisCore
#if canImport(Glibc)
import Glibc
#endif

extension CaseStore {
    /// The full checks, kept off the opening path: SQLite's integrity check, the
    /// foreign keys, the search index, the number of cases kept for the list, that
    /// every stored document is JSON of the case format, and the audit trail's hash chain; with `readBack`, that every case reads back through the
    /// case file reader (slower: about a millisecond a case).
    public func check(readBack: Bool = false) throws -> CheckReport {
        var report = try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map {
                "\($0["table"] as String? ?? "?") row \($0["rowid"] as Int64? ?? 0) points to a missing \($0["parent"] as String? ?? "?") row"
            }
            var unreadable = try String.fetchAll(db, sql: """
                SELECT id FROM cases
                WHERE NOT json_valid(document) OR json_extract(document, '$.format') IS NOT '\(CaseFile.format)'
                """)
            let cases = try Int.fetchOne(db, sql: "SELECT count(*) FROM cases") ?? 0
            let kept = try Schema.keptCaseTotal(db)
            if readBack {
                let rows = try Row.fetchCursor(db, sql: "SELECT id, document FROM cases")
                while let row = try rows.next() {
                    if (try? CaseFileReader.read(row["document"] as String)) == nil { unreadable.append(row["id"]) }
                }
            }
            let miscountedDays = try Schema.pendingDaysMiscounted(db)
            return CheckReport(integrity: integrity, foreignKeys: foreignKeys, searchIndex: [],
                               unreadableCases: Array(Set(unreadable)).sorted(), cases: cases,
                               keptTotal: kept == cases ? nil : kept ?? 0,
                               miscountedDeadlineDays: miscountedDays == 0 ? nil : miscountedDays,
                               auditChain: try AuditChain.verify(db))
        }
        // FTS5 checks its index through a (non-modifying) INSERT, so on the writer.
        do {
            try pool.writeWithoutTransaction {
                try $0.execute(sql: "INSERT INTO case_search(case_search, rank) VALUES('integrity-check', 1)")
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.extendedResultCode == .SQLITE_CORRUPT_VTAB {
            report.searchIndex.append("the search index does not match the cases (rebuild needed)")
        } catch {
            throw StoreError.from(error, path: path)
        }
        return report
    }

    /// Removes every trace of a case: its rows (cascading to members, events,
    /// deadlines, checklist, tasks, notes), its search entry (the index is rebuilt
    /// so no old segment keeps the words), with freed pages zeroed, and the WAL
    /// checkpointed and truncated. The audit trail keeps one line with the ID.
    public func eraseCase(id: String) throws {
        let now = timestamp()
        try write { db in
            guard let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM cases WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownCase(id: id)
            }
            try db.execute(sql: "DELETE FROM case_search WHERE rowid = ?", arguments: [seq])
            try db.execute(sql: "DELETE FROM cases WHERE seq = ?", arguments: [seq])
            try db.execute(sql: "INSERT INTO case_search(case_search) VALUES('optimize')")
            // What a team sync kept of the case (the server's version, a colleague's
            // colliding one) goes with it; its version stays, for offering the erase.
            try db.execute(sql: "UPDATE sync_cases SET base = NULL, theirs = NULL, theirsVersion = NULL WHERE caseId = ?",
                           arguments: [id])
            try audit(db, .erase, caseId: id, at: now)
        }
        try checkpointTruncating()
    }

    /// Copies the WAL into the database and truncates it to zero bytes, so that old
    /// page images (an erased case) do not linger in the -wal file.
    func checkpointTruncating() throws {
        do {
            _ = try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Writes a consistent copy of the store to `destination` with SQLite's online
    /// backup (other processes may go on writing): into a temporary file beside it,
    /// synced, made 0600, then renamed into place. An existing file there is
    /// replaced only when it is itself a nareis store (an older backup).
    public func backup(to destination: String) throws {
        switch StoreFile.inspect(destination) {
        case .missing, .empty, .store: break
        case .foreign(let reason):
            throw StoreError.notAStore(path: destination, reason: reason + "; refusing to replace it with a backup")
        }
        try StoreFile.ensureParentDirectory(of: destination)
        let temporary = StoreFile.temporaryPath(beside: destination, purpose: "backup")
        do {
            let copy = try DatabaseQueue(path: temporary)
            try pool.backup(to: copy)
            // A backup is one self-contained file: no -wal beside it.
            try copy.writeWithoutTransaction { _ = try String.fetchOne($0, sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
            try StoreFile.commit(temporary: temporary, to: destination)
        } catch {
            StoreFile.removeWithCompanions(temporary)
            throw (error as? StoreError) ?? StoreError.from(error, path: destination)
        }
        let now = timestamp()
        try write { try audit($0, .backup, at: now) }
    }

    /// Checks that `source` is a sound nareis store this version can read
    /// (application ID, schema version, integrity), without writing to it.
    public static func verifyBackup(_ source: String) throws {
        switch StoreFile.inspect(source) {
        case .store: break
        case .missing: throw StoreError.cannotWrite(path: source, detail: "no such file")
        case .empty: throw StoreError.notAStore(path: source, reason: "it is empty")
        case .foreign(let reason): throw StoreError.notAStore(path: source, reason: reason)
        }
        do {
            var config = Configuration()
            config.readonly = true
            let queue = try DatabaseQueue(path: source, configuration: config)
            defer { try? queue.close() }
            try queue.read { db in
                if try Schema.migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: source) }
                let problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                if !problems.isEmpty {
                    throw StoreError.damaged(path: source, detail: "integrity check: \(problems.prefix(3).joined(separator: "; "))")
                }
                if try !Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty {
                    throw StoreError.damaged(path: source, detail: "rows point to missing rows")
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.from(error, path: source)
        }
    }

    /// Replaces the whole store with the backup at `source`, after `verifyBackup`.
    /// SQLite's backup copies it into the live store in one step under the write
    /// lock, so other processes see either the old store or the restored one.
    /// The backup is brought to this version's schema afterwards.
    public func restore(from source: String) throws {
        try Self.verifyBackup(source)
        do {
            var config = Configuration()
            config.readonly = true
            let queue = try DatabaseQueue(path: source, configuration: config)
            defer { try? queue.close() }
            try queue.backup(to: pool)
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            try Schema.migrator.migrate(pool)
        } catch {
            throw StoreError.from(error, path: path)
        }
        let now = timestamp()
        try write { try audit($0, .restore, at: now) }
        StoreFile.restrictPermissions(path)
    }
}
