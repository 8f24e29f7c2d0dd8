import NareisCore
import Testing
@testable import NareisTUI

/// Keys checked by what they mean: which row is selected, which pane has the focus.
@Suite("Key handling")
struct KeyHandlingTests {
    @Test func theListStartsOnTheMostUrgentCaseAndOpensIt() {
        let workstation = Fixtures.workstation()
        #expect(workstation.state.cases.total == 3)
        #expect(workstation.state.cases.selectedRow?.id == "NR-2024-0003" || workstation.state.cases.selectedRow?.nextDue != nil)
        #expect(workstation.state.openCase?.file.id == workstation.state.cases.selectedRow?.id)
    }

    @Test func arrowsAndJKMoveTheSelectionAndTheTreeFollows() {
        let workstation = Fixtures.workstation()
        let first = workstation.state.cases.selectedRow?.id
        workstation.handle(.down)
        #expect(workstation.state.cases.selected == 1)
        #expect(workstation.state.openCase?.file.id == workstation.state.cases.selectedRow?.id)
        #expect(workstation.state.openCase?.file.id != first)
        workstation.handle(.character("j"))
        workstation.handle(.character("j"))   // already on the last row: stays
        #expect(workstation.state.cases.selected == 2)
        workstation.handle(.character("k"))
        workstation.handle(.up)
        workstation.handle(.up)
        #expect(workstation.state.cases.selected == 0)
        #expect(workstation.state.cases.selectedRow?.id == first)
    }

    @Test func tabAndShiftTabVisitEveryPaneInOrder() {
        let workstation = Fixtures.workstation()
        var seen: [Pane] = [workstation.state.focus]
        for _ in 0..<4 {
            workstation.press(.nextPane)
            seen.append(workstation.state.focus)
        }
        #expect(seen == [.cases, .tree, .detail, .deadlines, .cases])
        workstation.press(.previousPane)
        #expect(workstation.state.focus == .deadlines)
    }

    @Test func enterOpensTheCaseThenTheMemberAndEscGoesBack() {
        let workstation = Fixtures.workstation()
        workstation.press(.open)
        #expect(workstation.state.focus == .tree)
        #expect(workstation.state.tree.selected == 0)
        workstation.press(.moveDown)
        #expect(workstation.state.selectedMember != nil)
        workstation.press(.open)
        #expect(workstation.state.focus == .detail)
        workstation.press(.back)
        #expect(workstation.state.focus == .tree)
        workstation.press(.back)
        #expect(workstation.state.focus == .cases)
    }

    @Test func slashSearchesAsYouTypeAndEscClearsIt() {
        let workstation = Fixtures.workstation()
        workstation.press(.search)
        #expect(workstation.state.searching)
        workstation.type("hadd")
        #expect(workstation.state.query.search == "hadd")
        #expect(workstation.state.cases.total == 1)
        #expect(workstation.state.cases.selectedRow?.id == "NR-2024-0002")
        #expect(workstation.state.openCase?.file.id == "NR-2024-0002")
        workstation.type("q")                  // typed, not quit
        #expect(workstation.state.query.search == "haddq")
        #expect(workstation.state.cases.total == 0)
        workstation.press(.deleteCharacter)
        #expect(workstation.state.cases.total == 1)
        workstation.press(.acceptSearch)
        #expect(!workstation.state.searching)
        #expect(workstation.state.query.search == "hadd")
        workstation.press(.back)
        #expect(workstation.state.query.search.isEmpty)
        #expect(workstation.state.cases.total == 3)
    }

    @Test func searchFindsOriginalScriptAndIgnoresDiacritics() {
        let workstation = Fixtures.workstation()
        workstation.press(.search)
        workstation.type("ተስፋይ")
        #expect(workstation.state.cases.selectedRow?.id == "NR-2024-0001")
    }

