import Foundation
import NareisCasework
import NareisCore
import Testing
@testable import NareisTUI

/// The cover of a shared desk, driven in process: time enters as `Input.idle`, so no
/// test waits. After the set time without a key the screen shows no case data; the key
/// that takes the cover away does nothing else; what was open or half-typed returns.
@Suite("The idle cover")
struct IdleLockTests {
    static let tenMinutes = Duration.seconds(600)

    static func workstation(lockAfter: Duration? = tenMinutes, language: Language = .en, width: Int = 120, height: Int = 40,
                            casework: Casework = Fixtures.casework()) -> Workstation {
        Workstation(casework: casework, size: Size(width: width, height: height), language: language, asOf: Fixtures.asOf,
                    lockAfter: lockAfter)
    }

    static func text(_ workstation: Workstation) -> String { workstation.render().lines.joined(separator: "\n") }

    /// Everything of the fixture families a stranger must not read: names in both
    /// scripts, case IDs, birth dates, counsellors.
    static let caseData: [String] = Fixtures.cases.flatMap { file -> [String] in
        [file.id ?? "", file.sponsor.name, file.sponsor.latinName ?? "", file.sponsor.birthDate.description, file.sponsor.counsellor ?? ""]
            + file.members.flatMap { [$0.name, $0.latinName ?? "", $0.birthDate.description] }
    }.filter { $0.count > 2 }

    /// The case data found in `screen` (none, for a covered screen); any date-like text counts too.
    static func leaks(_ screen: String) -> [String] {
        var found = caseData.filter { screen.contains($0) }
        for word in ["NR-", "Tesfay", "Haddad"] where screen.contains(word) { found.append(word) }
        if screen.range(of: #"[0-9]{4}-[0-9]{2}"#, options: .regularExpression) != nil { found.append("a date") }
        return found
    }

    @Test func theFixturesNamesShowBeforeTheCover() {
        let screen = Self.text(Self.workstation())
        #expect(Self.leaks(screen).contains("Ahmad Haddad"), "the check finds case data on an uncovered screen")
    }

    @Test func idleTimeCoversTheCasesAndAKeyUncoversThem() {
        let workstation = Self.workstation()
        let before = workstation.render()
        #expect(!workstation.idle(for: .seconds(599)), "a second short of ten minutes: nothing changes")
        #expect(workstation.render() == before)
        #expect(workstation.idle(for: Self.tenMinutes))
        #expect(workstation.state.idleLock.isLocked)
        let covered = Self.text(workstation)
        #expect(Self.leaks(covered).isEmpty, "case data under the cover: \(Self.leaks(covered))")
        #expect(covered.contains("Locked after 10 minutes idle; press any key."))
        #expect(covered.contains(UIText.appTitle.text(.en)))
        #expect(!workstation.idle(for: .seconds(3600)), "already covered: no redraw for more time")
        #expect(workstation.handle(.character("j")))
        #expect(!workstation.state.idleLock.isLocked)
        #expect(workstation.render() == before, "the screen returns as it was")
    }

    @Test func theKeyThatUncoversIsNotActedUpon() {
        let workstation = Self.workstation()
        workstation.press(.moveDown)
        let selected = workstation.state.cases.selected
        let before = workstation.render()
        // Each key a counsellor might press to wake the screen: a move, open, quit, a
        // key with no action, Esc.
        for key in [Key.down, .enter, .character("q"), .function(9), .escape, .character("/")] {
            workstation.idle(for: Self.tenMinutes)
            #expect(workstation.state.idleLock.isLocked)
            #expect(workstation.handle(key), "\(key.name) under the cover does not quit")
            #expect(!workstation.state.idleLock.isLocked, "\(key.name) takes the cover away")
            #expect(workstation.state.cases.selected == selected && workstation.state.focus == .cases && !workstation.state.searching,
                    "\(key.name) does nothing else")
            #expect(workstation.render() == before)
        }
        workstation.press(.moveDown)
        #expect(workstation.state.cases.selected == selected + 1, "the next key acts again")
    }

