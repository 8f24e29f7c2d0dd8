import Foundation
import NareisCasework
import NareisCore
import NareisStore
import Testing
@testable import NareisTUI

/// The counsellor's work driven by keys, checked by meaning: what the store holds
/// and what the panes show after the keys, not how the screen looks.
@Suite("Work on cases, by keys")
struct WorkFlowTests {
    /// 2024-06-01 10:00 UTC: the store's writes happen on the workstation's day.
    static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_717_236_000) }

    /// A store with the sample families under the real rules, and a workstation on it.
    static func workstation(cases: [CaseFile] = Fixtures.cases, language: Language = .en) throws
        -> (Workstation, CaseStore, String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nareis-work-\(UUID().uuidString)")
        let store = try CaseStore(path: directory.appendingPathComponent("cases.sqlite").path, clock: clock, user: "counsellor1")
        if !cases.isEmpty { _ = try store.importCases(cases) }
        let workstation = Workstation(casework: Casework(storage: store),
                                      size: Size(width: 120, height: 40), language: language, asOf: Fixtures.asOf)
        return (workstation, store, directory.path)
    }

    /// Opens the Tesfay case on its child (m2) in the detail pane.
    static func openTesfayChild(_ workstation: Workstation) {
        while workstation.state.cases.selectedRow?.id != "NR-2024-0001" { workstation.press(.moveDown) }
        workstation.press(.open)
        workstation.press(.moveDown, times: 2)
        workstation.press(.open)
    }

    static func applicationTerm(_ workstation: Workstation, member: String) -> Deadline? {
        workstation.state.openCase?.memberAssessment(member)?.deadlines.first { $0.id == "application-term" }
    }

    @Test func recordingAnEventWritesTheCaseAndEveryPaneRecomputes() throws {
        let (workstation, store, directory) = try Self.workstation()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        Self.openTesfayChild(workstation)
        #expect(workstation.state.selectedMember?.id == "m2")
        #expect(Self.applicationTerm(workstation, member: "m2")?.isPending == true)
        let pendingBefore = workstation.state.deadlines.total

        workstation.press(.recordEvent)
        guard case .events(let picker)? = workstation.state.modal else { Issue.record("no event picker"); return }
        #expect(picker.event == .submitted)
        workstation.press(.open)
        workstation.type("2024-13-01")
        workstation.press(.editSave)
        guard case .eventDate(let refused)? = workstation.state.modal else { Issue.record("the editor closed"); return }
        #expect(refused.message?.contains("is not a date (expected e.g. 14-3-2026, 2026-03-14, or t for today).") == true)

        // The usual editing keys: clear, type, move, delete, insert.
        workstation.press(.editClear)
        workstation.type("2024-0601x")
        workstation.press(.editBackspace)          // 2024-0601
        workstation.press(.editHome)
        workstation.press(.editDelete)             // 024-0601
        workstation.type("2")                      // 2024-0601
        workstation.press(.editEnd)
        workstation.press(.editLeft, times: 2)
        workstation.type("-")                      // 2024-06-01
        guard case .eventDate(let typed)? = workstation.state.modal else { Issue.record("the editor closed"); return }
        #expect(typed.editor.text == "2024-06-01")
        workstation.press(.editSave)

        #expect(workstation.state.modal == nil)
        #expect(try store.loadCase(id: "NR-2024-0001")?.members[1].procedure.submitted == Fixtures.day("2024-06-01"))
        #expect(workstation.state.openCase?.file.members[1].procedure.submitted == Fixtures.day("2024-06-01"))
        #expect(Self.applicationTerm(workstation, member: "m2")?.isPending == false)
        #expect(workstation.state.selectedMember?.id == "m2")
        #expect(workstation.state.deadlines.total != pendingBefore || workstation.state.deadlines.rows.allSatisfy {
            !($0.caseId == "NR-2024-0001" && $0.memberId == "m2" && $0.deadline == "application-term")
        })
        #expect(try store.auditTrail(caseId: "NR-2024-0001").last?.action == "edit")
    }

    @Test(arguments: Language.allCases)
    func anEventBeforeTheOneItFollowsIsRefusedInPlace(_ language: Language) throws {
        let (workstation, store, directory) = try Self.workstation(language: language)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        Self.openTesfayChild(workstation)
        workstation.press(.moveUp)                 // detail -> tree keeps working; select the partner
        workstation.press(.back)
        workstation.press(.moveUp)
        #expect(workstation.state.selectedMember?.id == "m1")     // submitted 2024-05-25
        workstation.press(.recordEvent)
        workstation.press(.moveDown, times: ProcedureEvent.allCases.firstIndex(of: .decisionPositive)!)
        guard case .events(let picker)? = workstation.state.modal else { Issue.record("no picker"); return }
        #expect(picker.event == .decisionPositive)
        workstation.press(.open)
        workstation.type("2024-05-01")
        workstation.press(.editSave)
        guard case .eventDate(let editor)? = workstation.state.modal else { Issue.record("the editor closed"); return }
        let expected = ["en": "Before 'application submitted' (25 May 2024): expected on or after that day.",
                        "nl": "Ligt vóór '\(WorkLabels.text(.submitted).text(.nl))' (25 mei 2024): verwacht op of na die dag."]
        #expect(editor.message == expected["\(language)"])
        #expect(try store.loadCase(id: "NR-2024-0001")?.members[0].procedure.decision == nil)
        workstation.press(.editCancel)             // back to the picker
        workstation.press(.back)                   // closed
        #expect(workstation.state.modal == nil)
    }

    @Test func sponsorSelectedAsksForAMember() throws {
        let (workstation, _, directory) = try Self.workstation()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        workstation.press(.open)                   // the tree, on the sponsor
        workstation.press(.recordEvent)
        #expect(workstation.state.modal == nil)
        #expect(workstation.state.problem == WorkText.chooseMember.text(.en))
    }

    @Test func checklistStatusStepsAndShowsAsProgress() throws {
        let (workstation, store, directory) = try Self.workstation()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        Self.openTesfayChild(workstation)
        workstation.press(.documents)
        guard case .documents(let board)? = workstation.state.modal, let item = board.items.first else {
            Issue.record("no documents")
            return
        }
        workstation.press(.statusForward, times: 3)
        workstation.press(.statusBack)             // missing -> requested -> copy -> original -> copy
        workstation.press(.toggleTranslation)
        var status = try store.checklistStatuses(caseId: "NR-2024-0001").first { $0.memberId == "m2" && $0.itemId == item.id }
        #expect(status?.status == .copyReceived)
        #expect(status?.translationNeeded == true)
        #expect(workstation.state.openCase?.completeDocuments["m2"]?.contains(item.id) == true)
        workstation.press(.moveDown)
        workstation.press(.statusNotApplicable)
        status = try store.checklistStatuses(caseId: "NR-2024-0001").first { $0.memberId == "m2" && $0.itemId == board.items[1].id }
        #expect(status?.status == .notApplicable)
        #expect(workstation.state.openCase?.completeDocuments["m2"]?.count == 2)
        workstation.press(.back)
        #expect(workstation.state.modal == nil)
        let tree = workstation.render().lines.joined(separator: "\n")
        #expect(tree.contains(UIText.documents.text(.en, 2, board.items.count)))
        // The case list counts them too, over the whole family, from the store.
        let row = workstation.state.cases.rows.first { $0.id == "NR-2024-0001" }
        let required = workstation.state.openCase?.assessment.members.reduce(0) { $0 + $1.checklist.count }
        #expect(row?.documentsComplete == 2)
        #expect(row?.documentsRequired == required)
        #expect(try store.caseRows().first { $0.id == "NR-2024-0001" }?.documentsComplete == 2)
    }

    /// Dates as people write them: the field says what it read before it is
    /// recorded, and `t` is today.
    @Test func anEventDayIsTypedAsPeopleWriteItAndShownInWords() throws {
        let (workstation, store, directory) = try Self.workstation()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        Self.openTesfayChild(workstation)
        workstation.press(.recordEvent)
        workstation.press(.open)                                   // submitted
        workstation.type("1-6-2024")
        #expect(workstation.render().lines.joined(separator: "\n").contains("1 June 2024"))
        workstation.press(.editSave)
        #expect(try store.loadCase(id: "NR-2024-0001")?.members[1].procedure.submitted == Fixtures.day("2024-06-01"))
        workstation.press(.recordEvent)
        workstation.press(.moveDown, times: ProcedureEvent.allCases.firstIndex(of: .completed)!)
        workstation.press(.open)
        workstation.type("t")
        workstation.press(.editSave)
        #expect(try store.loadCase(id: "NR-2024-0001")?.members[1].procedure.completed == workstation.state.asOf)
    }

    /// PROC-IOM: the eight steps are ticked off and the amounts typed in euros, each
    /// written at once; a wrong amount is refused in place.
    @Test func theIomStepsAreTickedAndTheAmountsRecorded() throws {
        let (workstation, store, directory) = try Self.workstation()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        Self.openTesfayChild(workstation)
        workstation.press(.iom)
        guard case .iom? = workstation.state.modal else { Issue.record("no IOM overlay"); return }
        workstation.press(.toggleIomStep)                          // step 1 done
        workstation.press(.moveDown, times: TaskTemplate.iomSteps.count)
        workstation.press(.open)                                   // the estimate
        workstation.type("about 300")
        workstation.press(.editSave)
        guard case .iom(let refused)? = workstation.state.modal else { Issue.record("the overlay closed"); return }
        #expect(refused.message?.contains("is not an amount in euros") == true)
        workstation.press(.editClear)
        workstation.type("1.250,50")
        workstation.press(.editSave)
        let travel = try store.iomTravel(caseId: "NR-2024-0001")
        #expect(travel.stepsDone == [0] && travel.cents[.estimate] == 125_050)
        let screen = workstation.render().lines.joined(separator: "\n")
        #expect(screen.contains("1 of 8 steps done") && screen.contains("[x] 1.") && screen.contains("€1,250.50"))
        workstation.press(.back)
        #expect(workstation.state.modal == nil)
    }

    /// PROC-INVESTIGATE-EVENTS: the investigation is filled in under the events list,
    /// days typed and kind and channel picked; it plans the family's preparation.
    @Test func aFurtherInvestigationIsRecordedWithPickedKindAndChannel() throws {
        let (workstation, store, directory) = try Self.workstation()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        Self.openTesfayChild(workstation)
        workstation.press(.moveUp)
        workstation.press(.back)
        workstation.press(.moveUp)
        #expect(workstation.state.selectedMember?.id == "m1")     // submitted 2024-05-25
        workstation.press(.recordEvent)
        workstation.press(.moveDown, times: ProcedureEvent.allCases.firstIndex(of: .investigation)!)
        workstation.press(.open)
        guard case .investigation? = workstation.state.modal else { Issue.record("no investigation form"); return }
        workstation.type("2024-05-01")                              // before filing: refused in place
        workstation.press(.editSave)
        guard case .investigation(let refused)? = workstation.state.modal else { Issue.record("the form closed"); return }
        #expect(refused.message?.hasPrefix("The letter is before the application was submitted (25 May 2024)") == true)
        workstation.press(.editClear)
        workstation.type("2024-07-01")
        workstation.press(.nextField)
        workstation.press(.editRight)                              // DNA test -> interview
        workstation.press(.nextField)
        workstation.press(.editRight)                              // embassy -> video with UNHCR
        workstation.press(.nextField)
        workstation.type("2024-08-01")
        let form = workstation.render().lines.joined(separator: "\n")
        #expect(form.contains("< by video, with UNHCR >") && form.contains("< interview >"))
        workstation.press(.editSave)
        #expect(workstation.state.modal == nil)
        let stored = try #require(try store.loadCase(id: "NR-2024-0001")).members[0].procedure.investigation
        #expect(stored == Investigation(letter: Fixtures.day("2024-07-01"), kind: .interview, channel: .unhcrVideo,
                                        date: Fixtures.day("2024-08-01")))
        let tasks = try store.tasks(caseId: "NR-2024-0001").map(\.id)
        #expect(tasks.contains("prepare-investigation:m1") && tasks.contains("unhcr-video-interview:m1"))
    }

    /// DOC-ORIGINALS-STATUS: a copy of the relationship evidence is progress, not
    /// complete, in the overlay, the tree and the case list; DOC-DOUBTED: a doubted
    /// document says what the family can answer.
    @Test func aCopyOfTheRelationshipOriginalIsProgressAndADoubtedDocumentSaysWhatToDo() throws {
        let (workstation, store, directory) = try Self.workstation()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        Self.openTesfayChild(workstation)
        workstation.press(.documents)
        guard case .documents(let board)? = workstation.state.modal,
              let index = board.items.firstIndex(where: { $0.id == "relationship-original" }) else {
            Issue.record("no relationship-original")
            return
        }
        workstation.press(.moveDown, times: index)
        workstation.press(.statusForward, times: 2)            // requested, copy received
        let complete = { workstation.state.openCase?.completeDocuments["m2"]?.contains("relationship-original") == true }
        #expect(try store.checklistStatuses(caseId: "NR-2024-0001").first { $0.itemId == "relationship-original" }?.status
                == .copyReceived)
        #expect(!complete())
        #expect(try store.caseRows().first { $0.id == "NR-2024-0001" }?.documentsComplete == 0)
        workstation.press(.statusForward)                      // the original is in the Netherlands
        #expect(complete())
        #expect(try store.caseRows().first { $0.id == "NR-2024-0001" }?.documentsComplete == 1)

        workstation.press(.statusDoubted)
        #expect(!complete())
        let screen = workstation.render().lines.joined(separator: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        #expect(screen.contains("counter-expertise"), "the overlay says what the family can answer")
        workstation.press(.statusDoubted)                      // undone: back with the IND
        #expect(try store.checklistStatuses(caseId: "NR-2024-0001").first { $0.itemId == "relationship-original" }?.status
                == .sentToIND)
    }

    /// The Tesfay case with the child approved and the journey booked: the arrival
    /// arrangements (COA reception, IND appointment) fall due before the planned arrival.
    static var approvedTesfay: CaseFile {
        var file = Fixtures.tesfay
        file.members[1].procedure.submitted = Fixtures.day("2024-03-20")
        file.members[1].procedure.decision = Decision(date: Fixtures.day("2024-05-20"), outcome: .positive)
        file.members[1].procedure.travelBooked = Fixtures.day("2024-05-28")
        file.members[1].procedure.plannedArrival = Fixtures.day("2024-06-12")
        return file
    }

    @Test func tasksAcrossCasesDoneUndoAndOwn() throws {
        let (workstation, store, directory) = try Self.workstation(cases: [Self.approvedTesfay, Fixtures.haddad])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        workstation.press(.tasks)
        guard case .tasks(let board)? = workstation.state.modal else { Issue.record("no tasks"); return }
        #expect(!board.rows.isEmpty)
        #expect(board.total == (try store.tasks(caseId: "NR-2024-0001").count))
        let far = Day(ordinal: Int.max / 4)
        #expect(board.rows.map { $0.due ?? far } == board.rows.map { $0.due ?? far }.sorted())
        let first = try #require(board.selectedRow)
        #expect(first.due == Fixtures.day("2024-05-28"), "the arrival arrangements, due on the booking day")
        workstation.press(.toggleTaskDone)
        #expect(try store.tasks(caseId: "NR-2024-0001").first { $0.id == first.task.id }?.doneOn == Fixtures.asOf)
        workstation.press(.toggleTaskDone)
        #expect(try store.tasks(caseId: "NR-2024-0001").first { $0.id == first.task.id }?.doneOn == nil)

        workstation.press(.open)            // the task's case opens in the tree
        workstation.press(.tasks)
        workstation.press(.addTask)
        workstation.type("Call the sponsor about passports")
        workstation.press(.nextField)
        workstation.type("2024-06-1")
        workstation.press(.editSave)
        guard case .taskEditor(let editor)? = workstation.state.modal else { Issue.record("editor closed"); return }
        #expect(editor.message?.contains("is not a date") == true)
        workstation.type("0")
        workstation.press(.editSave)
        let caseId = try #require(workstation.state.openCase?.file.id)
        let own = try store.tasks(caseId: caseId).filter { if case .own = $0.kind { true } else { false } }
        #expect(own.map { $0.title(.en) } == ["Call the sponsor about passports"])
        #expect(own.first?.due == Fixtures.day("2024-06-10"))
        guard case .tasks(let after)? = workstation.state.modal else { Issue.record("board closed"); return }
        #expect(after.selectedRow?.title == "Call the sponsor about passports")
        workstation.press(.toggleTaskDone)
        #expect(try store.tasks(caseId: caseId).first { $0.id == own.first?.id }?.doneOn == Fixtures.asOf)
    }

    /// One list of tasks per case: the summary and the workstation's task view show
    /// the same open tasks, with the same titles and due days.
    @Test func theSummaryAndTheTaskViewShowTheSameTasks() throws {
        let (workstation, store, directory) = try Self.workstation(cases: [Self.approvedTesfay, Fixtures.haddad],
                                                                   language: .nl)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try store.addTask(caseId: "NR-2024-0001", memberId: "m2", title: "Call about the passport", due: Fixtures.asOf)
        try store.markTask(caseId: "NR-2024-0001", taskId: "refugee-fund", doneOn: Fixtures.asOf)
        let casework = Casework(storage: store)
        let file = try #require(try casework.caseFile(id: "NR-2024-0001"))
        let record = try casework.caseRecord(file, assessment: casework.assessment(of: file, asOf: Fixtures.asOf),
                                             language: .nl)
        let summaryTasks = (record.tasks ?? []).filter { !$0.isDone }
        let summary = try casework.summary(caseId: "NR-2024-0001", asOf: Fixtures.asOf, language: .nl, format: .text)

        workstation.press(.tasks)
        guard case .tasks(let board)? = workstation.state.modal else { Issue.record("no tasks"); return }
        let shown = board.rows.filter { $0.caseId == "NR-2024-0001" }
        #expect(shown.count == summaryTasks.count)
        #expect(Set(shown.map { "\($0.title) \($0.due?.iso ?? "-")" }) == Set(summaryTasks.map { "\($0.title) \($0.due?.iso ?? "-")" }))
        #expect(summaryTasks.count == 5, "four follow-ups still open and the own task")
        for task in summaryTasks { #expect(summary.contains(task.title)) }
    }

    /// A large store: every case's tasks are listed, by due day, however far its
    /// next legal deadline is (the list is read from the stored follow-ups).
    @Test func tasksOfALargeStoreIncludeEveryCase() throws {
        let cases = (0..<300).map { index -> CaseFile in
            var file = Fixtures.tesfay
            file.id = "NR-T-\(1000 + index)"
            // Each case's application term ends a day later than the one before.
            file.sponsor.permit.decisionDate = Fixtures.day("2024-03-01").adding(days: index)
            file.members = [file.members[1]]
            return file
        }
        var far = Self.approvedTesfay
        far.id = "NR-T-9999"
        far.sponsor.permit.decisionDate = Fixtures.day("2024-05-01")
        let (workstation, store, directory) = try Self.workstation(cases: cases + [far])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try store.addTask(caseId: "NR-T-1150", memberId: nil, title: "Own task", due: nil)
        workstation.press(.tasks)
        guard case .tasks(let board)? = workstation.state.modal else { Issue.record("no tasks"); return }
        #expect(board.selectedRow?.caseId == "NR-T-9999", "the task due first leads, whatever the case's deadlines")
        #expect(board.total == (try store.openTaskCount(dueBy: nil)))
        workstation.press(.last)
        guard case .tasks(let end)? = workstation.state.modal else { Issue.record("no tasks"); return }
        #expect(end.selectedRow != nil, "the last page is read")
    }

    @Test func notesLandInTheTimelineWithWhoAndWhen() throws {
        let (workstation, store, directory) = try Self.workstation()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        workstation.press(.open)
        let caseId = try #require(workstation.state.openCase?.file.id)
        workstation.press(.notes)
        workstation.press(.addNote)
        workstation.type("Sponsor brought the marriage certificate")
        workstation.press(.editSave)
        let notes = try store.notes(caseId: caseId)
        #expect(notes.map(\.text) == ["Sponsor brought the marriage certificate"])
        #expect(notes.first?.author == "counsellor1")
        guard case .notes(let board)? = workstation.state.modal else { Issue.record("notes closed"); return }
        #expect(board.entries.last.map { NotesOverlay.text(of: $0, .en) } == "Sponsor brought the marriage certificate")
        #expect(board.entries.last?.who == "counsellor1")
        #expect(board.entries.contains { !$0.isNote && NotesOverlay.text(of: $0, .en) == WorkText.auditEdit.text(.en) })
        let screen = workstation.render().lines.joined(separator: "\n")
        #expect(screen.contains("2024-06-01 10:00  counsellor1  Sponsor brought the marriage certificate"))
    }

}
