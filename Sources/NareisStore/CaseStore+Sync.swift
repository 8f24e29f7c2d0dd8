import Foundation
import GRDB
import NareisCasework
import NareisCore

/// The laptop's side of a team's shared caseload: cases as sync documents, what the
/// last sync saw of each on the server, the waiting list, and the writes a sync makes
/// (all of a batch in one transaction, with how far the pull came, so a sync stopped
/// at any point starts again where it was).
extension CaseStore {
    // MARK: Reading

    public func localSyncCases(ids: [String]) throws -> [String: LocalSyncCase] {
        try read { db in try localSyncCasesIn(db, ids: ids) }
    }

    func localSyncCasesIn(_ db: Database, ids: [String]) throws -> [String: LocalSyncCase] {
            let caseRow = try db.cachedStatement(sql: "SELECT seq, document, counsellor FROM cases WHERE id = ?")
            let checklist = try db.cachedStatement(sql: """
                SELECT memberId, itemId, status, translationNeeded, changedAt FROM checklist_status WHERE caseSeq = ?
                """)
            let marks = try db.cachedStatement(sql: "SELECT taskId, doneOn FROM task_marks WHERE caseSeq = ?")
            let travel = try db.cachedStatement(sql: """
                SELECT stepsDone, estimateCents, paidCents, settledCents FROM iom_travel WHERE caseSeq = ?
                """)
            let tasks = try db.cachedStatement(sql: "SELECT memberId, title, due, doneOn, createdAt FROM tasks WHERE caseSeq = ?")
            let notes = try db.cachedStatement(sql: "SELECT memberId, text, createdAt, author FROM notes WHERE caseSeq = ?")
            let deadlines = try db.cachedStatement(sql: """
                SELECT memberId, deadlineId, due, rule FROM deadlines WHERE caseSeq = ? AND done IS NULL
                """)
            var found: [String: LocalSyncCase] = [:]
            for id in ids {
                guard let row = try Row.fetchOne(caseRow, arguments: [id]) else { continue }
                let seq: Int64 = row["seq"]
                var document = SyncDocument(caseDocument: row["document"])
                document.checklist = try ChecklistStatus.fetchAll(checklist, arguments: [seq])
                    .map { ChecklistStatus(memberId: $0.memberId, itemId: $0.itemId, status: $0.status,
                                           translationNeeded: $0.translationNeeded) }
                for mark in try Row.fetchAll(marks, arguments: [seq]) {
                    if let day = Day(iso: mark["doneOn"]) { document.taskMarks[mark["taskId"]] = day }
                }
                if let row = try Row.fetchOne(travel, arguments: [seq]) {
                    document.travel.stepsDone = Set((row["stepsDone"] as String).split(separator: ",").compactMap { Int($0) })
                    document.travel.cents[.estimate] = row["estimateCents"]
                    document.travel.cents[.paid] = row["paidCents"]
                    document.travel.cents[.settled] = row["settledCents"]
                }
                document.tasks = try Row.fetchAll(tasks, arguments: [seq]).map {
                    SyncTask(createdAt: $0["createdAt"], memberId: $0["memberId"], title: $0["title"],
                             due: ($0["due"] as String?).flatMap { Day(iso: $0) },
                             doneOn: ($0["doneOn"] as String?).flatMap { Day(iso: $0) })
                }
                document.notes = try Row.fetchAll(notes, arguments: [seq]).map {
                    SyncNote(createdAt: $0["createdAt"], author: $0["author"], memberId: $0["memberId"], text: $0["text"])
                }
                let pending = try Row.fetchAll(deadlines, arguments: [seq]).compactMap { row -> ChangedDeadline? in
                    guard let due = Day(iso: row["due"]) else { return nil }
                    return ChangedDeadline(memberId: row["memberId"], deadlineId: row["deadlineId"], due: due, rule: row["rule"])
                }
                found[id] = LocalSyncCase(document: document, counsellor: row["counsellor"], pendingDeadlines: pending)
            }
            return found
    }