    @Test func sortAndFiltersChangeTheList() {
        let workstation = Fixtures.workstation()
        workstation.press(.cycleSort)
        #expect(workstation.state.query.sort == .name)
        #expect(workstation.state.cases.selectedRow?.id == "NR-2024-0002")   // Ahmad Haddad first by Latin name
        workstation.press(.toggleOverdue)
        #expect(workstation.state.query.overdueOnly)
        #expect(workstation.state.cases.total == 1)                         // only Haddad's son is overdue
        workstation.press(.clearFilters)
        #expect(workstation.state.cases.total == 3)
        workstation.press(.cycleCounsellor)
        #expect(workstation.state.query.counsellor == "Nidos")
        #expect(workstation.state.cases.total == 1)
        workstation.press(.cycleStage)
        #expect(workstation.state.query.stage == .intake)
    }

    @Test func theDeadlineWindowCyclesAndEnterOpensTheCaseOnTheMember() {
        let workstation = Fixtures.workstation()
        workstation.press(.previousPane)
        #expect(workstation.state.focus == .deadlines)
        #expect(workstation.state.deadlineWindow == 14)
        let within14 = workstation.state.deadlines.total
        workstation.press(.cycleWindow, times: 2)
        #expect(workstation.state.deadlineWindow == 90)
        #expect(workstation.state.deadlines.total >= within14)
        let row = workstation.state.deadlines.selectedRow
        #expect(row != nil)
        workstation.press(.open)
        #expect(workstation.state.focus == .detail)
        #expect(workstation.state.openCase?.file.id == row?.caseId)
        #expect(workstation.state.selectedMember?.id == row?.memberId)
    }

    @Test func overdueDeadlinesComeFirst() {
        let workstation = Fixtures.workstation()
        let rows = workstation.state.deadlines.rows
        let overdue = rows.prefix { $0.due < Fixtures.asOf }
        #expect(!overdue.isEmpty)
        #expect(rows.dropFirst(overdue.count).allSatisfy { $0.due >= Fixtures.asOf })
    }

    @Test func helpOpensAndClosesAndQuitEnds() {
        let workstation = Fixtures.workstation()
        workstation.press(.help)
        #expect(workstation.state.showHelp)
        workstation.press(.back)
        #expect(!workstation.state.showHelp)
        #expect(workstation.press(.quit) == false)
    }

    @Test func pagingLoadsOnlyWhatIsShown() {
        let files = Fixtures.many(1_000)
        let workstation = Workstation(casework: Fixtures.casework(files), size: Size(width: 120, height: 40), asOf: Fixtures.asOf, pageSize: 100)
        #expect(workstation.state.cases.total == 1_000)
        #expect(workstation.state.cases.rows.count == workstation.state.cases.visible, "the rows on screen, no more")
        workstation.press(.last)
        #expect(workstation.state.cases.selected == 999)
        #expect(workstation.state.cases.selectedRow != nil)
        #expect(workstation.state.cases.rows.count <= 100)
        workstation.press(.pageUp, times: 60)
        #expect(workstation.state.cases.selected == 0)
        #expect(workstation.state.cases.selectedRow != nil)
        let screen = workstation.render()
        #expect(!screen.lines.joined().contains(UIText.loading.text(.en)))
    }

    @Test func resizingKeepsTheSelectionVisible() {
        let workstation = Workstation(casework: Fixtures.casework(Fixtures.many(200)), size: Size(width: 120, height: 40), asOf: Fixtures.asOf)
        workstation.press(.moveDown, times: 50)
        workstation.resize(to: Size(width: 50, height: 14))
        let cursor = workstation.state.cases
        #expect(cursor.selected == 50)
        #expect(cursor.selected >= cursor.top && cursor.selected < cursor.top + workstation.state.layout.visibleRows(.cases))
        #expect(workstation.render().lines.joined().contains("Sponsor 50") || workstation.state.cases.selectedRow?.name == "Sponsor 50")
    }
}
