import Foundation
import NareisCasework
import NareisCore
import NareisOutputs
import NareisStore
import Testing

/// The casework layer over the real store (SQLite on a temporary file): what a
/// counsellor does, checked by what the store then holds and what the lists show.
@Suite("Casework")
struct CaseworkTests {
    static let asOf = Day(iso: "2025-01-10")!
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// A fresh store and the casework layer over it; the directory goes with `remove`.
    struct Workspace {
        let directory: URL
        let store: CaseStore
        let casework: Casework

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("nareis-casework-\(UUID().uuidString)")
            store = try CaseStore(path: directory.appendingPathComponent("cases.sqlite").path,
                                  clock: { Date(timeIntervalSince1970: 1_736_503_200) }, user: "counsellor1")
            casework = Casework(storage: store)
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    /// A sponsor with a partner and a child, the partner's application filed.
    static func family(id: String? = "NR-2025-00001") -> CaseFile {
        var procedure = Procedure()
        procedure.submitted = day("2024-11-01")
        return CaseFile(
            id: id,
            sponsor: Sponsor(name: "Amanuel Tesfay", birthDate: PartialDate(parsing: "1990-05")!, nationality: "ERI",
                             asylumApplicationDate: day("2023-09-01"),
                             permit: Permit(kind: .asylum, decisionDate: day("2024-09-01")), counsellor: "VWN Utrecht"),
            members: [
                Member(id: "m1", name: "Saba Tesfay", relationship: .partner, partner: PartnerDetails(kind: .married),
                       birthDate: PartialDate(parsing: "1992")!, nationality: "ERI", residence: "ETH", procedure: procedure),
                Member(id: "m2", name: "Yonas Tesfay", relationship: .child,
                       child: ChildDetails(kind: .biological, otherParent: .travelling),
                       birthDate: PartialDate(parsing: "2011-02-14")!, nationality: "ERI", procedure: procedure),
            ])
    }

