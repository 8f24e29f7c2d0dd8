import Foundation
import NareisCore
import Testing
@testable import NareisStore

/// What the workstation's work overlays read and write beyond the case file:
/// the whole caseload's task marks and own tasks at once, drafts, note authors.
@Suite("Worklist for the workstation")
struct WorkstationWorklistTests {
    @Test func allTaskMarksAndTasksMatchTheCaseByCaseReads() throws {
        let directory = TemporaryDirectory()
        let store = try openStore(directory.file("cases.sqlite"))
        let ids = try store.importCases([sampleCase(id: "NR-A"), sampleCase(id: "NR-B"), sampleCase(id: "NR-C")])
        try store.markTask(caseId: "NR-A", taskId: "iomConsultation", doneOn: day("2025-01-09"))
        try store.markTask(caseId: "NR-B", taskId: "fileApplication:m1", doneOn: day("2025-01-10"))
        try store.addTask(caseId: "NR-B", title: "Call the sponsor", due: day("2025-02-01"))
        let done = try store.addTask(caseId: "NR-B", title: "Ask for the passport copy")
        try store.setTaskDone(caseId: "NR-B", taskNumber: done, on: day("2025-01-10"))
        try store.addTask(caseId: "NR-C", title: "Book the interpreter", due: day("2025-01-20"))

        let marks = try store.allTaskMarks()
        let tasks = try store.allTasks()
        for id in ids {
            #expect(marks[id] ?? [:] == (try store.taskMarks(caseId: id)))
            #expect(tasks[id] ?? [] == (try store.tasks(caseId: id)))
        }
        #expect(tasks["NR-B"]?.map(\.title) == ["Call the sponsor", "Ask for the passport copy"])
        #expect(marks["NR-C"] == nil)
    }

    @Test func draftsAreSavedOverResumedAndGoWithTheirCase() throws {
        let directory = TemporaryDirectory()
        let store = try openStore(directory.file("cases.sqlite"))
        try store.importCases([sampleCase(id: "NR-A")])
        let fresh = try store.saveDraft(number: nil, caseId: nil, document: #"{"sponsor":{"name":"A"}}"#)
        #expect(try store.saveDraft(number: fresh, caseId: nil, document: #"{"sponsor":{"name":"AB"}}"#) == fresh)
        let editing = try store.saveDraft(number: nil, caseId: "NR-A", document: #"{"id":"NR-A"}"#)
        #expect(Set(try store.drafts().map(\.number)) == [fresh, editing])
        #expect(try store.drafts().first { $0.number == fresh }?.document == #"{"sponsor":{"name":"AB"}}"#)
        #expect(try store.drafts().first { $0.number == editing }?.caseId == "NR-A")
        #expect(throws: StoreError.self) { try store.saveDraft(number: nil, caseId: "NR-GONE", document: "{}") }

        try store.eraseCase(id: "NR-A")                 // its draft goes with it
        #expect(try store.drafts().map(\.number) == [fresh])
        try store.deleteDraft(number: fresh)
        #expect(try store.drafts().isEmpty)
    }

    @Test func notesKeepTheirAuthor() throws {
        let directory = TemporaryDirectory()
        let store = try CaseStore(path: directory.file("cases.sqlite"), clock: clock("2025-01-10"), assess: predictableAssess,
                                  user: "counsellor7")
        try store.importCases([sampleCase(id: "NR-A")])
        try store.addNote(caseId: "NR-A", text: "Sponsor called")
        #expect(try store.notes(caseId: "NR-A").map(\.author) == ["counsellor7"])
        #expect(try store.auditTrail(caseId: "NR-A").last.map { ($0.who, $0.action) } ?? ("", "") == ("counsellor7", "edit"))
    }
}
