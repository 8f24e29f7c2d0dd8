import Foundation
import GRDB
import NareisCasework
import NareisCore
#if canImport(Glibc)
import Glibc
#endif

/// The local case store: one SQLite file (WAL, `synchronous = FULL`) behind a GRDB
/// `DatabasePool`, so that two nareis processes (two terminals) can read and write
/// it together without losing each other's writes.
///
/// Opening is cheap at any size (a header check and a look at the applied
/// migrations); the full integrity check is `check()`, never run on open. Writes
/// are named for what they do (`saveCase`, `importCases`, `eraseCase`, ...) and each
/// is one transaction. The API is described in docs/store.md.
public final class CaseStore: Sendable {
    public let path: String
    /// A `DatabasePool`; a single read-only `DatabaseQueue` when opened `readOnly`.
    let pool: any DatabaseWriter
    /// `pool` when it is the one connection of a workstation (`oneConnection`), which
    /// `read` uses without GRDB's read-only switch.
    private let soleConnection: DatabaseQueue?
    let clock: @Sendable () -> Date
    let assess: @Sendable (CaseFile, Day) -> Assessment
    /// The day the rules in force on a day took effect (the newest valid-from).
    let rulesVersion: @Sendable (Day) -> Day
    /// The OS user name, for the audit trail.
    let user: String
    /// The case documents decoded lately (`loadCase`, `openCase`).
    let decoded = DecodedDocuments()

    /// Opens the store at `path`, creating it (and its directories, 0700) when missing.
    /// A file that is not a nareis store is refused with `StoreError.notAStore`,
    /// and nothing is written to it.
    ///
    /// - Parameters:
    ///   - clock: the time of writes (audit, last change) and, in the local time zone,
    ///     the day deadlines are computed on.
    ///   - assess: the rules; tests pass their own to pin deadlines down.
    ///   - rulesVersion: when the rules in force on a day took effect. Cases computed
    ///     before that are computed again on opening (`rederiveIfRulesChanged`);
    ///     `beforeRederiving` hears how many first (seconds at 100,000 cases).
    ///   - readOnly: for commands that only read (`deadlines`): opens without
    ///     writing anything, not even the WAL set-up, so they cost little more than
    ///     starting a process. Writes then fail with `cannotWrite`. A store that still
    ///     needs migrating, or computing again under new rules, is opened for writing
    ///     anyway.
    ///   - oneConnection: one connection for reads and writes, for a process that
    ///     reads and writes in turn on one thread (the workstation). A pool opens a
    ///     second connection, which reads and parses the schema again, and writes a
    ///     transaction of its own to make the WAL file: together about half of
    ///     opening. A store not yet in WAL mode (a new one) is opened as a pool.
    public init(path: String,
                clock: @escaping @Sendable () -> Date = { Date() },
                assess: @escaping @Sendable (CaseFile, Day) -> Assessment = { Assessor.assess($0, asOf: $1) },
                rulesVersion: @escaping @Sendable (Day) -> Day = { RuleBook.standard.version(on: $0) },
                user: String = CaseStore.osUserName(),
                readOnly: Bool = false,
                oneConnection: Bool = false,
                beforeRederiving: (_ cases: Int, _ rulesOf: Day) -> Void = { _, _ in }) throws {
        self.path = path
        self.clock = clock
        self.assess = assess
        self.rulesVersion = rulesVersion
        self.user = user
        umask(0o077)
        switch StoreFile.inspect(path) {
        case .store:
            break
        case .missing, .empty:
            try StoreFile.ensureParentDirectory(of: path)
            try Self.create(at: path)
        case .foreign(let reason):
            throw StoreError.notAStore(path: path, reason: reason)
        }
        do {
            if readOnly, let current = try Self.openCurrentReadOnly(path),
               try !current.read({ try Self.needsRederiving($0, rulesOf: rulesVersion(LocalClock.day(of: clock()))) }) {
                pool = current
                soleConnection = nil
                return
            }
            if oneConnection, let queue = try Self.openOneConnection(path) {
                pool = queue
                soleConnection = queue
            } else {
                soleConnection = nil
                pool = try DatabasePool(path: path, configuration: Self.configuration())
                // GRDB sets NORMAL when it turns WAL on, after prepareDatabase: case data
                // wants every commit on the disk before it is acknowledged.
                try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            }
            if try pool.read(Schema.migrator.hasBeenSuperseded) {
                throw StoreError.newerSchema(path: path)
            }
            if try !pool.read(Schema.migrator.hasCompletedMigrations) {
                try Schema.migrator.migrate(pool)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.from(error, path: path)
        }
        StoreFile.restrictPermissions(path)
        try rederiveIfRulesChanged(announce: beforeRederiving)
    }

    /// One connection for reading and writing, on a store already in WAL mode (which
    /// the file keeps: every store is put in it by the first pool that opens it); nil
    /// when it is not.
    private static func openOneConnection(_ path: String) throws -> DatabaseQueue? {
        let queue = try DatabaseQueue(path: path, configuration: configuration())
        guard try queue.read({ try String.fetchOne($0, sql: "PRAGMA journal_mode") }) == "wal" else {
            try queue.close()
            return nil
        }
        return queue
    }

    /// One read-only connection on a store whose schema is current (a pool would open
    /// two); nil when the store needs migrating.
    private static func openCurrentReadOnly(_ path: String) throws -> DatabaseQueue? {
        var config = configuration()
        config.readonly = true
        let pool = try DatabaseQueue(path: path, configuration: config)
        if try pool.read(Schema.migrator.hasBeenSuperseded) { throw StoreError.newerSchema(path: path) }
        return try pool.read(Schema.migrator.hasCompletedMigrations) ? pool : nil
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.label = "nareis"
        config.foreignKeysEnabled = true
        // Another terminal may be writing: wait for it rather than fail.
        config.busyMode = .timeout(10)
        config.maximumReaderCount = 3
        // publicStatementArguments stays false: it would log personal data.
        config.prepareDatabase { db in
            // Freed pages are zeroed, so that an edited or erased name leaves no trace.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // Each cell is checked against its page as it is read, so that a damaged page
            // stops a read with SQLITE_CORRUPT instead of yielding fewer rows in silence.
            try db.execute(sql: "PRAGMA cell_size_check = ON")
        }
        return config
    }

    /// Builds a new, fully migrated store in a temporary file beside `path` and
    /// moves it into place, so that a store file is never seen half made.
    private static func create(at path: String) throws {
        let temporary = StoreFile.temporaryPath(beside: path, purpose: "new")
        do {
            let queue = try DatabaseQueue(path: temporary, configuration: configuration())
            // Case documents are about 2 KB: on 4 KB pages one fits per page with half
            // the page unused; 8 KB pages hold three.
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA page_size = 8192") }
            try Schema.migrator.migrate(queue)
            try queue.close()
        } catch {
            StoreFile.removeWithCompanions(temporary)
            throw StoreError.from(error, path: path)
        }
        chmod(temporary, StoreFile.fileMode)
        try StoreFile.sync(temporary)
        // link() refuses to replace a store another process created meanwhile;
        // a zero-length file is replaced.
        if link(temporary, path) != 0 {
            let linkError = errno
            if linkError == EEXIST && StoreFile.inspect(path) == .empty {
                try StoreFile.commit(temporary: temporary, to: path)
                return
            }
            unlink(temporary)
            if linkError == EEXIST { return }
            throw StoreError.cannotWrite(path: path, detail: String(cString: strerror(linkError)))
        }
        unlink(temporary)
        let directory = (path as NSString).deletingLastPathComponent
        try StoreFile.sync(directory.isEmpty ? "." : directory)
    }

    /// The user name of this process, for the audit trail.
    public static func osUserName() -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "uid \(getuid())"
    }

