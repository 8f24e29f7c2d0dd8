import Foundation
import NareisCore
import NareisOutputs
import NareisStore

/// A stored case made ready for the outputs: assessed on `asOf`, with its follow-up
/// tasks (the planner's, with the counsellor's done marks, and the counsellor's own)
/// and the recorded status of its documents. Planner tasks that mirror a deadline
/// (same day, done by the same event) are left out: the outputs show that deadline.
func caseRecord(_ file: CaseFile, asOf: Day, language: Language, store: CaseStore) throws -> CaseRecord {
    let assessment = Assessor.assess(file, asOf: asOf)
    let caseId = file.id ?? ""
    let marks = try storeCall { try store.taskMarks(caseId: caseId) }
    let planned = FollowUpPlanner.tasks(for: file, assessment: assessment) { nationality, day in
        !RuleBook.standard.tbDeclaration.on(day).figures.exemptNationalities.contains(nationality)
    }.filter { TaskTemplate.named($0.template).deadline == nil }.map { task in
        OutputTask(id: task.id, memberId: task.memberId, title: TaskText(task.template).text(language),
                   due: task.due, isDone: task.isDoneByEvent || marks[task.id] != nil)
    }
    let own = try storeCall { try store.tasks(caseId: caseId) }.map { task in
        OutputTask(id: "own-\(task.id)", memberId: task.memberId, title: task.title, due: task.due,
                   isDone: task.doneOn != nil)
    }
    var documents = ChecklistProgress()
    for status in try storeCall({ try store.checklistStatuses(caseId: caseId) }) {
        if let state = DocumentState(rawValue: status.status.rawValue) {
            documents.set(state, member: status.memberId, item: status.itemId)
        }
    }
    return CaseRecord(file: file, assessment: assessment, tasks: planned + own, documents: documents)
}

/// Writes text to standard output exactly as given (no added newline: CSV and
/// iCalendar end their lines with CRLF themselves).
func writeOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
