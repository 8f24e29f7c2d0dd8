import GRDB
import GRDBSQLite

/// A cached statement bound and run through SQLite's C API. An import writes about
/// twenty rows per case; building GRDB argument arrays for each cost more than
/// SQLite's own work, so the hot inserts bind directly.
struct BulkStatement {
    private let statement: Statement
    private let connection: OpaquePointer
    private var handle: OpaquePointer { statement.sqliteStatement }
    /// SQLITE_TRANSIENT: SQLite copies the bound text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, _ sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        connection = db.sqliteConnection!
    }

    func bind(_ index: Int32, _ text: String?) {
        if let text {
            sqlite3_bind_text(handle, index, text, -1, Self.transient)
        } else {
            sqlite3_bind_null(handle, index)
        }
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    /// Runs the bound statement to completion, then clears it for the next row.
    func run() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
    }
}
