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
    /// in the order given.
    @discardableResult
    public func importCases<S: Sequence<CaseFile>>(_ files: S) throws -> [String] {
        let today = today()
        let now = timestamp()
        return try write { db in
            var ids: [String] = []
            var seen: Set<String> = []
            var problems: [(index: Int, id: String, message: String)] = []
            let exists = try db.cachedStatement(sql: "SELECT 1 FROM cases WHERE id = ?")
            for (index, original) in files.enumerated() {
                var file = original
                if let id = file.id {
                    if !seen.insert(id).inserted {
                        problems.append((index, id, "is given to an earlier case in this import (expected a unique ID, or none: the store assigns one)"))
                        continue
                    }
                    if try Bool.fetchOne(exists, arguments: [id]) == true {
                        problems.append((index, id, "is already in the store (expected a new ID, or none: the store assigns one)"))
                        continue
                    }
                } else {
                    repeat { file.id = try nextCaseId(db, year: today.year) } while seen.contains(file.id!)
                    seen.insert(file.id!)
                }
                guard problems.isEmpty else { continue }
                try writeCase(file, replacing: nil, db: db, today: today, now: now)
                try audit(db, .import, caseId: file.id, at: now)
                ids.append(file.id!)
            }
            if !problems.isEmpty {
                let single = ids.count + problems.count == 1 && problems.first?.index == 0
                var lines = ["import refused, nothing stored: \(problems.count) case ID(s) cannot be used"]
                lines += problems.prefix(50).map {
                    "\(single ? "" : "[\($0.index)].")id: \(JSONQuoted($0.id)) \($0.message)"
                }
                if problems.count > 50 { lines.append("… and \(problems.count - 50) more") }
                throw StoreError.duplicateIds(lines)
            }
            return ids
        }
    }

    /// The next free `NR-YYYY-NNNNN` for the year of the write. Numbers are never
    /// reused (an erased case's number stays taken), and given IDs are skipped.
    func nextCaseId(_ db: Database, year: Int) throws -> String {
        var number = try Int.fetchOne(db.cachedStatement(sql: "SELECT last FROM case_numbers WHERE year = ?"),
                                      arguments: [year]) ?? 0
        var id: String
        repeat {
            number += 1
            let digits = String(number)
            id = "NR-\(year)-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
        } while try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM cases WHERE id = ?"), arguments: [id]) == true
        try db.cachedStatement(sql: "INSERT INTO case_numbers (year, last) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET last = excluded.last")
            .execute(arguments: [year, number])
        return id
    }

    /// Writes a case's document and every row derived from it. `replacing` is the
    /// stored row of the same case, whose derived rows are rewritten.
    func writeCase(_ file: CaseFile, replacing existing: Int64?, db: Database, today: Day, now: String) throws {
        let id = file.id!
        let assessment = assess(file, today)
        let memberIds = Set(file.members.map(\.id))
        var deadlines: [(memberId: String, deadline: Deadline)] = []
        for member in assessment.members where memberIds.contains(member.id) {
            for deadline in member.deadlines { deadlines.append((member.id, deadline)) }
        }
        let nextDue = deadlines.filter { $0.deadline.done == nil }.map(\.deadline.due).min()
        let sponsor = file.sponsor
        let document = JSONWriter.string(CaseFileWriter.json(file), pretty: false)
        let sortName = (sponsor.latinName ?? sponsor.name)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let caseValues: [(any DatabaseValueConvertible)?] = [
            id, document, sponsor.name, sponsor.latinName, sponsor.vNumber, sponsor.nationality, sortName,
            sponsor.counsellor, file.members.count, CaseStage.of(file).rawValue, nextDue?.iso, now, today.iso,
        ]

        let seq: Int64
        if let existing {
            try db.cachedStatement(sql: """
                UPDATE cases SET id = ?, document = ?, sponsorName = ?, sponsorLatinName = ?, sponsorVNumber = ?,
                    sponsorNationality = ?, sortName = ?, counsellor = ?, memberCount = ?, stage = ?, nextDue = ?,
                    changedAt = ?, assessedOn = ?
                WHERE seq = ?
                """).execute(arguments: StatementArguments(caseValues + [existing]))
            for table in ["members", "procedure_events", "deadlines"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE caseSeq = ?", arguments: [existing])
            }
            try db.execute(sql: "DELETE FROM case_search WHERE rowid = ?", arguments: [existing])
            // The counsellor's checklist work stays, except for members no longer in the case.
            let statuses = try String.fetchAll(db, sql: "SELECT DISTINCT memberId FROM checklist_status WHERE caseSeq = ?",
                                               arguments: [existing])
            for gone in statuses where !memberIds.contains(gone) {
                try db.execute(sql: "DELETE FROM checklist_status WHERE caseSeq = ? AND memberId = ?",
                               arguments: [existing, gone])
            }
            seq = existing
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO cases (id, document, sponsorName, sponsorLatinName, sponsorVNumber, sponsorNationality,
                    sortName, counsellor, memberCount, stage, nextDue, createdAt, assessedOn, changedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: StatementArguments(caseValues + [now]))
            seq = db.lastInsertedRowID
        }

        let insertMember = try db.cachedStatement(sql: """
            INSERT INTO members (caseSeq, memberId, position, name, latinName, vNumber, relationship, birthDate,
                nationality, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertEvent = try db.cachedStatement(sql: "INSERT INTO procedure_events (caseSeq, memberId, event, day) VALUES (?, ?, ?, ?)")
        for (position, m) in file.members.enumerated() {
            try insertMember.execute(arguments: [seq, m.id, position, m.name, m.latinName, m.vNumber,
                                                 m.relationship.rawValue, m.birthDate.description, m.nationality,
                                                 CaseStage.of(m.procedure).rawValue])
            for (event, day) in ProcedureEvents.of(m.procedure) {
                try insertEvent.execute(arguments: [seq, m.id, event, day.iso])
            }
        }
        let insertDeadline = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO deadlines (caseSeq, memberId, deadlineId, due, done, rule) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (memberId, d) in deadlines {
            try insertDeadline.execute(arguments: [seq, memberId, d.id, d.due.iso, d.done?.iso, d.rule])
        }
        try db.cachedStatement(sql: "INSERT INTO case_search (rowid, text) VALUES (?, ?)")
            .execute(arguments: [seq, Self.searchText(file)])
    }

    /// Everything a counsellor may type to find a case: its ID, V-numbers, and every
    /// name as given and in Latin spelling.
    static func searchText(_ file: CaseFile) -> String {
        var parts: [String?] = [file.id, file.sponsor.name, file.sponsor.latinName, file.sponsor.vNumber]
        for m in file.members { parts += [m.name, m.latinName, m.vNumber] }
        return parts.compactMap { $0 }.joined(separator: " ")
    }
}