    @Test(arguments: [nil, Duration.zero])
    func offNeverCovers(lockAfter: Duration?) {
        let workstation = Self.workstation(lockAfter: lockAfter)
        #expect(!workstation.idle(for: .seconds(86_400 * 365)))
        #expect(!workstation.state.idleLock.isLocked)
        #expect(Self.text(workstation).contains("Ahmad Haddad"))
    }

    /// A note half-written under an open overlay: covered (the note's words too), then
    /// back as it was, and saved whole by the next keys.
    @Test func aHalfWrittenNoteSurvivesTheCover() throws {
        let store = try Fixtures.newStore()
        let workstation = Self.workstation(casework: Casework(storage: store, assess: Fixtures.fixedAssessment))
        workstation.press(.open)
        let caseId = try #require(workstation.state.openCase?.file.id)
        workstation.press(.notes)
        workstation.press(.addNote)
        workstation.type("Passport of Saba at the embassy")
        let before = workstation.render()
        let modal = workstation.state.modal
        workstation.idle(for: Self.tenMinutes)
        let covered = Self.text(workstation)
        #expect(!covered.contains("Passport") && Self.leaks(covered).isEmpty)
        workstation.handle(.enter)                     // would save the note: here it only uncovers
        #expect(try store.notes(caseId: caseId).isEmpty, "the waking key saved nothing")
        #expect(workstation.state.modal == modal)
        #expect(workstation.render() == before)
        workstation.type(", collected 3 June")
        workstation.press(.editSave)
        #expect(try store.notes(caseId: caseId).map(\.text) == ["Passport of Saba at the embassy, collected 3 June"])
    }

    /// An intake form with typed answers, and the help over the panes: both come back.
    @Test func aHalfTypedIntakeAndTheHelpComeBack() throws {
        let workstation = Self.workstation(casework: Casework(storage: try Fixtures.newStore([]), assess: Fixtures.fixedAssessment))
        workstation.press(.newIntake)
        workstation.type("Amina Yus")
        let before = workstation.render()
        workstation.idle(for: .seconds(601))
        #expect(!Self.text(workstation).contains("Amina"))
        workstation.handle(.function(2))               // would check and save the intake
        #expect(workstation.render() == before)
        workstation.type("uf")
        guard case .intake(let form)? = workstation.state.modal else {
            Issue.record("the intake form closed")
            return
        }
        #expect(form.draft.sponsor["name"] == "Amina Yusuf")

        let help = Self.workstation()
        help.press(.help)
        help.press(.moveDown, times: 3)
        let helpShown = help.render()
        help.idle(for: Self.tenMinutes)
        help.handle(.escape)                           // would close the help
        #expect(help.state.showHelp && help.render() == helpShown)
    }

    @Test func aSearchBeingTypedComesBack() {
        let workstation = Self.workstation()
        workstation.press(.search)
        workstation.type("hadd")
        let before = workstation.render()
        workstation.idle(for: Self.tenMinutes)
        #expect(!Self.text(workstation).contains("hadd"), "the search text is hidden too")
        workstation.handle(.backspace)
        #expect(workstation.state.query.search == "hadd" && workstation.state.searching)
        #expect(workstation.render() == before)
    }

    /// A resize under the cover (the window's doing) keeps it up, at every size.
    @Test func aResizeKeepsTheCover() {
        let workstation = Self.workstation()
        workstation.idle(for: Self.tenMinutes)
        for (width, height) in [(80, 24), (40, 12), (30, 8), (12, 3), (1, 1), (120, 40)] {
            workstation.handle(.resize)
            workstation.resize(to: Size(width: width, height: height))
            #expect(workstation.state.idleLock.isLocked)
            let screen = Self.text(workstation)
            #expect(Self.leaks(screen).isEmpty, "\(width)x\(height): \(Self.leaks(screen))")
        }
        #expect(Self.text(workstation).contains("press any key"))
    }

