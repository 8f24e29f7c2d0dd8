import Foundation
import GRDB
import GRDBSQLite
import NareisCasework
import NareisCore
@testable import NareisStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct OpeningTests {
    @Test func aNewStoreIsMigratedAndMarkedAsNareis() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("deep/er/cases.sqlite")
        let store = try openStore(path)
        let (applicationId, userVersion, journal) = try store.pool.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(applicationId == StoreFile.applicationID)
        #expect(userVersion == Schema.version)
        #expect(journal == "wal")
        #expect(try store.pool.read(Schema.migrator.hasCompletedMigrations))
    }

    @Test func writesAreSynchronousFullAndKeepForeignKeys() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        try store.saveCase(sampleCase())
        let (synchronous, foreignKeys, secureDelete) = try store.pool.writeWithoutTransaction { db in
            (try Int.fetchOne(db, sql: "PRAGMA synchronous"), try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try Int.fetchOne(db, sql: "PRAGMA secure_delete"))
        }
        #expect(synchronous == 2, "2 = FULL: every commit is on the disk before it is acknowledged")
        #expect(foreignKeys == true)
        #expect(secureDelete == 1)
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftUntouched() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("notes.sqlite")
        let original = Data("Dear diary, this is not a database. ".utf8 + Data(repeating: 7, count: 5000))
        #expect(FileManager.default.createFile(atPath: path, contents: original))
        #expect {
            try openStore(path)
        } throws: { error in
            guard case StoreError.notAStore(_, let reason)? = error as? StoreError else { return false }
            return reason.contains("not an SQLite database")
        }
        #expect(contents(path) == original)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// A device reads as an empty file (`--db /dev/null` once had a store made in its
    /// place, the device replaced when run as root); a pipe would block the opening for
    /// ever (not tried here: a regression would hang the run, not fail it).
    @Test func aDeviceOrASocketIsRefused() throws {
        let dir = TemporaryDirectory()
        var paths: [String] = []
        // A socket file: opening it fails, which the check must not take for permissions.
        let socketPath = dir.file("socket.sqlite")
        let socket = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in socketPath.utf8.prefix(raw.count - 1).enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        if bound == 0 { paths.append(socketPath) }
        // A null device of its own (1, 3 as /dev/null; only root may make one), so that a
        // regression cannot touch the system's.
        let device = dir.file("null.sqlite")
        if mknod(device, S_IFCHR | 0o600, dev_t(1 << 8 | 3)) == 0 { paths.append(device) }
        #expect(!paths.isEmpty)
        for path in paths {
            #expect {
                try openStore(path)
            } throws: { error in
                guard case StoreError.notAStore(_, let reason)? = error as? StoreError else { return false }
                return reason.contains("not a regular file")
            }
        }
    }

    @Test func anotherProgramsSQLiteFileIsRefusedAndLeftUntouched() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("other.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        try other.close()
        let before = contents(path)
        #expect(throws: StoreError.self) { try openStore(path) }
        #expect(contents(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aStoreFromANewerVersionIsRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        let store = try openStore(path)
        try store.pool.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        #expect(throws: StoreError.newerSchema(path: path)) { try openStore(path) }
    }

    @Test func aDamagedStoreIsReportedNotRepaired() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        do {
            let store = try openStore(path)
            try store.importCases((0..<200).map { _ in sampleCase() })
        }
        // Overwrite pages in the middle of the file, keeping the header.
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: 8192)
        handle.write(Data(repeating: 0xA5, count: 16384))
        try handle.close()
        let damaged = contents(path)
        var refusedOrReported = false
        do {
            let store = try openStore(path)
            let report = try store.check()
            refusedOrReported = !report.isSound
        } catch let error as StoreError {
            if case .damaged = error { refusedOrReported = true }
        }
        #expect(refusedOrReported)
        // The damaged pages are reported, never rewritten ("repaired") behind the counsellor's back.
        #expect(contents(path)?.subdata(in: 8192..<24576) == damaged?.subdata(in: 8192..<24576))
    }

    @Test func storeFilesAreOwnerOnlyWhateverTheUmask() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("new/dir/cases.sqlite")
        let previous = umask(0o022)
        defer { umask(previous) }
        let store = try CaseStore(path: path, clock: clock("2025-01-10"), assess: predictableAssess)
        try store.saveCase(sampleCase())
        #expect(mode(dir.file("new")) == 0o700)
        #expect(mode(dir.file("new/dir")) == 0o700)
        for file in [path, path + "-wal", path + "-shm"] {
            #expect(mode(file) == 0o600, "\(file)")
        }
        umask(0o022)
        try store.backup(to: dir.file("backup.sqlite"))
        #expect(mode(dir.file("backup.sqlite")) == 0o600)
    }

    @Test func thePathComesFromTheOptionThenTheEnvironmentThenXDG() {
        #expect(StoreFile.resolvePath(option: "/a.sqlite", environment: ["NAREIS_DB": "/b"]) == "/a.sqlite")
        #expect(StoreFile.resolvePath(option: nil, environment: ["NAREIS_DB": "/b", "XDG_DATA_HOME": "/x"]) == "/b")
        #expect(StoreFile.resolvePath(option: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/nareis/cases.sqlite")
        #expect(StoreFile.resolvePath(option: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
                == "/h/.local/share/nareis/cases.sqlite")
        #expect(StoreFile.resolvePath(option: nil, environment: ["HOME": "/h"]) == "/h/.local/share/nareis/cases.sqlite")
    }
}