    @Test func aWriteIsSeenByTheNextListRead() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let casework = workspace.casework
        #expect(try casework.caseCount(CaseQuery(), asOf: Self.asOf) == 0)
        try casework.saveCase(Self.family())
        #expect(try casework.caseCount(CaseQuery(), asOf: Self.asOf) == 1, "the count read before the write is forgotten")
        #expect(try casework.cases(CaseQuery(search: "yonas"), asOf: Self.asOf, offset: 0, limit: 10).map(\.id)
                == ["NR-2025-00001"])
        try casework.erase(caseId: "NR-2025-00001")
        #expect(try casework.cases(CaseQuery(search: "yonas"), asOf: Self.asOf, offset: 0, limit: 10).isEmpty)
    }

    /// Recording the decision and the booked journey plans the arrival tasks at once;
    /// a day before the event it follows is refused and nothing is written.
    @Test func recordingEventsPlansTheTasksAndRefusesADayOutOfOrder() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let casework = workspace.casework
        try casework.saveCase(Self.family())
        #expect(try casework.tasks(ofCase: "NR-2025-00001").isEmpty)

        #expect(throws: EventRefusal(path: "procedure.decision.date", .before(.submitted, Self.day("2024-11-01")))) {
            try casework.recordEvent(.decisionPositive, text: "2024-10-01", caseId: "NR-2025-00001", memberId: "m1")
        }
        #expect(try casework.caseFile(id: "NR-2025-00001")?.members[0].procedure.decision == nil)
        #expect(throws: StoreError.unknownMember(caseId: "NR-2025-00001", memberId: "m9")) {
            try casework.recordEvent(.submitted, text: "2024-11-02", caseId: "NR-2025-00001", memberId: "m9")
        }

        try casework.recordEvent(.decisionPositive, text: "2024-12-20", caseId: "NR-2025-00001", memberId: "m1")
        #expect(Set(try casework.tasks(ofCase: "NR-2025-00001").map(\.id))
                == ["iom-consultation", "iom-travel-assistance", "refugee-fund"])
        try casework.recordEvent(.travelBooked, text: "2025-01-08", caseId: "NR-2025-00001", memberId: "m1")
        try casework.recordEvent(.plannedArrival, text: "2025-02-03", caseId: "NR-2025-00001", memberId: "m1")
        let week = try casework.openTaskLines(within: 30, asOf: Self.asOf, language: .nl)
        #expect(Set(week.map(\.task.id)) == ["coa-reception", "ind-appointment"])
        // Due on the booking day (PROC-COA: at the latest the day before arrival).
        #expect(week.allSatisfy { $0.task.due == Self.day("2025-01-08") && $0.caseId == "NR-2025-00001" })
        // Recording the e-mail to COA does the task: gone from the case's list and the open list.
        try casework.recordEvent(.coaRequested, text: "2025-01-09", caseId: "NR-2025-00001", memberId: "m1")
        #expect(!(try casework.tasks(ofCase: "NR-2025-00001").contains { $0.id == "coa-reception" }))
        #expect(Set(try casework.openTaskLines(within: 30, asOf: Self.asOf, language: .nl).map(\.task.id)) == ["ind-appointment"])
    }

    @Test func openingACaseIsAuditedAndThePreviewIsNot() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let casework = workspace.casework
        try casework.saveCase(Self.family())
        func views() throws -> Int { try casework.auditTrail(caseId: "NR-2025-00001").filter { $0.action == "view" }.count }
        let preview = try #require(try casework.openCase(id: "NR-2025-00001", asOf: Self.asOf))
        #expect(preview.assessment.members.count == 2)
        #expect(try views() == 0)
        _ = try casework.openCase(id: "NR-2025-00001", asOf: Self.asOf, recordView: true)
        #expect(try views() == 1)
        #expect(try casework.openCase(id: "NR-GONE", asOf: Self.asOf) == nil)
    }

    @Test func aCompletedIntakeIsStoredAndItsDraftGoes() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let casework = workspace.casework
        let draft = IntakeDraft(editing: Self.family(id: nil))
        let number = try casework.saveDraft(draft, number: nil, editingCase: nil)
        #expect(try casework.drafts().map(\.number) == [number])
        let id = try casework.completeIntake(draft, draftNumber: number)
        #expect(id.hasPrefix("NR-"))
        #expect(try casework.drafts().isEmpty)
        #expect(try casework.caseFile(id: id)?.members.map(\.name) == ["Saba Tesfay", "Yonas Tesfay"])
    }

    /// An edit kept as a draft and finished later keeps the recorded events and the
    /// fields the intake does not ask about: the draft holds the answers only.
    @Test func anEditResumedFromADraftKeepsTheEvents() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let casework = workspace.casework
        var file = Self.family()
        file.sponsor.address = "Stationsstraat 1, Utrecht"
        try casework.saveCase(file)
        var draft = IntakeDraft(editing: try casework.requireCase(id: "NR-2025-00001"))
        draft.sponsor["phone"] = "+31 6 1234 5678"
        let number = try casework.saveDraft(draft, number: nil, editingCase: "NR-2025-00001")
        let stored = try #require(try casework.drafts().first { $0.number == number })
        let resumed = IntakeDraft(json: try JSONValue.parse(Data(stored.document.utf8)))
        // The review before saving already sees the stored events (filing met, not overdue).
        let review = try #require(try casework.reviewIntake(resumed, asOf: Self.asOf))
        #expect(review.file.members.map(\.procedure.submitted) == [Self.day("2024-11-01"), Self.day("2024-11-01")])
        #expect(review.assessment.members.allSatisfy { member in
            member.deadlines.first { $0.id == "application-term" }?.done == Self.day("2024-11-01")
        })
        try casework.completeIntake(resumed, draftNumber: number)
        let saved = try casework.requireCase(id: "NR-2025-00001")
        #expect(saved.members.map(\.procedure.submitted) == [Self.day("2024-11-01"), Self.day("2024-11-01")])
        #expect(saved.sponsor.address == "Stationsstraat 1, Utrecht")
        #expect(saved.sponsor.phone == "+31 6 1234 5678")
    }

    /// The workstation reopens the case under its cursor on every move, from what it
    /// decoded and assessed a moment before when nothing changed: a change made
    /// elsewhere (another process on the same store) must still show at once, and a
    /// day later the deadlines must be counted from the new day.
    @Test func aCaseReopenedShowsWhatChangedElsewhere() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let casework = workspace.casework
        try casework.saveCase(Self.family())
        let first = try #require(try casework.openCase(id: "NR-2025-00001", asOf: Self.asOf))
        #expect(first.completeDocuments["m2"] == nil)

        let elsewhere = Casework(storage: try CaseStore(path: workspace.store.path, user: "counsellor2"))
        try elsewhere.setDocument(caseId: "NR-2025-00001", memberId: "m2", itemId: "photo", status: .copyReceived,
                                  translationNeeded: false)
        #expect(try casework.openCase(id: "NR-2025-00001", asOf: Self.asOf)?.completeDocuments["m2"] == ["photo"])

        var renamed = try #require(try elsewhere.openCase(id: "NR-2025-00001", asOf: Self.asOf)).file
        renamed.members[0].name = "Saba Tesfay Gebre"
        try elsewhere.saveCase(renamed)
        #expect(try casework.openCase(id: "NR-2025-00001", asOf: Self.asOf)?.file.members[0].name == "Saba Tesfay Gebre")

        let later = Self.day("2025-06-10")
        let reopened = try #require(try casework.openCase(id: "NR-2025-00001", asOf: later))
        #expect(reopened.assessment.asOf == later)
    }

    @Test func documentsAndNotesAreKeptPerMember() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let casework = workspace.casework
        try casework.saveCase(Self.family())
        try casework.setDocument(caseId: "NR-2025-00001", memberId: "m2", itemId: "photo", status: .copyReceived,
                                 translationNeeded: false)
        #expect(try casework.documentStatuses(caseId: "NR-2025-00001", memberId: "m2")["photo"]?.status == .copyReceived)
        #expect(try casework.documentStatuses(caseId: "NR-2025-00001", memberId: "m1").isEmpty)
        #expect(try casework.openCase(id: "NR-2025-00001", asOf: Self.asOf)?.completeDocuments["m2"] == ["photo"])
        try casework.addNote(caseId: "NR-2025-00001", text: "Passport copy came by WhatsApp")
        let timeline = try casework.timeline(caseId: "NR-2025-00001")
        #expect(timeline.last?.kind == .note(text: "Passport copy came by WhatsApp", memberId: nil))
        #expect(timeline.last?.who == "counsellor1")
    }

    /// A calendar of cases with nothing dated to show writes nothing (RFC 5545 wants
    /// an event) and says so; a spreadsheet always has its header.
    @Test func anEmptyCalendarIsNotWritten() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let casework = workspace.casework
        var file = Self.family()
        file.members = []           // a sponsor taken in before any family member
        try casework.saveCase(file)
        var written = ""
        let calendar = try casework.export(.calendar(generatedAt: Date(timeIntervalSince1970: 0)), caseId: nil,
                                           asOf: Self.asOf, language: .en) { written += $0 }
        #expect(calendar == .nothingToExport(cases: 1))
        #expect(written.isEmpty)
        #expect(try casework.auditTrail().filter { $0.action == "export" }.isEmpty, "nothing written, nothing audited")
        var sheet = ""
        #expect(try casework.export(.spreadsheet(CaseloadSpreadsheet.Options()), caseId: "NR-2025-00001", asOf: Self.asOf,
                                    language: .nl) { sheet += $0 } == .written(cases: 1))
        #expect(sheet.hasPrefix("Dossier,"))
        #expect(throws: StoreError.unknownCase(id: "NR-GONE")) {
            _ = try casework.export(.spreadsheet(CaseloadSpreadsheet.Options()), caseId: "NR-GONE", asOf: Self.asOf,
                                    language: .nl) { _ in }
        }
    }
}
