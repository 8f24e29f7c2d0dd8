import GRDB
import NareisCasework
import NareisCore

// The casework layer's record types, read from the store's rows by column name.
// They are declared in NareisCasework, which does not import GRDB, so their
// conformances live here. Each `init(row:)` names the columns it reads; the queries
// select (or alias with `AS`) columns of those names.

/// The columns of `CaseStore.rowColumns`.
extension CaseRow: FetchableRecord {
    public init(row: Row) {
        self.init(id: row["id"], sponsorName: row["sponsorName"], sponsorLatinName: row["sponsorLatinName"],
                  sponsorNationality: row["sponsorNationality"], counsellor: row["counsellor"],
                  memberCount: row["memberCount"], stage: CaseStage(rawValue: row["stage"]) ?? .intake,
                  nextDue: (row["nextDue"] as String?).flatMap(Day.init(iso:)), changedAt: row["changedAt"],
                  documentsComplete: row["documentsComplete"], documentsRequired: row["documentsRequired"])
    }
}

/// A row of `checklist_status`: `memberId, itemId, status, translationNeeded, changedAt`.
extension ChecklistStatus: FetchableRecord {
    public init(row: Row) {
        self.init(memberId: row["memberId"], itemId: row["itemId"],
                  status: DocumentStatus(rawValue: row["status"]) ?? .missing,
                  translationNeeded: row["translationNeeded"], changedAt: row["changedAt"])
    }
}

/// A row of `notes`: `id, memberId, text, createdAt, author`.
extension CaseNote: FetchableRecord {
    public init(row: Row) {
        self.init(id: row["id"], memberId: row["memberId"], text: row["text"], createdAt: row["createdAt"],
                  author: row["author"])
    }
}

/// A row of `audit`: `at, who, action, caseId, memberId, count`.
extension AuditEntry: FetchableRecord {
    public init(row: Row) {
        self.init(at: row["at"], who: row["who"], action: row["action"], caseId: row["caseId"],
                  memberId: row["memberId"], count: row["count"])
    }
}

/// A row of `drafts` with the ID of the case it edits: `number, caseId, document, changedAt`.
extension StoredDraft: FetchableRecord {
    public init(row: Row) {
        self.init(number: row["number"], caseId: row["caseId"], document: row["document"], changedAt: row["changedAt"])
    }
}

/// A row of the task list (`CaseStore.taskSelect`): `caseId, memberId, taskId,
/// template, number, title, due, doneOn`. A row with a task ID and a known template
/// is a follow-up; any other is one of the counsellor's own.
extension StoredTask: FetchableRecord {
    public init(row: Row) {
        let kind: StoredTask.Kind
        var memberId: String? = row["memberId"]
        // A follow-up's template and member are its ID's parts.
        if let taskId: String = row["taskId"], let parts = FollowUpTask.parts(ofId: taskId) {
            kind = .followUp(id: taskId, template: parts.template)
            memberId = parts.memberId
        } else {
            kind = .own(number: row["number"] ?? 0, title: row["title"] ?? "")
        }
        self.init(caseId: row["caseId"], memberId: memberId, kind: kind,
                  due: (row["due"] as String?).flatMap(Day.init(iso:)),
                  doneOn: (row["doneOn"] as String?).flatMap(Day.init(iso:)))
    }
}

/// A task-list row (as `StoredTask`) with `who`: whom the task concerns.
extension NamedTask: FetchableRecord {
    public init(row: Row) {
        self.init(task: StoredTask(row: row), who: row["who"] ?? "")
    }
}