    public func syncRecords(ids: [String]) throws -> [String: SyncRecord] {
        try read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT version, base, theirs, theirsVersion FROM sync_cases WHERE caseId = ?
                """)
            var records: [String: SyncRecord] = [:]
            for id in ids {
                guard let row = try Row.fetchOne(statement, arguments: [id]) else { continue }
                records[id] = SyncRecord(version: row["version"], base: row["base"], theirs: row["theirs"],
                                         theirsVersion: row["theirsVersion"])
            }
            return records
        }
    }

    public func conflictedCaseIds() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT caseId FROM sync_cases WHERE theirs IS NOT NULL ORDER BY caseId") }
    }

    public func syncSetting(_ key: SyncSetting) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM sync_meta WHERE key = ?", arguments: [key.rawValue]) }
    }

    public func setSyncSetting(_ key: SyncSetting, to value: String) throws {
        try write { db in try Self.setSetting(db, key, value) }
    }

    public func syncStatus() throws -> SyncStatus {
        try read { db in
            let watermark = try Int64.fetchOne(db, sql: "SELECT value FROM sync_meta WHERE key = ?",
                                               arguments: [SyncSetting.auditCollected.rawValue]) ?? 0
            // The waiting list, and the cases written since it was last collected.
            let waiting = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (SELECT caseId FROM sync_waiting UNION
                    SELECT caseId FROM audit WHERE id > ? AND caseId IS NOT NULL AND action IN \(Self.changingActions))
                """, arguments: [watermark]) ?? 0
            let conflicts = try Int.fetchOne(db, sql: "SELECT count(*) FROM sync_cases WHERE theirs IS NOT NULL") ?? 0
            let last = try String.fetchOne(db, sql: "SELECT value FROM sync_meta WHERE key = ?",
                                           arguments: [SyncSetting.lastSync.rawValue])
            return SyncStatus(lastSync: last, waiting: waiting, conflicts: conflicts)
        }
    }

    /// The audit actions that change a case (what a sync offers the server). A sync's
    /// own writes are not among them: what the server sent is already there.
    static let changingActions = "('create', 'edit', 'import', 'erase', 'assign', 'renumber')"

    // MARK: Writing

    public func collectWaiting() throws -> [String] {
        try write { db in
            let watermark = try Int64.fetchOne(db, sql: "SELECT value FROM sync_meta WHERE key = ?",
                                               arguments: [SyncSetting.auditCollected.rawValue]) ?? 0
            let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM audit") ?? 0
            try db.execute(sql: """
                INSERT OR IGNORE INTO sync_waiting (caseId)
                SELECT DISTINCT caseId FROM audit WHERE id > ? AND caseId IS NOT NULL AND action IN \(Self.changingActions)
                """, arguments: [watermark])
            try Self.setSetting(db, .auditCollected, String(last))
            return try String.fetchAll(db, sql: "SELECT caseId FROM sync_waiting ORDER BY caseId")
        }
    }

    public func applySync(_ writes: [SyncWrite], pulledThrough: Int64?) throws -> [String] {
        let today = today()
        let now = timestamp()
        // The case files of the batch, read and assessed on every core before the write.
        var files: [String: CaseFile] = [:]
        for write in writes {
            if case .document(let document) = write.content {
                files[write.caseId] = try write.caseFile ?? Self.decodeSynced(document.caseDocument, caseId: write.caseId)
            }
        }
        let prepared = PreparedCase.prepareAll(Array(files.values), on: today, assess: assess)
        let preparedById = Dictionary(prepared.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var erased = false
        let skipped = try write { db in
            var skipped: [String] = []
            let rows = try CaseRowWriter(db)
            for write in writes {
                if let expected = write.expectedLocal {
                    let current = try localSyncText(db, caseId: write.caseId)
                    guard current == expected else { skipped.append(write.caseId); continue }
                }
                let seqOf = try db.cachedStatement(sql: "SELECT seq FROM cases WHERE id = ?")
                let seq = try Int64.fetchOne(seqOf, arguments: [write.caseId])
                switch write.content {
                case .document(let document):
                    guard let prepared = preparedById[write.caseId] else { continue }
                    try rows.write(prepared, as: seq.map { .newVersion(of: $0) } ?? .new, db: db, today: today, now: now)
                    guard let newSeq = try Int64.fetchOne(seqOf, arguments: [write.caseId]) else { continue }
                    try Self.writeSideRows(db, seq: newSeq, document, isNew: seq == nil, now: now)
                    try audit(db, .sync, caseId: write.caseId, at: now)
                case .erase:
                    if let seq {
                        try db.execute(sql: "DELETE FROM case_search WHERE rowid = ?", arguments: [seq])
                        try db.execute(sql: "DELETE FROM cases WHERE seq = ?", arguments: [seq])
                        try audit(db, .erase, caseId: write.caseId, at: now)
                        erased = true
                    }
                case .keep:
                    break
                }
                try db.cachedStatement(sql: """
                    INSERT INTO sync_cases (caseId, version, base, theirs, theirsVersion) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (caseId) DO UPDATE SET version = excluded.version, base = excluded.base,
                        theirs = excluded.theirs, theirsVersion = excluded.theirsVersion
                    """).execute(arguments: [write.caseId, write.record.version, write.record.base, write.record.theirs,
                                             write.record.theirsVersion])
                if write.waiting {
                    try db.cachedStatement(sql: "INSERT OR IGNORE INTO sync_waiting (caseId) VALUES (?)").execute(arguments: [write.caseId])
                } else {
                    try db.cachedStatement(sql: "DELETE FROM sync_waiting WHERE caseId = ?").execute(arguments: [write.caseId])
                }
            }
            if let pulledThrough { try Self.setSetting(db, .pulledThrough, String(pulledThrough)) }
            if !files.isEmpty { try Self.noteDerived(db, on: today) }
            // As `eraseCase`: no old index segment keeps an erased family's words.
            if erased { try db.execute(sql: "INSERT INTO case_search(case_search) VALUES('optimize')") }
            return skipped
        }
        if erased { try checkpointTruncating() }
        return skipped
    }

    public func renumberCase(id: String) throws -> String {
        let today = today()
        let now = timestamp()
        return try write { db in
            guard let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM cases WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownCase(id: id)
            }
            let newId = try nextCaseId(db, year: today.year)
            var file = try Self.decode(String.fetchOne(db, sql: "SELECT document FROM cases WHERE seq = ?", arguments: [seq]) ?? "",
                                       path: path)
            file.id = newId
            try writeCase(file, replacing: seq, db: db, today: today, now: now)
            try db.execute(sql: "DELETE FROM sync_waiting WHERE caseId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM sync_cases WHERE caseId = ?", arguments: [id])
            try audit(db, .renumber, caseId: id, at: now)
            try audit(db, .renumber, caseId: newId, at: now)
            return newId
        }
    }

    // MARK: Helpers

    /// A pulled case file that does not read: the server holds something this
    /// version cannot store (written by a newer nareis, or damaged there).
    static func decodeSynced(_ document: String, caseId: String) throws -> CaseFile {
        do {
            return try CaseFileReader.read(document)
        } catch {
            throw StoreError.invalid(field: "case \(caseId)", message: "the team server's version does not read as \(CaseFile.format) "
                + "(expected a case this version of nareis can store: update nareis)")
        }
    }

    /// The case's sync document text as stored now (nil when it is not stored).
    private func localSyncText(_ db: Database, caseId: String) throws -> String? {
        // Read through the same code as `localSyncCases`, inside this transaction.
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM cases WHERE id = ?", arguments: [caseId]) == true else { return nil }
        return try localSyncCasesIn(db, ids: [caseId])[caseId]?.text
    }

    /// Replaces the counsellor's work on a case (checklist, marks, travel) with the
    /// document's, and adds the tasks and notes it has that are not here yet (tasks by
    /// their key: a done mark or due day set since is taken over).
    static func writeSideRows(_ db: Database, seq: Int64, _ document: SyncDocument, isNew: Bool, now: String) throws {
        // Cached statements: a first pull writes this for every case of the team.
        func run(_ sql: String, _ arguments: StatementArguments) throws {
            try db.cachedStatement(sql: sql).execute(arguments: arguments)
        }
        if !isNew {
            try run("DELETE FROM checklist_status WHERE caseSeq = ?", [seq])
            try run("DELETE FROM task_marks WHERE caseSeq = ?", [seq])
            try run("UPDATE follow_ups SET doneOn = NULL WHERE caseSeq = ?", [seq])
            try run("DELETE FROM iom_travel WHERE caseSeq = ?", [seq])
        }
        for entry in document.checklist {
            try run("""
                INSERT INTO checklist_status (caseSeq, memberId, itemId, status, translationNeeded, changedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [seq, entry.memberId, entry.itemId, entry.status.rawValue, entry.translationNeeded, now])
        }
        for (taskId, day) in document.taskMarks {
            try run("INSERT INTO task_marks (caseSeq, taskId, doneOn, changedAt) VALUES (?, ?, ?, ?)", [seq, taskId, day.iso, now])
        }
        if !document.taskMarks.isEmpty || !isNew { try copyTaskMarks(db, caseSeq: seq) }
        let travel = document.travel
        if !travel.stepsDone.isEmpty || !travel.cents.isEmpty {
            try run("""
                INSERT INTO iom_travel (caseSeq, stepsDone, estimateCents, paidCents, settledCents, changedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [seq, "," + travel.stepsDone.sorted().map { "\($0)," }.joined(),
                      travel.cents[.estimate], travel.cents[.paid], travel.cents[.settled], now])
        }
        var tasksHere: [String: Int64] = [:]
        var notesHere: Set<String> = []
        if !isNew {
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT id, memberId, title, createdAt FROM tasks WHERE caseSeq = ?"),
                                        arguments: [seq]) {
                let task = SyncTask(createdAt: row["createdAt"], memberId: row["memberId"], title: row["title"], due: nil, doneOn: nil)
                tasksHere[task.key] = row["id"]
            }
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT memberId, text, createdAt, author FROM notes WHERE caseSeq = ?"),
                                        arguments: [seq]) {
                notesHere.insert(SyncNote(createdAt: row["createdAt"], author: row["author"], memberId: row["memberId"],
                                          text: row["text"]).key)
            }
        }
        for task in document.tasks {
            if let number = tasksHere[task.key] {
                try run("UPDATE tasks SET due = ?, doneOn = ? WHERE id = ?", [task.due?.iso, task.doneOn?.iso, number])
            } else {
                try run("INSERT INTO tasks (caseSeq, memberId, title, due, doneOn, createdAt) VALUES (?, ?, ?, ?, ?, ?)",
                        [seq, task.memberId, task.title, task.due?.iso, task.doneOn?.iso, task.createdAt])
            }
        }
        for note in document.notes where !notesHere.contains(note.key) {
            try run("INSERT INTO notes (caseSeq, memberId, text, createdAt, author) VALUES (?, ?, ?, ?, ?)",
                    [seq, note.memberId, note.text, note.createdAt, note.author])
        }
    }

    static func setSetting(_ db: Database, _ key: SyncSetting, _ value: String) throws {
        try db.execute(sql: "INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       arguments: [key.rawValue, value])
    }
}

extension CaseStore {
    public func assignCase(id: String, to counsellor: String) throws {
        let name = try requireText(counsellor, field: "counsellor", limit: CaseFileReader.Limits.textLength)
        let today = today()
        let now = timestamp()
        try write { db in
            guard let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM cases WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownCase(id: id)
            }
            var file = try Self.decode(String.fetchOne(db, sql: "SELECT document FROM cases WHERE seq = ?", arguments: [seq]) ?? "",
                                       path: path)
            file.sponsor.counsellor = name
            try writeCase(file, replacing: seq, db: db, today: today, now: now)
            try audit(db, .assign, caseId: id, at: now)
        }
    }
}
