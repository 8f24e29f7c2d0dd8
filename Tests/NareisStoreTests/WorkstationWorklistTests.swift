import Foundation
import NareisCasework
import NareisCore
import Testing
@testable import NareisStore

/// What the workstation's work overlays read and write beyond the case file:
/// the open tasks of the whole caseload, drafts, note authors.
@Suite("Worklist for the workstation")
struct WorkstationWorklistTests {
    /// Follow-ups are derived on every write and kept by due day: the list across
    /// cases is read from the store, with whom each task concerns, and agrees with
    /// each case's own list.
    @Test func openTasksAcrossTheStoreComeFromStoredFollowUpsAndOwnTasks() throws {
        let directory = TemporaryDirectory()
        let store = try openStore(directory.file("cases.sqlite"))
        var arriving = sampleCase(id: "NR-A", submitted: "2024-10-01", decided: "2024-12-01")
        for index in arriving.members.indices {
            arriving.members[index].procedure.travelBooked = day("2025-01-05")
            arriving.members[index].procedure.plannedArrival = day("2025-01-15")
        }
        try store.importCases([arriving, sampleCase(id: "NR-B"), sampleCase(id: "NR-C")])
        try store.markTask(caseId: "NR-A", taskId: "iom-consultation", doneOn: day("2025-01-09"))
        try store.addTask(caseId: "NR-B", title: "Call the sponsor", due: day("2025-02-01"))
        let done = try store.addTask(caseId: "NR-B", title: "Ask for the passport copy")
        try store.setTaskDone(caseId: "NR-B", taskNumber: done, on: day("2025-01-10"))
        try store.addTask(caseId: "NR-C", title: "Book the interpreter", due: day("2025-01-20"))

        // Due by the end of January: the arrival arrangements (housing unknown: both
        // the COA reception and the IND appointment), the interpreter.
        let soon = try store.openTasks(dueBy: day("2025-01-31"), offset: 0, limit: 50, total: nil)
        #expect(soon.map { "\($0.task.caseId) \($0.task.id) \($0.task.due?.iso ?? "-")" }
                == ["NR-A coa-reception 2025-01-05", "NR-A ind-appointment 2025-01-05", "NR-C own-3 2025-01-20"])
        #expect(soon.first?.who == "Amanuel Tesfay")
        #expect(try store.openTaskCount(dueBy: day("2025-01-31")) == 3)

        // Every open task, undated last; a ticked one is gone from the list.
        let all = try store.openTasks(dueBy: nil, offset: 0, limit: 50, total: nil)
        #expect(try store.openTaskCount(dueBy: nil) == all.count)
        #expect(try store.openTasks(dueBy: nil) == all.map(\.task), "the whole list, without names, in the same order")
        #expect(!all.contains { $0.task.id == "iom-consultation" || $0.task.id == "own-2" })
        #expect(all.last?.task.due == nil)
        // Where each own task stands in the list, asked of the store, is where the list has it.
        for (index, row) in all.enumerated() {
            guard case .own(let number, _) = row.task.kind else { continue }
            #expect(try store.openTaskPosition(caseId: row.task.caseId, taskNumber: number) == index)
        }
        #expect(try store.openTaskPosition(caseId: "NR-B", taskNumber: done) == nil, "a done task is not in the list")
        for id in ["NR-A", "NR-B", "NR-C"] {
            #expect(all.filter { $0.task.caseId == id }.map(\.task) == (try store.tasks(caseId: id).filter { !$0.isDone }))
        }
        // A page is a slice of the same order.
        #expect(try store.openTasks(dueBy: nil, offset: 1, limit: 2, total: nil).map(\.task) == Array(all[1...2]).map(\.task))
        // A page late in the list, read from the other end, is the same slice.
        let late = all.count - 3
        #expect(try store.openTasks(dueBy: nil, offset: late, limit: 10, total: all.count).map(\.task)
                == Array(all[late...]).map(\.task))
        // Ticking a task off takes it out of the open list at once; undoing brings it back.
        try store.markTask(caseId: "NR-A", taskId: "refugee-fund", doneOn: day("2025-01-10"))
        #expect(try store.openTaskCount(dueBy: nil) == all.count - 1)
        try store.markTask(caseId: "NR-A", taskId: "refugee-fund", doneOn: nil)
        #expect(try store.openTaskCount(dueBy: nil) == all.count)
        // A new version of the case keeps its marks on the follow-ups written anew.
        try store.saveCase(try #require(try store.loadCase(id: "NR-A")))
        #expect(try store.tasks(caseId: "NR-A").first { $0.id == "iom-consultation" }?.doneOn == day("2025-01-09"))
    }

    /// A large import writes the follow-ups without their index and makes it again;
    /// a refused one leaves it as it was (one transaction).
    @Test func aLargeImportMakesTheOpenTasksIndexAgain() throws {
        let directory = TemporaryDirectory()
        let store = try openStore(directory.file("cases.sqlite"))
        func indexed() throws -> Bool {
            // From the schema itself: GRDB's index list leaves out indexes on expressions.
            try store.pool.read {
                try Bool.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'open_follow_ups_by_due_day'") ?? false
            }
        }
        let many = (0..<CaseStore.bulkImportCases).map { sampleCase(id: "NR-B-\($0)", submitted: "2024-10-01", decided: "2024-12-01") }
        try store.importCases(many)
        #expect(try indexed())
        #expect(try store.openTaskCount(dueBy: nil) == 3 * many.count)
        #expect(throws: StoreError.self) { try store.importCases(many) }     // every ID is taken
        #expect(try indexed())
        #expect(try store.openTaskCount(dueBy: nil) == 3 * many.count)
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
