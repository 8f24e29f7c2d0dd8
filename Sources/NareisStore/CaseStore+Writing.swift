import Foundation
import GRDB
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
            try audit(db, existing == nil ? .create : .edit, caseId: file.id, at: now)
            return file.id!
        }
    }

    /// Imports cases, all or nothing, in one transaction: cases without an ID get
    /// one; an ID already stored (or given twice) refuses the whole import, naming
    /// each by its path (`[index].id`, or `id` for a single case). Returns the IDs
    /// in the order given. Cases are prepared (assessed, encoded) in chunks on every
    /// core and written by one thread, so a lazy sequence is read a chunk at a time.
    @discardableResult
    public func importCases<S: Sequence<CaseFile>>(_ files: S) throws -> [String] {
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
            let exists = try db.cachedStatement(sql: "SELECT 1 FROM cases WHERE id = ?")
            let audit = try BulkStatement(db, "INSERT INTO audit (at, who, action, caseId) VALUES (?, ?, 'import', ?)")
            var iterator = files.makeIterator()
            var index = 0
            // While one chunk is written here, the next is prepared on the other cores.
            var preparing: PreparedBatch?
            while true {
                var chunk: [CaseFile] = []
                while chunk.count < 4096, var file = iterator.next() {
                    defer { index += 1 }
                    if let id = file.id {
                        if !seen.insert(id).inserted {
                            problems.append((index, id, "is given to an earlier case in this import (expected a unique ID, or none: the store assigns one)"))
                        } else if try Bool.fetchOne(exists, arguments: [id]) == true {
                            problems.append((index, id, "is already in the store (expected a new ID, or none: the store assigns one)"))
                        }
                    } else {
                        file.id = try numbers.next(db, avoiding: seen)
                        seen.insert(file.id!)
                    }
                    if problems.isEmpty { chunk.append(file) }
                }
                let next = chunk.isEmpty ? nil : PreparedBatch(chunk, on: today, assess: assess)
                if let ready = preparing {
                    for prepared in ready.wait() {
                        try store(prepared, replacing: nil, db: db, today: today, now: now)
                        audit.bind(1, now)
                        audit.bind(2, user)
                        audit.bind(3, prepared.id)
                        try audit.run()
                        ids.append(prepared.id)
                    }
                }
                guard let next else { break }
                preparing = next
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
            try numbers.save(db)
            return ids
        }
    }

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
        try store(PreparedCase(file, assessment: assess(file, today)), replacing: existing, db: db, today: today, now: now)
    }

    func store(_ p: PreparedCase, replacing existing: Int64?, db: Database, today: Day, now: String) throws {
        let seq: Int64
        if let existing {
            let update = try BulkStatement(db, """
                UPDATE cases SET id = ?1, document = ?2, sponsorName = ?3, sponsorLatinName = ?4, sponsorVNumber = ?5,
                    sponsorNationality = ?6, sortName = ?7, counsellor = ?8, memberCount = ?9, stage = ?10, nextDue = ?11,
                    changedAt = ?12, assessedOn = ?13
                WHERE seq = ?14
                """)
            bindCase(update, p, now: now, today: today)
            update.bind(14, existing)
            try update.run()
            for table in ["members", "procedure_events", "deadlines"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE caseSeq = ?", arguments: [existing])
            }
            try db.execute(sql: "DELETE FROM case_search WHERE rowid = ?", arguments: [existing])
            // The counsellor's checklist work stays, except for members no longer in the case.
            let memberIds = Set(p.members.map(\.id))
            let statuses = try String.fetchAll(db, sql: "SELECT DISTINCT memberId FROM checklist_status WHERE caseSeq = ?",
                                               arguments: [existing])
            for gone in statuses where !memberIds.contains(gone) {
                try db.execute(sql: "DELETE FROM checklist_status WHERE caseSeq = ? AND memberId = ?",
                               arguments: [existing, gone])
            }
            seq = existing
        } else {
            let insert = try BulkStatement(db, """
                INSERT INTO cases (id, document, sponsorName, sponsorLatinName, sponsorVNumber, sponsorNationality,
                    sortName, counsellor, memberCount, stage, nextDue, changedAt, assessedOn, createdAt)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?12)
                """)
            bindCase(insert, p, now: now, today: today)
            try insert.run()
            seq = db.lastInsertedRowID
        }

        let member = try BulkStatement(db, """
            INSERT INTO members (caseSeq, memberId, position, name, latinName, vNumber, relationship, birthDate,
                nationality, stage, checklistItems, checklistCount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, m) in p.members.enumerated() {
            member.bind(1, seq)
            member.bind(2, m.id)
            member.bind(3, Int64(position))
            member.bind(4, m.name)
            member.bind(5, m.latinName)
            member.bind(6, m.vNumber)
            member.bind(7, m.relationship)
            member.bind(8, m.birthDate)
            member.bind(9, m.nationality)
            member.bind(10, m.stage)
            member.bind(11, m.checklistItems)
            member.bind(12, m.checklistCount)
            try member.run()
        }
        let event = try BulkStatement(db, "INSERT INTO procedure_events (caseSeq, memberId, event, day) VALUES (?, ?, ?, ?)")
        for e in p.events {
            event.bind(1, seq)
            event.bind(2, e.memberId)
            event.bind(3, e.event)
            event.bind(4, e.day)
            try event.run()
        }
        let deadline = try BulkStatement(db, """
            INSERT INTO deadlines (caseSeq, memberId, deadlineId, due, rule, caseId) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for d in p.deadlines {
            deadline.bind(1, seq)
            deadline.bind(2, d.memberId)
            deadline.bind(3, d.deadlineId)
            deadline.bind(4, d.due)
            deadline.bind(5, d.rule)
            deadline.bind(6, p.id)
            try deadline.run()
        }
        let search = try BulkStatement(db, "INSERT INTO case_search (rowid, text) VALUES (?, ?)")
        search.bind(1, seq)
        search.bind(2, p.searchText)
        try search.run()
    }

    private func bindCase(_ statement: BulkStatement, _ p: PreparedCase, now: String, today: Day) {
        statement.bind(1, p.id)
        statement.bind(2, p.document)
        statement.bind(3, p.sponsorName)
        statement.bind(4, p.sponsorLatinName)
        statement.bind(5, p.sponsorVNumber)
        statement.bind(6, p.sponsorNationality)
        statement.bind(7, p.sortName)
        statement.bind(8, p.counsellor)
        statement.bind(9, Int64(p.members.count))
        statement.bind(10, p.stage)
        statement.bind(11, p.nextDue)
        statement.bind(12, now)
        statement.bind(13, today.iso)
    }
}

/// The case numbers of one year: read once, handed out in memory, saved once.
/// Numbers are never reused (an erased case's number stays taken), and IDs
/// already stored or given in the same import are skipped.
struct CaseNumbers {
    let year: Int
    private(set) var last: Int

    init(_ db: Database, year: Int) throws {
        self.year = year
        last = try Int.fetchOne(db, sql: "SELECT last FROM case_numbers WHERE year = ?", arguments: [year]) ?? 0
    }

    mutating func next(_ db: Database, avoiding taken: Set<String>) throws -> String {
        let exists = try db.cachedStatement(sql: "SELECT 1 FROM cases WHERE id = ?")
        while true {
            last += 1
            let digits = String(last)
            let id = "NR-\(year)-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
            if !taken.contains(id), try Bool.fetchOne(exists, arguments: [id]) != true { return id }
        }
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO case_numbers (year, last) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET last = excluded.last
            """, arguments: [year, last])
    }
}
