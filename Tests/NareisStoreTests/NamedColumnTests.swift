import GRDB
import NareisCasework
import NareisCore
@testable import NareisStore
import Testing

/// Reads by column name that no other test reaches.
@Suite struct NamedColumnTests {
    /// `PRAGMA foreign_key_check` names its columns `table, rowid, parent, fkid`.
    @Test func checkNamesTheRowThatPointsNowhere() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        try store.importCases([sampleCase(id: "kept")])
        try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            try db.execute(sql: "INSERT INTO notes (id, caseSeq, text, createdAt) VALUES (7, 999, 'stray', '2026-01-01T00:00:00Z')")
        }
        #expect(try store.check().foreignKeys == ["notes row 7 points to a missing cases row"])
    }
}
