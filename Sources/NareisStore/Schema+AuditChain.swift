import Foundation
import GRDB

extension Schema {
    /// The audit trail becomes a hash chain (`AuditChain`): each line's `hash`
    /// covers its columns and the line before it. The table is made again with
    /// `hash NOT NULL`, so no way of writing can leave a line outside the chain, and
    /// the lines already there are copied into it in their order (same numbers), each
    /// with its hash. The append-only triggers go with the old table and are made
    /// again on the new one, in this migration's transaction: no other writer ever
    /// sees the trail without them.
    ///
    /// NOT NULL rather than a trigger refusing a line without a hash: an INSERT on a
    /// table with an INSERT trigger opens a statement journal, which made an import
    /// about a fifth slower (30,000 cases: about 15 s of CPU instead of 12).
    static func chainAuditTrail(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE audit_chained (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                who TEXT NOT NULL,
                action TEXT NOT NULL,
                caseId TEXT,
                memberId TEXT,
                count INTEGER,
                hash BLOB NOT NULL
            );
            """)
        let insert = try db.makeStatement(sql: """
            INSERT INTO audit_chained (\(AuditChain.columns), hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var bytes = AuditLineBytes()
        var previous = AuditChain.start
        var after: Int64 = 0
        while true {
            let rows = try Row.fetchAll(db, sql: "SELECT \(AuditChain.columns) FROM audit WHERE id > ? ORDER BY id LIMIT 4096",
                                        arguments: [after])
            guard let last = rows.last else { break }
            for row in rows {
                let line = Array(row.databaseValues)
                previous = AuditChain.hash(after: previous, line: line, into: &bytes).databaseValue
                try insert.execute(arguments: StatementArguments(line + [previous]))
            }
            after = last[0]
        }
        try db.execute(sql: """
            DROP TRIGGER audit_no_update;
            DROP TRIGGER audit_no_delete;
            DROP TABLE audit;
            ALTER TABLE audit_chained RENAME TO audit;
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            """)
    }
}