    @Test func theCoveredScreenInEnglishAndDutch() {
        for language in Language.allCases {
            let workstation = Self.workstation(language: language)
            workstation.idle(for: Self.tenMinutes)
            let screen = workstation.render()
            Snapshot.check(screen, named: "lock-120x40-\(language.rawValue)")
            #expect(Self.leaks(Self.text(workstation)).isEmpty)
        }
        let small = Self.workstation(lockAfter: .seconds(90), language: .nl, width: 40, height: 12)
        small.idle(for: .seconds(90))
        Snapshot.check(small.render(), named: "lock-40x12-nl")
        #expect(Self.text(small).contains("1,5 minuten"))
        let dutch = Self.text(small)
        #expect(!dutch.contains("Locked") && !dutch.contains("press") && !dutch.contains("family reunification"))
    }

    @Test func minutesAreWrittenAsTheLanguageWritesThem() {
        #expect(LockText.minutes(1, one: .lockedAfterOne, many: .lockedAfterMany, .nl) == "Vergrendeld na 1 minuut zonder gebruik; druk op een toets.")
        #expect(LockText.minutes(0.05, one: .lockedAfterOne, many: .lockedAfterMany, .en) == "Locked after 0.05 minutes idle; press any key.")
        #expect(LockText.minutes(0.5, one: .lockedAfterOne, many: .lockedAfterMany, .nl).contains("na 0,5 minuten"))
        #expect(LockText.minutes(1440, one: .helpOnOne, many: .helpOnMany, .en).hasPrefix("After 1440 minutes"))
        #expect(LockText.missingTranslations().isEmpty, "\(LockText.missingTranslations())")
        #expect(LockText.placeholderMismatches().isEmpty)
    }

    /// The help says when the cover comes, what it keeps, and that it is no login.
    @Test func theHelpSaysWhatTheCoverDoesAndDoesNot() {
        func helpText(_ workstation: Workstation) -> String {
            HelpOverlay.lines(workstation.state).map { $0.map(\.text).joined() }.joined(separator: "\n")
        }
        let dutch = helpText(Self.workstation(language: .nl))
        #expect(dutch.contains("Na 10 minuten zonder toets worden de dossiers verborgen"))
        #expect(dutch.contains(LockText.helpLimit.text(.nl)))
        #expect(helpText(Self.workstation(lockAfter: nil)).contains(LockText.helpOff.text(.en)))
        // The last lines of the help can be scrolled to on a small terminal.
        let workstation = Self.workstation(width: 80, height: 24)
        workstation.press(.help)
        workstation.press(.last)
        workstation.press(.pageDown, times: 20)
        #expect(Self.text(workstation).contains("A cover, not a login"))
    }

    /// The real loop over a terminal whose clock moves with the script: polls without a
    /// key add up to the set time, the cover is drawn, a key takes it away.
    @Test func theLoopMeasuresTheIdleTime() {
        let workstation = Self.workstation(lockAfter: .seconds(3))
        let terminal = RecordingTerminal(size: Size(width: 120, height: 40), script: [
            .pause(.seconds(1)), .pause(.seconds(1)), .key(.down),           // a key: the count starts again
            .pause(.seconds(2)), .pause(.milliseconds(900)),                  // 2.9 s: still shown
            .pause(.milliseconds(200)),                                       // 3.1 s: covered
            .pause(.seconds(5)),                                              // covered, nothing drawn
            .key(.character("q")),                                            // uncovers; does not quit
        ])
        WorkstationLoop.run(workstation, on: terminal, stop: { terminal.finished }, now: { terminal.now })
        // The first frame, the Down, the cover, the key that took it away.
        #expect(terminal.frames.count == 4)
        #expect(Self.leaks(terminal.frames[2].lines.joined(separator: "\n")).isEmpty)
        #expect(terminal.frames[2].lines.joined().contains("Locked after 0.05 minutes idle"))
        #expect(terminal.frames[3] == terminal.frames[1], "back as it was after the Down")
        #expect(workstation.state.cases.selected == 1 && !workstation.state.idleLock.isLocked)
    }
}
