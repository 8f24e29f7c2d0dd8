import Foundation
import NareisCore
import NareisOutputs
import NareisStore

/// What of the worklist an output shows (each part costs store reads per case).
struct WorklistParts: OptionSet {
    let rawValue: Int
    static let tasks = WorklistParts(rawValue: 1)
    static let documents = WorklistParts(rawValue: 2)
}

/// A stored case made ready for the outputs: assessed on `asOf`, with (as asked) its
/// follow-up tasks (the planner's, with the counsellor's done marks, and the
/// counsellor's own) and the recorded status of its documents. Planner tasks that
/// mirror a deadline (same day, done by the same event) are left out: the outputs
/// show that deadline. Store errors are thrown as they are (callers report them
/// through `storeCall`, once, even when records are made on several threads).
func caseRecord(_ file: CaseFile, asOf: Day, language: Language, store: CaseStore,
                parts: WorklistParts = [.tasks, .documents]) throws -> CaseRecord {
    try caseRecord(file, assessment: Assessor.assess(file, asOf: asOf), language: language, store: store, parts: parts)
}

/// The same with the case already assessed (an export assesses a page of cases on
/// every core first).
func caseRecord(_ file: CaseFile, assessment: Assessment, language: Language, store: CaseStore,
                parts: WorklistParts) throws -> CaseRecord {
    var record = CaseRecord(file: file, assessment: assessment)
    let caseId = file.id ?? ""
    if parts.contains(.tasks) {
        record.tasks = try tasks(of: file, assessment: assessment, language: language, store: store)
    }
    if parts.contains(.documents) {
        var documents = ChecklistProgress()
        for status in try store.checklistStatuses(caseId: caseId) {
            if let state = Optional(status.status) {
                documents.set(state, member: status.memberId, item: status.itemId)
            }
        }
        record.documents = documents
    }
    return record
}

private func tasks(of file: CaseFile, assessment: Assessment, language: Language, store: CaseStore) throws -> [OutputTask] {
    let caseId = file.id ?? ""
    let marks = try store.taskMarks(caseId: caseId)
    let planned = FollowUpPlanner.tasks(for: file, assessment: assessment) { nationality, day in
        !RuleBook.standard.tbDeclaration.on(day).figures.exemptNationalities.contains(nationality)
    }.filter { TaskTemplate.named($0.template).deadline == nil }.map { task in
        OutputTask(id: task.id, memberId: task.memberId, title: TaskText(task.template).text(language),
                   due: task.due, isDone: task.isDoneByEvent || marks[task.id] != nil)
    }
    let own = try store.tasks(caseId: caseId).map { task in
        OutputTask(id: "own-\(task.id)", memberId: task.memberId, title: task.title, due: task.due,
                   isDone: task.doneOn != nil)
    }
    return planned + own
}

/// Writes text to standard output exactly as given (no added newline: CSV and
/// iCalendar end their lines with CRLF themselves).
func writeOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
