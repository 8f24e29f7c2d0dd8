import GRDB
import NareisCasework
import NareisCore

/// Sealed handovers between organisations: the sender's audit line, and the
/// receiver's import that remembers each file it took in.
extension CaseStore {
    public func recordHandover(caseId: String) throws {
        let now = timestamp()
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM cases WHERE id = ?", arguments: [caseId]) != nil else {
                throw StoreError.unknownCase(id: caseId)
            }
            try audit(db, .handover, caseId: caseId, at: now)
        }
    }

    public func handoverReceived(fileId: String) throws -> String? {
        try read { try String.fetchOne($0, sql: "SELECT receivedAt FROM received_handovers WHERE fileId = ?", arguments: [fileId]) }
    }

    public func receiveCases(_ files: [CaseFile], fileId: String) throws -> [String] {
        let now = timestamp()
        return try importCases(chunks: Self.once(files)) { db, ids in
            // Checked again under the write lock: two receipts of one file at once store it once.
            if let earlier = try String.fetchOne(db, sql: "SELECT receivedAt FROM received_handovers WHERE fileId = ?",
                                                 arguments: [fileId]) {
                throw HandoverRefusal.replayed(fileId: fileId, receivedAt: earlier)
            }
            try db.execute(sql: "INSERT INTO received_handovers (fileId, receivedAt) VALUES (?, ?)", arguments: [fileId, now])
            for id in ids { try audit(db, .receive, caseId: id, at: now) }
        }
    }

    /// The import's chunk source for cases already in memory: all of them, then the end.
    private static func once(_ files: [CaseFile]) -> () -> [CaseFile]? {
        var given = false
        return {
            defer { given = true }
            return given || files.isEmpty ? nil : files
        }
    }
}
