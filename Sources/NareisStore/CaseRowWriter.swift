import GRDB
import NareisCasework
import NareisCore

/// Writes a prepared case: its `cases` row, members (with their procedure events),
/// pending deadlines and search text. The statements are looked up once per
/// transaction: an import writes 100,000 cases with them, and finding each in GRDB's
/// statement cache hashed its SQL text every time (a twentieth of the writing
/// thread's time).
struct CaseRowWriter {
    /// What the prepared case is to the store.
    enum Target {
        /// A case not stored yet.
        case new
        /// A new version of the stored case with this `seq`: every row is rewritten.
        case newVersion(of: Int64)
        /// The stored case with this `seq`, its document unchanged, computed again
        /// (new rules): only the computed rows and columns are rewritten.
        case recomputed(Int64)
    }

    private let insertCase: BulkStatement
    private let insertMember: BulkStatement
    private let insertDeadline: BulkStatement
    private let insertFollowUp: BulkStatement
    private let insertSearch: BulkStatement
    private let insertPersonKey: BulkStatement
    private let deletePersonKeys: BulkStatement
    private let updateComputed: BulkStatement
    private let deleteMembers: BulkStatement
    private let deleteDeadlines: BulkStatement
    private let deleteFollowUps: BulkStatement

    init(_ db: Database) throws {
        insertCase = try BulkStatement(db, """
            INSERT INTO cases (id, document, sponsorName, sponsorLatinName, sponsorVNumber, sponsorNationality,
                sortName, counsellor, memberCount, stage, nextDue, changedAt, assessedOn, createdAt)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?12)
            """)
        // Procedure events are parameters 13 onwards, in `ProcedureEvents.columns` order.
        let memberColumns = ["caseSeq", "memberId", "position", "name", "latinName", "vNumber", "relationship",
                             "birthDate", "nationality", "stage", "checklistItems", "checklistCount"] + ProcedureEvents.columns
        insertMember = try BulkStatement(db, """
            INSERT INTO members (\(memberColumns.joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: memberColumns.count).joined(separator: ", ")))
            """)
        insertDeadline = try BulkStatement(db, """
            INSERT INTO deadlines (caseSeq, memberId, deadlineId, due, rule, caseId) VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertFollowUp = try BulkStatement(db, """
            INSERT INTO follow_ups (caseSeq, taskId, due) VALUES (?, ?, ?)
            """)
        insertSearch = try BulkStatement(db, "INSERT INTO case_search (rowid, text) VALUES (?, ?)")
        insertPersonKey = try BulkStatement(db, """
            INSERT INTO person_keys (nameHash, birthYear, caseSeq, memberId) VALUES (?, ?, ?, ?)
            """)
        deletePersonKeys = try BulkStatement(db, "DELETE FROM person_keys WHERE caseSeq = ?")
        updateComputed = try BulkStatement(db, "UPDATE cases SET stage = ?, nextDue = ?, assessedOn = ? WHERE seq = ?")
        deleteMembers = try BulkStatement(db, "DELETE FROM members WHERE caseSeq = ?")
        deleteDeadlines = try BulkStatement(db, "DELETE FROM deadlines WHERE caseSeq = ?")
        deleteFollowUps = try BulkStatement(db, "DELETE FROM follow_ups WHERE caseSeq = ?")
    }

    /// Writes `p` as `target` says. A new version keeps the counsellor's checklist
    /// work, except for members no longer in the case.
    func write(_ p: PreparedCase, as target: Target, db: Database, today: Day, now: String) throws {
        try p.text.withBase { base in
            let seq: Int64
            switch target {
            case .new:
                bindCase(insertCase, p, base, now: now, today: today)
                try insertCase.run()
                seq = db.lastInsertedRowID
            case .newVersion(of: let existing):
                let update = try BulkStatement(db, """
                    UPDATE cases SET id = ?1, document = ?2, sponsorName = ?3, sponsorLatinName = ?4, sponsorVNumber = ?5,
                        sponsorNationality = ?6, sortName = ?7, counsellor = ?8, memberCount = ?9, stage = ?10, nextDue = ?11,
                        changedAt = ?12, assessedOn = ?13
                    WHERE seq = ?14
                    """)
                bindCase(update, p, base, now: now, today: today)
                update.bind(14, existing)
                try update.run()
                try deleteComputedRows(of: existing)
                try db.execute(sql: "DELETE FROM case_search WHERE rowid = ?", arguments: [existing])
                deletePersonKeys.bind(1, existing)
                try deletePersonKeys.run()
                let memberIds = Set(p.members.map(\.memberId))
                let statuses = try String.fetchAll(db, sql: "SELECT DISTINCT memberId FROM checklist_status WHERE caseSeq = ?",
                                                   arguments: [existing])
                for gone in statuses where !memberIds.contains(gone) {
                    try db.execute(sql: "DELETE FROM checklist_status WHERE caseSeq = ? AND memberId = ?",
                                   arguments: [existing, gone])
                }
                seq = existing
            case .recomputed(let existing):
                // The document, names and search text are as they were.
                updateComputed.bind(1, p.stage, in: base)
                updateComputed.bind(2, p.nextDue, in: base)
                updateComputed.bind(3, today.iso)
                updateComputed.bind(4, existing)
                try updateComputed.run()
                try deleteComputedRows(of: existing)
                seq = existing
            }

            for (position, m) in p.members.enumerated() {
                insertMember.bind(1, seq)
                insertMember.bind(2, m.id, in: base)
                insertMember.bind(3, Int64(position))
                insertMember.bind(4, m.name, in: base)
                insertMember.bind(5, m.latinName, in: base)
                insertMember.bind(6, m.vNumber, in: base)
                insertMember.bind(7, m.relationship, in: base)
                insertMember.bind(8, m.birthDate, in: base)
                insertMember.bind(9, m.nationality, in: base)
                insertMember.bind(10, m.stage, in: base)
                insertMember.bind(11, m.checklistItems, in: base)
                insertMember.bind(12, m.checklistCount)
                for (offset, day) in m.events.enumerated() {
                    insertMember.bind(Int32(13 + offset), day, in: base)
                }
                try insertMember.run()
            }
            for d in p.deadlines {
                insertDeadline.bind(1, seq)
                insertDeadline.bind(2, d.memberId, in: base)
                insertDeadline.bind(3, d.deadlineId, in: base)
                insertDeadline.bind(4, d.due, in: base)
                insertDeadline.bind(5, d.rule, in: base)
                insertDeadline.bind(6, p.idText, in: base)
                try insertDeadline.run()
            }
            for f in p.followUps {
                insertFollowUp.bind(1, seq)
                insertFollowUp.bind(2, f.taskId, in: base)
                insertFollowUp.bind(3, f.due, in: base)
                try insertFollowUp.run()
            }
            if case .new = target {} else { try CaseStore.copyTaskMarks(db, caseSeq: seq) }
            if case .recomputed = target { return }
            insertSearch.bind(1, seq)
            insertSearch.bind(2, p.searchText, in: base)
            try insertSearch.run()
            for key in p.personKeys {
                insertPersonKey.bind(1, key.nameHash)
                insertPersonKey.bind(2, key.birthYear)
                insertPersonKey.bind(3, seq)
                insertPersonKey.bind(4, key.memberId)
                try insertPersonKey.run()
            }
        }
    }

    private func deleteComputedRows(of seq: Int64) throws {
        for statement in [deleteMembers, deleteDeadlines, deleteFollowUps] {
            statement.bind(1, seq)
            try statement.run()
        }
    }

    private func bindCase(_ statement: BulkStatement, _ p: PreparedCase, _ base: UnsafePointer<CChar>, now: String, today: Day) {
        statement.bind(1, p.idText, in: base)
        statement.bind(2, p.document, in: base)
        statement.bind(3, p.sponsorName, in: base)
        statement.bind(4, p.sponsorLatinName, in: base)
        statement.bind(5, p.sponsorVNumber, in: base)
        statement.bind(6, p.sponsorNationality, in: base)
        statement.bind(7, p.sortName, in: base)
        statement.bind(8, p.counsellor, in: base)
        statement.bind(9, Int64(p.members.count))
        statement.bind(10, p.stage, in: base)
        statement.bind(11, p.nextDue, in: base)
        statement.bind(12, now)
        statement.bind(13, today.iso)
    }
}