@Suite struct ReadOnlyOpeningTests {
    /// The workstation's way of opening: one connection, no write of its own, the same
    /// settings; what it writes another process sees, and a new store (not yet in WAL
    /// mode) is opened as a pool, which puts it there.
    @Test func oneConnectionReadsAndWritesAsAPoolDoes() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        do {
            let new = try CaseStore(path: path, clock: clock("2025-01-10"), assess: predictableAssess, oneConnection: true)
            #expect(new.pool is DatabasePool, "a new store is put in WAL mode by a pool")
            try new.saveCase(sampleCase(id: "a", submitted: "2024-10-01"))
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let before = contents(path)

        let store = try CaseStore(path: path, clock: clock("2025-01-10"), assess: predictableAssess, oneConnection: true)
        #expect(store.pool is DatabaseQueue)
        #expect(contents(path) == before, "opening writes nothing")
        let settings = try store.pool.writeWithoutTransaction { db in
            [try String.fetchOne(db, sql: "PRAGMA journal_mode"), try String.fetchOne(db, sql: "PRAGMA synchronous"),
             try String.fetchOne(db, sql: "PRAGMA foreign_keys"), try String.fetchOne(db, sql: "PRAGMA secure_delete")]
        }
        #expect(settings == ["wal", "2", "1", "1"])
        let other = try openStore(path)
        try store.saveCase(sampleCase(id: "b", submitted: "2024-10-01"))
        #expect(try other.loadCase(id: "b") != nil, "a write is seen by another connection at once")
        try other.saveCase(sampleCase(id: "c", submitted: "2024-10-01"))
        #expect(try store.search("tesf").map(\.id).sorted() == ["a", "b", "c"])
        #expect(try store.count() == 3)
        #expect(try store.check().isSound)
    }

    /// Reads on the one connection leave the statements compiled so far valid: the
    /// next keystroke runs them as they are instead of compiling each again.
    @Test func readsOnOneConnectionKeepItsStatementsCompiled() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        do { try openStore(path).saveCase(sampleCase(id: "a", submitted: "2024-10-01")) }
        let store = try CaseStore(path: path, clock: clock("2025-01-10"), assess: predictableAssess, oneConnection: true)
        for _ in 0..<3 {
            _ = try store.pendingDeadlineCount(within: 14, asOf: day("2025-01-10"))
            _ = try store.loadCase(id: "a")
        }
        let recompiled = try store.pool.writeWithoutTransaction { db in
            try [Schema.pendingThroughDay, "SELECT document FROM cases WHERE id = ?"].map {
                sqlite3_stmt_status(try db.cachedStatement(sql: $0).sqliteStatement, SQLITE_STMTSTATUS_REPREPARE, 0)
            }
        }
        #expect(recompiled == [0, 0])
    }

    @Test func aReadOnlyStoreReadsWithoutWritingAnything() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        do {
            let store = try openStore(path)
            try store.saveCase(sampleCase(id: "c", submitted: "2024-10-01"))
        }
        let before = contents(path)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "closed cleanly: WAL checkpointed and removed")
        do {
            let reader = try CaseStore(path: path, clock: clock("2025-01-10"), assess: predictableAssess, readOnly: true)
            #expect(try reader.pendingDeadlines(within: 400, asOf: day("2025-01-10")).count == 2)
            #expect(try reader.search("tesf").map(\.id) == ["c"])
            #expect(throws: StoreError.self) { try reader.saveCase(sampleCase()) }
        }
        #expect(contents(path) == before)
    }
}