    // MARK: - Time

    /// The day of a write in the local time zone: deadlines are computed on it.
    func today() -> Day { LocalClock.day(of: clock()) }

    /// A timestamp for `changedAt` and the audit trail: ISO 8601, UTC, seconds.
    func timestamp() -> String { LocalClock.utcTimestamp(of: clock()) }

    // MARK: - Access with errors translated

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            guard let soleConnection else { return try pool.read(body) }
            // On the workstation's one connection a read is a deferred transaction, as
            // on a pool's reader, without GRDB's read-only guard: the guard turns
            // `PRAGMA query_only` on and off around every read, and changing a flag
            // pragma expires every prepared statement of the connection, so each cached
            // statement was compiled again on its next use (a sixth of a keystroke's
            // time). A pool's readers open read-only and need no switch.
            return try soleConnection.inDatabase { db in
                if db.isInsideTransaction { return try body(db) }
                var result: T?
                try db.inTransaction(.deferred) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch { throw StoreError.from(error, path: path) }
    }

    /// Appends to the audit trail, at the end of its hash chain: an action and IDs,
    /// never personal data.
    func audit(_ db: Database, _ action: AuditAction, caseId: String? = nil, memberId: String? = nil,
               count: Int? = nil, at: String) throws {
        var chain = try AuditAppender(db)
        try chain.append(at: at, who: user, action: action, caseId: caseId, memberId: memberId, count: count)
    }
}
