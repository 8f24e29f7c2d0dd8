import Foundation
import GRDB
import NareisCasework
import NareisCore

/// Stored deadlines, checklist columns and stages are computed by the rules in force
/// on the day a case was written. Rules are dated: when one takes effect later, the
/// cases written before it are computed again, once, the next time the store is
/// opened (`store_facts.derivedSince` says in one row whether any are).
extension CaseStore {
    /// The day before which no case's rows were computed (`9999-12-31`: no cases).
    static func derivedSince(_ db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT value FROM store_facts WHERE name = 'derivedSince'") ?? "9999-12-31"
    }

    /// A write computed rows on `day`: `derivedSince` is lowered to it if need be (a
    /// clock set back).
    static func noteDerived(_ db: Database, on day: Day) throws {
        try db.execute(sql: "UPDATE store_facts SET value = ?1 WHERE name = 'derivedSince' AND value > ?1", arguments: [day.iso])
    }

    /// Whether rules in force on `today` took effect after some case was computed.
    static func needsRederiving(_ db: Database, rulesOf version: Day) throws -> Bool {
        try derivedSince(db) < version.iso
    }

    /// Computes again every case computed before the rules in force today took
    /// effect, in one transaction (prepared on every core, as an import is): the
    /// computed rows and columns only (documents, names and search text stay), and
    /// the cases keep their last-change time: the counsellor changed nothing. A case
    /// whose document no longer reads is left as it is (`check` reports it). One
    /// audit line with the count. Returns how many cases were computed again.
    @discardableResult
    func rederiveIfRulesChanged(announce: (_ cases: Int, _ rulesOf: Day) -> Void = { _, _ in }) throws -> Int {
        let today = today()
        let version = rulesVersion(today)
        guard try read({ try Self.needsRederiving($0, rulesOf: version) }) else { return 0 }
        let now = timestamp()
        return try write { db in
            // Another process may have done it meanwhile.
            guard try Self.needsRederiving(db, rulesOf: version) else { return 0 }
            let stale = try Int64.fetchAll(db, sql: "SELECT seq FROM cases WHERE assessedOn < ? ORDER BY seq",
                                           arguments: [version.iso])
            if !stale.isEmpty { announce(stale.count, version) }
            // As for an import: index pages all over the file.
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = \(Self.importCacheSize)")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            let rows = try CaseRowWriter(db)
            var done = 0
            for start in stride(from: 0, to: stale.count, by: 4096) {
                let chunk = stale[start..<min(stale.count, start + 4096)]
                let stored = try Row.fetchAll(db, sql: """
                    SELECT seq, id, document FROM cases WHERE seq IN (\(chunk.map(String.init).joined(separator: ",")))
                    """)
                // Reading the documents back is most of the work: on every core too.
                let documents = stored.map { (seq: $0["seq"] as Int64, id: $0["id"] as String, document: $0["document"] as String) }
                let path = self.path, assess = self.assess
                let prepared = parallelMap(documents) { stored -> (seq: Int64, rows: PreparedCase)? in
                    guard var file = try? Self.decode(stored.document, path: path) else { return nil }
                    file.id = stored.id   // the row's ID is the case's, whatever the document says
                    return (stored.seq, PreparedCase(file, assessment: assess(file, today)))
                }.compactMap { $0 }
                for p in prepared {
                    try rows.write(p.rows, as: .recomputed(p.seq), db: db, today: today, now: now)
                }
                done += prepared.count
            }
            try db.execute(sql: "UPDATE store_facts SET value = ? WHERE name = 'derivedSince'", arguments: [version.iso])
            try audit(db, .rederive, count: done, at: now)
            return done
        }
    }
}
