import Foundation
import GRDB
import NareisCasework
import NareisCore

extension CaseStore {
    /// Stores one case: a new one (an ID is assigned when it has none) or a new
    /// version of a stored one (same ID). Its deadlines, stage and search text are
    /// rewritten from the rules on the day of the write. Returns the case ID.
    @discardableResult
    public func saveCase(_ file: CaseFile) throws -> String {
        let today = today()
        let now = timestamp()
        return try write { db in
            var file = file
            let existing: Int64?
            if let id = file.id {
                existing = try Int64.fetchOne(db, sql: "SELECT seq FROM cases WHERE id = ?", arguments: [id])
            } else {
                file.id = try nextCaseId(db, year: today.year)
                existing = nil
            }
            try writeCase(file, replacing: existing, db: db, today: today, now: now)
            try Self.noteDerived(db, on: today)
            try audit(db, existing == nil ? .create : .edit, caseId: file.id, at: now)
            return file.id!
        }
    }

    /// Imports cases, all or nothing, in one transaction: cases without an ID get
    /// one; an ID already stored (or given twice) refuses the whole import, naming
    /// each by its path (`[index].id`, or `id` for a single case). Returns the IDs
    /// in the order given. Cases are prepared (assessed, encoded) in chunks on every
    /// core and written by one thread, handed over a chunk at a time by `next` (nil: no
    /// more), so that a large file can be read while the store writes. An error thrown
    /// by `next` refuses the whole import: nothing is stored.
    @discardableResult
    public func importCases(chunks next: () throws -> [CaseFile]?) throws -> [String] {
        try importCases(chunks: next, finishing: { _, _ in })
    }

    /// The import, with `finishing` run in its transaction after the last case is
    /// written: a received handover records its file ID there, so both or neither stay.
    func importCases(chunks next: () throws -> [CaseFile]?,
                     finishing: (Database, [String]) throws -> Void) throws -> [String] {
        let today = today()
        let now = timestamp()
        return try write { db in
            var ids: [String] = []
            var seen: Set<String> = []
            var problems: [(index: Int, id: String, message: String)] = []
            // A large import touches index pages all over the file; with SQLite's
            // default 2 MB cache they are spilled to the WAL and read back again and
            // again. A larger cache for the import only (its memory is allowed to grow).
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = \(Self.importCacheSize)")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            var numbers = try CaseNumbers(db, year: today.year)
            // A large import writes its follow-ups without their index, which is made
            // again, sorted once, at the end: inserting several hundred thousand entries
            // at places all over an index cost a quarter of the import. In the same
            // transaction, so a refused import leaves the index as it was.
            var first = try next()
            let bulk = (first?.count ?? 0) >= Self.bulkImportCases
            // The case total's triggers likewise: counted once at the end. Into an empty
            // store, every index the import fills goes and is made again at the end.
            var setAside: [String] = []
            if bulk {
                try db.execute(sql: "DROP INDEX open_follow_ups_by_due_day")
                try db.execute(sql: Schema.dropCaseTotalTriggers)
                try db.execute(sql: Schema.dropPendingPerDayTriggers)
                if try Schema.keptCaseTotal(db) == 0 { setAside = try Self.setIndexesAside(db) }
            }
            var audit = try AuditAppender(db)
            let rows = try CaseRowWriter(db)
            var index = 0
            // The chunks as given, with their IDs checked and assigned (here: that needs
            // the database), each prepared on the other cores while the one before is
            // written here.
            let assess = self.assess
            // `prepared`, which calls `next`, ends within this block.
            let rest = { () throws -> [CaseFile]? in
                if let chunk = first {
                    first = nil
                    return chunk
                }
                return try next()
            }
            try withoutActuallyEscaping(rest) { next in
                let prepared = ReadAhead(inputs: { () throws -> [CaseFile]? in
                    guard let incoming = try next() else { return nil }
                    var chunk: [CaseFile] = []
                    for var file in incoming {
                        defer { index += 1 }
                        // `seen` holds the IDs given in the import; the ones handed out are
                        // known to `numbers` (a set of 100,000 of them cost a twentieth of
                        // this thread's time).
                        if let id = file.id {
                            let earlier = "is given to an earlier case in this import (expected a unique ID, or none: the store assigns one)"
                            if !seen.insert(id).inserted {
                                problems.append((index, id, earlier))
                            } else if try numbers.isStored(id) {
                                problems.append((index, id, "is already in the store (expected a new ID, or none: the store assigns one)"))
                            } else if numbers.hasHandedOut(id) {
                                problems.append((index, id, earlier))
                            }
                        } else {
                            file.id = try numbers.next(db, avoiding: seen)
                        }
                        if problems.isEmpty { chunk.append(file) }
                    }
                    // Once an ID is refused nothing more is prepared, but every chunk is
                    // still read, so that the refusal names every ID that cannot be used.
                    return problems.isEmpty ? chunk : []
                }, produce: { chunk in
                    chunk.isEmpty ? [] : PreparedCase.prepareAll(chunk, on: today, assess: assess)
                })
                while let cases = try prepared.next() {
                    guard problems.isEmpty else { continue }
                    for prepared in cases {
                        try rows.write(prepared, as: .new, db: db, today: today, now: now)
                        try audit.append(at: now, who: user, action: .import, caseId: prepared.id)
                        ids.append(prepared.id)
                    }
                    // This thread sets the pace of an import; freeing a chunk's cases (a
                    // few hundred thousand strings) is work for another core.
                    Self.release(consume cases)
                }
            }
            if !problems.isEmpty {
                let single = index == 1
                var lines = ["import refused, nothing stored: \(problems.count) case ID(s) cannot be used"]
                lines += problems.prefix(50).map {
                    "\(single ? "" : "[\($0.index)].")id: \(JSONQuoted($0.id)) \($0.message)"
                }
                if problems.count > 50 { lines.append("… and \(problems.count - 50) more") }
                throw StoreError.duplicateIds(lines)
            }
            if bulk {
                try db.execute(sql: Schema.openFollowUpsByDueDayIndex)
                try db.execute(sql: Schema.recountCaseTotal)
                for index in setAside { try db.execute(sql: index) }
                try db.execute(sql: Schema.recountPendingPerDay)
            }
            try numbers.save(db)
            if !ids.isEmpty { try Self.noteDerived(db, on: today) }
            try finishing(db, ids)
            return ids
        }
    }

