import Foundation
import NareisCasework
import NareisCore
import NareisStore
import Testing
@testable import NareisTUI

/// The team's shared caseload in the workstation: the status line, `S` (with a runner
/// standing in for the `nareis-team` child process) and the conflict overlay, over a
/// real store whose conflict is written as a sync writes one (`CaseStore.applySync`).
@Suite("The team in the workstation")
struct TeamTests {
    static let tesfay = "NR-2024-0001"

    /// `json` with the value at `path` set (nil: removed); members by their `"id"`.
    static func setting(_ value: JSONValue?, at path: ArraySlice<MergePathStep>, in json: JSONValue) -> JSONValue? {
        guard let step = path.first else { return value }
        switch (step, json) {
        case (.key(let key), .object(var pairs)):
            if let index = pairs.firstIndex(where: { $0.key == key }) {
                if let new = setting(value, at: path.dropFirst(), in: pairs[index].value) {
                    pairs[index].value = new
                } else {
                    pairs.remove(at: index)
                }
            } else if let new = setting(value, at: path.dropFirst(), in: .object([])) {
                pairs.append((key, new))
            }
            return .object(pairs)
        case (.id(let id), .array(var items)):
            guard let index = items.firstIndex(where: { $0["id"] == .string(id) }) else { return json }
            if let new = setting(value, at: path.dropFirst(), in: items[index]) { items[index] = new } else { items.remove(at: index) }
            return .array(items)
        default:
            return json
        }
    }

    /// The Tesfay case as this laptop's sync document, with the sponsor's phone and the
    /// partner's submission day changed.
    static func document(_ local: LocalSyncCase, phone: String, submitted: String) throws -> String {
        var json = try JSONValue.parse(Data(local.document.caseDocument.utf8))
        json = setting(.string(phone), at: [.key("sponsor"), .key("phone")], in: json) ?? json
        json = setting(.string(submitted), at: [.key("members"), .id("m1"), .key("procedure"), .key("submitted")], in: json) ?? json
        var document = local.document
        document.caseDocument = JSONWriter.string(json, pretty: false)
        return document.text
    }

    /// A store that synced with team `vwn-utrecht` at 14:05 UTC, where a colleague and
    /// this laptop both changed the Tesfay sponsor's phone (removed here) and the
    /// partner's submission day (2024-05-25 here, 2024-05-27 there, 2024-05-20 before).
    static func conflictedStore() throws -> CaseStore {
        let store = try Fixtures.newStore()
        try makeConflict(in: store)
        return store
    }

    /// The same, in a store that holds the Tesfay case.
    static func makeConflict(in store: CaseStore) throws {
        let local = try #require(try store.localSyncCases(ids: [tesfay])[tesfay])
        let base = try document(local, phone: "+31 6 1111 1111", submitted: "2024-05-20")
        let theirs = try document(local, phone: "+31 6 2222 2222", submitted: "2024-05-27")
        let skipped = try store.applySync([SyncWrite(caseId: tesfay, content: .keep,
                                                     record: SyncRecord(version: 1, base: base, theirs: theirs, theirsVersion: 2),
                                                     expectedLocal: nil, waiting: true)], pulledThrough: nil)
        #expect(skipped.isEmpty)
        try store.setSyncSetting(.team, to: "vwn-utrecht")
        try store.setSyncSetting(.lastSync, to: "2024-06-01T14:05:00Z")
    }

    static func workstation(_ store: CaseStore, language: Language = .en, width: Int = 120, height: Int = 40,
                            runner: SyncRunner? = nil) -> Workstation {
        Workstation(casework: Casework(storage: store, assess: Fixtures.fixedAssessment), size: Size(width: width, height: height),
                    language: language, asOf: Fixtures.asOf, syncRunner: runner)
    }

    static func footer(_ workstation: Workstation) -> String {
        let screen = workstation.render()
        return screen.line(screen.size.height - 1)
    }

    // MARK: - The status line

