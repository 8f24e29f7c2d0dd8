import Foundation
import GRDB
import NareisCasework
import NareisCore

/// The counsellor's own work on a case, kept beside the case file: where each
/// checklist document stands, follow-up tasks and their done marks, and notes.
/// Each write is audited as an `edit` of the case (IDs only).
extension CaseStore {
    /// The stored row number of a case, or `unknownCase`.
    func caseSeq(_ db: Database, _ caseId: String) throws -> Int64 {
        guard let seq = try Int64.fetchOne(db.cachedStatement(sql: "SELECT seq FROM cases WHERE id = ?"), arguments: [caseId]) else {
            throw StoreError.unknownCase(id: caseId)
        }
        return seq
    }

    func requireMember(_ db: Database, _ seq: Int64, caseId: String, _ memberId: String?) throws {
        guard let memberId else { return }
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM members WHERE caseSeq = ? AND memberId = ?", arguments: [seq, memberId]) == true else {
            throw StoreError.unknownMember(caseId: caseId, memberId: memberId)
        }
    }

    func requireText(_ text: String, field: String, limit: Int) throws -> String {
        let normalized = text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !normalized.isEmpty else { throw StoreError.invalid(field: field, message: "is empty (expected some text)") }
        guard normalized.count <= limit else {
            throw StoreError.invalid(field: field, message: "\(normalized.count) characters is more than \(limit) (expected at most \(limit))")
        }
        return normalized
    }

    // MARK: - Checklist

    /// Records where one checklist document of a member stands.
    public func setChecklistStatus(caseId: String, memberId: String, itemId: String, status: DocumentStatus,
                                   translationNeeded: Bool) throws {
        let now = timestamp()
        let item = try requireText(itemId, field: "itemId", limit: 64)
        try write { db in
            let seq = try caseSeq(db, caseId)
            try requireMember(db, seq, caseId: caseId, memberId)
            try db.execute(sql: """
                INSERT INTO checklist_status (caseSeq, memberId, itemId, status, translationNeeded, changedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (caseSeq, memberId, itemId) DO UPDATE SET
                    status = excluded.status, translationNeeded = excluded.translationNeeded, changedAt = excluded.changedAt
                """, arguments: [seq, memberId, item, status.rawValue, translationNeeded, now])
            try audit(db, .edit, caseId: caseId, memberId: memberId, at: now)
        }
    }

    /// Every recorded checklist status of a case (documents never touched are absent: missing).
    /// A cached statement: the workstation reads these for the case under its cursor on
    /// every move, and preparing the statement cost more than running it.
    public func checklistStatuses(caseId: String) throws -> [ChecklistStatus] {
        try read { db in
            let seq = try caseSeq(db, caseId)
            return try ChecklistStatus.fetchAll(db.cachedStatement(sql: """
                SELECT memberId, itemId, status, translationNeeded, changedAt FROM checklist_status
                WHERE caseSeq = ? ORDER BY memberId, itemId
                """), arguments: [seq])
        }
    }

    // MARK: - Tasks

    /// Marks a follow-up task derived by `FollowUpPlanner` done on `day`, or not done (nil).
    public func markTask(caseId: String, taskId: String, doneOn day: Day?) throws {
        let now = timestamp()
        let task = try requireText(taskId, field: "taskId", limit: 128)
        try write { db in
            let seq = try caseSeq(db, caseId)
            if let day {
                try db.execute(sql: """
                    INSERT INTO task_marks (caseSeq, taskId, doneOn, changedAt) VALUES (?, ?, ?, ?)
                    ON CONFLICT (caseSeq, taskId) DO UPDATE SET doneOn = excluded.doneOn, changedAt = excluded.changedAt
                    """, arguments: [seq, task, day.iso, now])
            } else {
                try db.execute(sql: "DELETE FROM task_marks WHERE caseSeq = ? AND taskId = ?", arguments: [seq, task])
            }
            try db.execute(sql: "UPDATE follow_ups SET doneOn = ? WHERE caseSeq = ? AND taskId = ?",
                           arguments: [day?.iso, seq, task])
            try audit(db, .edit, caseId: caseId, at: now)
        }
    }

    /// Adds a task of the counsellor's own; returns its number.
    @discardableResult
    public func addTask(caseId: String, memberId: String? = nil, title: String, due: Day? = nil) throws -> Int64 {
        let now = timestamp()
        let text = try requireText(title, field: "title", limit: 500)
        return try write { db in
            let seq = try caseSeq(db, caseId)
            try requireMember(db, seq, caseId: caseId, memberId)
            try db.execute(sql: "INSERT INTO tasks (caseSeq, memberId, title, due, createdAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [seq, memberId, text, due?.iso, now])
            let id = db.lastInsertedRowID
            try audit(db, .edit, caseId: caseId, memberId: memberId, at: now)
            return id
        }
    }

    /// Marks one of the counsellor's tasks done on `day`, or open again (nil).
    public func setTaskDone(caseId: String, taskNumber: Int64, on day: Day?) throws {
        let now = timestamp()
        try write { db in
            let seq = try caseSeq(db, caseId)
            try db.execute(sql: "UPDATE tasks SET doneOn = ? WHERE id = ? AND caseSeq = ?", arguments: [day?.iso, taskNumber, seq])
            guard db.changesCount == 1 else {
                throw StoreError.invalid(field: "task", message: "case \(JSONQuoted(caseId)) has no task \(taskNumber)")
            }
            try audit(db, .edit, caseId: caseId, at: now)
        }
    }

    // MARK: - Notes

    @discardableResult
    public func addNote(caseId: String, memberId: String? = nil, text: String) throws -> Int64 {
        let now = timestamp()
        let body = try requireText(text, field: "note", limit: 10_000)
        return try write { db in
            let seq = try caseSeq(db, caseId)
            try requireMember(db, seq, caseId: caseId, memberId)
            try db.execute(sql: "INSERT INTO notes (caseSeq, memberId, text, createdAt, author) VALUES (?, ?, ?, ?, ?)",
                           arguments: [seq, memberId, body, now, user])
            let id = db.lastInsertedRowID
            try audit(db, .edit, caseId: caseId, memberId: memberId, at: now)
            return id
        }
    }

    /// A case's notes, oldest first.
    public func notes(caseId: String) throws -> [CaseNote] {
        try read { db in
            let seq = try caseSeq(db, caseId)
            return try CaseNote.fetchAll(db, sql: "SELECT id, memberId, text, createdAt, author FROM notes WHERE caseSeq = ? ORDER BY id",
                                         arguments: [seq])
        }
    }
}