    /// Drops the secondary indexes of the tables an import fills and returns the
    /// statements that make them again, as the schema holds them. An index filled one
    /// entry at a time takes each at a random place: with six on the cases, one on the
    /// members, deadlines and people, most of an import's page writes were index pages
    /// written, pushed out of the cache and written again. Made at the end, each is
    /// sorted once and written in order. The import's own look-ups (a case ID already
    /// stored) use the cases' unique ID, which stays.
    static func setIndexesAside(_ db: Database) throws -> [String] {
        let indexes = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('cases', 'members', 'deadlines', 'person_keys')
            """)
        for index in indexes { try db.execute(sql: "DROP INDEX \(index["name"] as String)") }
        return indexes.map { $0["sql"] }
    }

    /// Drops `cases` on another thread.
    private static func release(_ cases: consuming [PreparedCase]) {
        let cases = consume cases
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(cases) {} }
    }

    /// An import whose first chunk holds this many cases writes its follow-ups without
    /// their index and makes it again at the end.
    static let bulkImportCases = 1000

    /// The page cache of an import, in KiB as `PRAGMA cache_size` counts when negative.
    static let importCacheSize = -65536

    /// The next free `NR-YYYY-NNNNN` for the year of the write.
    func nextCaseId(_ db: Database, year: Int) throws -> String {
        var numbers = try CaseNumbers(db, year: year)
        let id = try numbers.next(db, avoiding: [])
        try numbers.save(db)
        return id
    }

    /// Writes a case's document and every row derived from it. `replacing` is the
    /// stored row of the same case, whose derived rows are rewritten.
    func writeCase(_ file: CaseFile, replacing existing: Int64?, db: Database, today: Day, now: String) throws {
        try CaseRowWriter(db).write(PreparedCase(file, assessment: assess(file, today)),
                                    as: existing.map { .newVersion(of: $0) } ?? .new, db: db, today: today, now: now)
    }
}

/// The case numbers of one year: read once, handed out in memory, saved once.
/// Numbers are never reused (an erased case's number stays taken), and IDs
/// already stored or given in the same import are skipped.
struct CaseNumbers {
    let year: Int
    /// What every ID handed out starts with.
    let prefix: String
    /// The last number taken before this write, and the last taken now.
    private let first: Int
    private(set) var last: Int
    private let exists: BulkStatement

    init(_ db: Database, year: Int) throws {
        self.year = year
        // A laptop of a team hands out numbers under its own tag (`NR-2026-K7QD-00001`),
        // so that cases made offline on two laptops never share an ID.
        let tag = try String.fetchOne(db, sql: "SELECT value FROM sync_meta WHERE key = 'caseIdTag'")
        prefix = "NR-\(year)-" + (tag.map { $0 + "-" } ?? "")
        last = try Int.fetchOne(db, sql: "SELECT last FROM case_numbers WHERE year = ?", arguments: [year]) ?? 0
        first = last
        exists = try BulkStatement(db, "SELECT 1 FROM cases WHERE id = ?")
    }

    mutating func next(_ db: Database, avoiding taken: Set<String>) throws -> String {
        while true {
            last += 1
            let id = self.id(number: last)
            if !taken.contains(id), try !isStored(id) { return id }
        }
    }

    /// Whether this write handed out `id`: one of the numbers taken since it began,
    /// written as `next` writes it. (Numbers skipped were given or stored.)
    func hasHandedOut(_ id: String) -> Bool {
        guard id.hasPrefix(prefix), let number = Int(id.dropFirst(prefix.count)), number > first, number <= last else {
            return false
        }
        return id == self.id(number: number)
    }

    private func id(number: Int) -> String {
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// Whether a case with this ID is stored (any ID, not only this year's numbers).
    func isStored(_ id: String) throws -> Bool {
        var found = false
        exists.bind(1, id)
        try exists.forEachRow { found = true }
        return found
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO case_numbers (year, last) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET last = excluded.last
            """, arguments: [year, last])
    }
}