    @Test func theFooterShowsWhereTheLaptopStandsWithItsTeam() throws {
        let store = try Self.conflictedStore()
        let english = Self.workstation(store)
        #expect(english.state.teamStatus == SyncStatus(lastSync: "2024-06-01T14:05:00Z", waiting: 3, conflicts: 1))
        #expect(Self.footer(english).hasSuffix("Team: synced 14:05 \u{00B7} 3 waiting \u{00B7} 1 conflict "))
        Snapshot.check(english.render(), named: "team-status-120x40")
        let dutch = Self.workstation(store, language: .nl, width: 80, height: 24)
        #expect(Self.footer(dutch).hasSuffix("Team: 14:05 \u{00B7} 3 wachtend \u{00B7} 1 botsing "), "at 80 columns, the time alone")
        let wide = Self.workstation(store, language: .nl)
        #expect(Self.footer(wide).hasSuffix("Team: gesynchroniseerd 14:05 \u{00B7} 3 wachtend \u{00B7} 1 botsing "))
        Snapshot.check(dutch.render(), named: "team-status-80x24-nl")
    }

    @Test func withoutATeamTheFooterIsAsBefore() throws {
        let workstation = Fixtures.workstation()
        #expect(workstation.state.teamStatus == nil)
        #expect(!Self.footer(workstation).contains("Team:"))
    }

    @Test func beforeTheFirstSyncItSaysNever() throws {
        let store = try Fixtures.newStore()
        try store.setSyncSetting(.team, to: "vwn-utrecht")
        let workstation = Self.workstation(store, language: .nl)
        #expect(Self.footer(workstation).contains("Team: nog nooit gesynchroniseerd \u{00B7} 3 wachtend"))
    }

    // MARK: - S

    @Test func syncRunsTheRunnerAndShowsItsLine() throws {
        let store = try Self.conflictedStore()
        nonisolated(unsafe) var runs = 0
        let workstation = Self.workstation(store) {
            runs += 1
            // What a sync leaves behind: a new time, the team's cases.
            try? store.setSyncSetting(.lastSync, to: "2024-06-01T15:30:00Z")
            return SyncRun(succeeded: true, message: "synced: 2 pulled, 1 pushed, 1 conflict(s) to choose")
        }
        workstation.press(.sync)
        #expect(runs == 1)
        #expect(workstation.state.notice == "synced: 2 pulled, 1 pushed, 1 conflict(s) to choose")
        #expect(Self.footer(workstation).hasPrefix(" synced: 2 pulled, 1 pushed, 1 conflict(s) to choose"))
        #expect(Self.footer(workstation).contains("Team: synced 15:30"))
        #expect(workstation.state.cases.total == 3)
        workstation.press(.moveDown)
        #expect(workstation.state.notice == nil, "the next key clears it")
    }

    @Test func aFailedSyncIsAProblem() throws {
        let store = try Self.conflictedStore()
        let workstation = Self.workstation(store) {
            SyncRun(succeeded: false, message: "team server db.example cannot be reached (timeout); nothing changed")
        }
        workstation.press(.sync)
        #expect(workstation.state.problem == "team server db.example cannot be reached (timeout); nothing changed")
        #expect(Self.footer(workstation).contains("Problem: team server db.example cannot be reached"))
    }

    @Test(arguments: Language.allCases)
    func syncWithoutATeamSaysHowToJoin(language: Language) throws {
        let workstation = Fixtures.workstation(language: language)
        workstation.press(.sync)
        let expected = language == .nl ? "Nog geen team: nareis team join --server … --counsellor …"
            : "No team yet: nareis team join --server … --counsellor …"
        #expect(workstation.state.notice == expected)
        #expect(Self.footer(workstation).contains(expected))
    }

    @Test func theLastLineOfTheProgramIsShownPlain() {
        #expect(SyncRun.lastLine(of: "synced: 1 pulled, 0 pushed\n") == "synced: 1 pulled, 0 pushed")
        #expect(SyncRun.lastLine(of: "warning\nnareis: team server x cannot be reached\n\n") == "team server x cannot be reached")
        #expect(SyncRun.lastLine(of: "a\u{1B}[2Jb\u{07}\u{202E}c\r\n") == "a [2Jb  c")
        #expect(SyncRun.lastLine(of: "\n  \n") == nil)
        #expect(SyncRun.lastLine(of: String(repeating: "x", count: 1000))?.count == 300)
    }

    // MARK: - K

