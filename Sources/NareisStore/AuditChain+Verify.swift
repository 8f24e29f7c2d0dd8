import Foundation
import GRDB
import NareisCasework

extension AuditChain {
    /// Walks the trail in order, hashing every line again after the `hash` stored
    /// on the line before it, and stops at the first line whose stored hash differs.
    /// Each line is judged against its stored predecessor, so the break is named
    /// where it is, not at every line after it.
    static func verify(_ db: Database) throws -> AuditChainReport {
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns), hash FROM audit ORDER BY id")
        let hashColumn = 7
        var bytes = AuditLineBytes()
        var previous = start
        var previousId: Int64 = 0
        var intact = 0
        var line = [DatabaseValue](repeating: .null, count: hashColumn)
        while let row = try rows.next() {
            for column in 0..<hashColumn { line[column] = row[column] }
            let stored: DatabaseValue = row[hashColumn]
            let id: Int64 = row[0]
            guard stored == AuditChain.hash(after: previous, line: line, into: &bytes).databaseValue else {
                let reason: AuditChainBreak.Reason
                if !isHash(stored) {
                    reason = .unsealed
                } else if id != previousId + 1 {
                    reason = .linesMissing(after: previousId)
                } else {
                    reason = .mismatch
                }
                return AuditChainReport(intactLines: intact, firstBreak: AuditChainBreak(
                    id: id, at: shown(line[1]), action: shown(line[3]), reason: reason))
            }
            previous = stored
            previousId = id
            intact += 1
        }
        let head = intact == 0 ? nil : Data.fromDatabaseValue(previous).map(hexadecimal)
        return AuditChainReport(intactLines: intact, head: head)
    }

    private static func isHash(_ value: DatabaseValue) -> Bool {
        if case .blob(let data) = value.storage { return data.count == hashSize }
        return false
    }

    /// A stored value as the check's message shows it: one line, no control or
    /// direction characters, at most 64 (a line put there by hand may hold anything).
    private static func shown(_ value: DatabaseValue) -> String {
        let text: String
        switch value.storage {
        case .string(let string): text = string
        case .null: text = "NULL"
        default: text = value.description
        }
        let printable = text.unicodeScalars.filter { ![.control, .format].contains($0.properties.generalCategory) }
        return String(String.UnicodeScalarView(printable.prefix(64)))
    }

    private static func hexadecimal(_ data: Data) -> String {
        data.map { String(format: "%02x", $0) }.joined()
    }
}
