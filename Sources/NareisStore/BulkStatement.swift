import Foundation
import NareisCasework
import GRDB
import GRDBSQLite

/// A cached statement bound and run through SQLite's C API. An import writes about
/// twenty rows per case; building GRDB argument arrays for each cost more than
/// SQLite's own work, so the hot inserts bind directly (and `nareis deadlines`
/// reads its rows directly, for the same reason).
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
        if var text {
            // Its UTF-8 bytes with their length: most values (IDs, days) are small
            // strings, which a C string argument would copy to the heap first.
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    if let start = chars.baseAddress {
                        _ = sqlite3_bind_text(handle, index, start, Int32(chars.count), Self.transient)
                    } else {
                        _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)   // empty, not NULL
                    }
                }
            }
        } else {
            sqlite3_bind_null(handle, index)
        }
    }

    /// Binds a value of a `RowText` in place, without a copy: `base` (from
    /// `RowText.withBase`) must stay valid until the statement has been run.
    func bind(_ index: Int32, _ span: TextSpan, in base: UnsafePointer<CChar>) {
        if span.count < 0 {
            sqlite3_bind_null(handle, index)
        } else {
            // No destructor (SQLITE_STATIC): SQLite reads the text where it is.
            _ = sqlite3_bind_text(handle, index, base + span.start, Int32(span.count), nil)
        }
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ bytes: Data) {
        _ = bytes.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), Self.transient) }
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

    /// Runs a bound query, calling `row` for each row it gives (read with `text(_:)`),
    /// then clears it for the next use.
    func forEachRow(_ row: () throws -> Void) throws {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
            }
            try row()
        }
    }

    /// The position of the result column `name` (as GRDB matches names: case does not
    /// matter), to look up once before `forEachRow` and read each row's value at.
    func column(_ name: String) throws -> Int32 {
        guard let index = statement.index(ofColumn: name) else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "no column named \(name)", sql: statement.sql)
        }
        return Int32(index)
    }

    /// A text column of the current row, as a String already in `texts` when one has
    /// the same bytes (for columns that repeat a few values); NULL reads as "".
    func text(_ column: Int32, reusing texts: inout RepeatedTexts) -> String {
        guard let start = sqlite3_column_text(handle, column) else { return "" }
        let bytes = UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(handle, column)))
        return texts.string(for: bytes)
    }

    /// A text column of the current row; NULL reads as "".
    func text(_ column: Int32) -> String {
        guard let start = sqlite3_column_text(handle, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }
}

/// Strings made from bytes, kept to be handed out again for the same bytes: for a
/// column that repeats a few values (one instance per column). Past a few dozen
/// distinct values, new ones are made but not kept.
struct RepeatedTexts {
    private var known: [(bytes: [UInt8], text: String)] = []

    mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String {
        for entry in known where entry.bytes.count == bytes.count {
            let same = entry.bytes.withUnsafeBufferPointer { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
            if same { return entry.text }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if known.count < 32, bytes.count > 0 { known.append((Array(bytes), text)) }
        return text
    }
}