    @Test(arguments: Language.allCases)
    func theConflictOverlayListsEachFieldWithBothValues(language: Language) throws {
        let workstation = Self.workstation(try Self.conflictedStore(), language: language)
        workstation.press(.conflicts)
        guard case .conflict(let board)? = workstation.state.modal else { Issue.record("no conflict overlay"); return }
        #expect(board.conflict.caseId == Self.tesfay)
        #expect(board.conflict.fields.count == 2)
        #expect(board.takingTheirs == [false, false], "this laptop's values until another is chosen")
        let screen = workstation.render()
        Snapshot.check(screen, named: "conflict-120x40-\(language.rawValue)")
        let text = screen.lines.joined(separator: "\n")
        if language == .nl {
            #expect(text.contains("Referent \u{00B7} Telefoon"))
            #expect(text.contains("Saba Tesfay \u{00B7} aanvraag ingediend"))
            #expect(text.contains("hier: (leeg)"))
            #expect(text.contains("collega: +31 6 2222 2222"))
            #expect(text.contains("hier: 2024-05-25"))
            let english = DutchScreenTests.englishOnlyParts().filter { text.contains($0) }
            #expect(english.isEmpty, "English on the Dutch overlay: \(english)")
        } else {
            #expect(text.contains("Sponsor \u{00B7} Phone"))
            #expect(text.contains("colleague: 2024-05-27"))
        }
    }

    @Test func aNarrowOverlayCutsLongValues() throws {
        let workstation = Self.workstation(try Self.conflictedStore(), width: 80, height: 24)
        workstation.press(.conflicts)
        Snapshot.check(workstation.render(), named: "conflict-80x24")
    }

    @Test func theChosenValuesAreStoredAndTheOverlayCloses() throws {
        let store = try Self.conflictedStore()
        let workstation = Self.workstation(store)
        workstation.press(.conflicts)
        workstation.press(.conflictTheirs)                 // the phone: the colleague's
        workstation.press(.moveDown)
        workstation.press(.conflictTheirs)
        workstation.press(.conflictHere)                   // the submission day: this laptop's after all
        guard case .conflict(let board)? = workstation.state.modal else { Issue.record("the overlay closed"); return }
        #expect(board.takingTheirs == [true, false])
        #expect(workstation.render().lines.joined().contains("\u{25CF} colleague: +31 6 2222 2222"))
        workstation.press(.conflictSave)

        #expect(workstation.state.modal == nil)
        #expect(workstation.state.notice == "Conflict resolved.")
        let stored = try #require(try store.loadCase(id: Self.tesfay))
        #expect(stored.sponsor.phone == "+31 6 2222 2222")
        #expect(stored.members[0].procedure.submitted == Fixtures.day("2024-05-25"))
        #expect(try store.conflictedCaseIds().isEmpty)
        #expect(workstation.state.teamStatus?.conflicts == 0)
        #expect(!Self.footer(workstation).contains("conflict "))
        // The case is offered to the team on the colleague's version.
        #expect(try store.syncRecords(ids: [Self.tesfay])[Self.tesfay]?.version == 2)
        #expect(try store.syncStatus().waiting >= 1)
    }

    @Test func escLeavesWithoutDeciding() throws {
        let store = try Self.conflictedStore()
        let workstation = Self.workstation(store)
        workstation.press(.conflicts)
        workstation.press(.conflictTheirs)
        workstation.press(.back)
        #expect(workstation.state.modal == nil)
        #expect(try store.conflictedCaseIds() == [Self.tesfay])
        #expect(try store.loadCase(id: Self.tesfay)?.sponsor.phone == nil)
    }

    @Test func withoutConflictsKSaysSo() throws {
        let workstation = Fixtures.workstation(language: .nl)
        workstation.press(.conflicts)
        #expect(workstation.state.modal == nil)
        #expect(workstation.state.notice == "Geen botsingen te kiezen.")
    }

    @Test func aCaseChangedMeanwhileIsReadAgain() throws {
        let store = try Self.conflictedStore()
        let workstation = Self.workstation(store)
        workstation.press(.conflicts)
        // Another window records the partner's completion meanwhile.
        var file = try #require(try store.loadCase(id: Self.tesfay))
        file.members[0].procedure.completed = Fixtures.day("2024-05-30")
        try store.saveCase(file)
        workstation.press(.conflictSave)
        guard case .conflict? = workstation.state.modal else { Issue.record("the overlay closed"); return }
        #expect(workstation.state.notice == "The case changed meanwhile: read again, choose again.")
        #expect(try store.conflictedCaseIds() == [Self.tesfay])
    }
}
