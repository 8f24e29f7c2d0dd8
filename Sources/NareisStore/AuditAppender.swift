import Foundation
import GRDB
import NareisCasework

/// Adds lines to the end of the audit chain, inside the write transaction that
/// made them: the line the chain ends on is read under the write lock, so two
/// nareis processes writing at once each extend the chain the other left, never
/// the same line twice. Make one per transaction; an import keeps one for all its
/// lines, so the end of the chain is read once.
struct AuditAppender {
    private var lastId: Int64
    private var lastHash: DatabaseValue
    private var bytes = AuditLineBytes()
    private let insert: BulkStatement

    init(_ db: Database) throws {
        insert = try BulkStatement(db, """
            INSERT INTO audit (id, at, who, action, caseId, memberId, count, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let end = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"))
        lastId = end?["id"] ?? 0
        lastHash = end.map { $0["hash"] as DatabaseValue } ?? AuditChain.start
    }

    /// Appends one line, numbered after the last (the number is part of its hash).
    mutating func append(at: String, who: String, action: AuditAction, caseId: String? = nil,
                         memberId: String? = nil, count: Int? = nil) throws {
        let id = lastId + 1
        let count = count.map(Int64.init)
        let hash = AuditChain.hash(after: lastHash, line: [
            id.databaseValue, at.databaseValue, who.databaseValue, action.rawValue.databaseValue,
            caseId.databaseValue, memberId.databaseValue, count.databaseValue,
        ], into: &bytes)
        insert.bind(1, id)
        insert.bind(2, at)
        insert.bind(3, who)
        insert.bind(4, action.rawValue)
        insert.bind(5, caseId)
        insert.bind(6, memberId)
        insert.bind(7, count)
        insert.bind(8, hash)
        try insert.run()
        lastId = id
        lastHash = hash.databaseValue
    }
}
