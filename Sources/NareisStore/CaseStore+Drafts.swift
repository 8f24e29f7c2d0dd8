import Foundation
import GRDB
import NareisCasework
import NareisCore

extension CaseStore {
    /// Saves a draft: a new one (`number` nil) or over the stored one. A draft that
    /// edits a case names it (`caseId`); that case must exist. Returns the number.
    @discardableResult
    public func saveDraft(number: Int64?, caseId: String?, document: String) throws -> Int64 {
        let now = timestamp()
        guard document.utf8.count <= 1_000_000 else {
            throw StoreError.invalid(field: "draft", message: "is \(document.utf8.count) bytes (expected at most 1000000)")
        }
        return try write { db in
            let seq = try caseId.map { try caseSeq(db, $0) }
            if let number {
                try db.execute(sql: "UPDATE drafts SET caseSeq = ?, document = ?, changedAt = ? WHERE number = ?",
                               arguments: [seq, document, now, number])
                if db.changesCount == 1 { return number }
            }
            try db.execute(sql: "INSERT INTO drafts (caseSeq, document, changedAt) VALUES (?, ?, ?)",
                           arguments: [seq, document, now])
            return db.lastInsertedRowID
        }
    }

    /// Every draft, most recently saved first.
    public func drafts() throws -> [StoredDraft] {
        try read { db in
            try StoredDraft.fetchAll(db, sql: """
                SELECT d.number, c.id AS caseId, d.document, d.changedAt FROM drafts d LEFT JOIN cases c ON c.seq = d.caseSeq
                ORDER BY d.changedAt DESC, d.number DESC
                """)
        }
    }

    /// Removes a draft (once its case is saved, or when the counsellor drops it).
    public func deleteDraft(number: Int64) throws {
        try write { db in try db.execute(sql: "DELETE FROM drafts WHERE number = ?", arguments: [number]) }
    }
}
