import NareisCasework
import Testing
@testable import NareisTUI

/// `ListPanel`: the cursor, the page it holds and how many rows it shows, moved by
/// the list actions; the page it asks for is the one the visible rows need.
@Suite("List panel: cursor, paging, scrolling")
struct ListPanelTests {
    /// A paged list of `total` rows (each row its own index) showing `visible` rows.
    static func paged(_ total: Int, visible: Int = 10, pageSize: Int = 100, overlap: Int = 0) -> ListPanel<Int> {
        var panel = ListPanel<Int>(total: total, visible: visible, pageSize: pageSize, overlap: overlap)
        if let page = panel.pageNeeded { panel.pageRead(offset: page.lowerBound, rows: Array(page.clamped(to: 0..<total))) }
        return panel
    }

    @Test func movementStopsAtTheEdgesAndSaysSo() {
        var panel = ListPanel(rows: Array(0..<5), visible: 3)
        #expect(panel.move(.moveUp) == ListMove(moved: false, page: nil))
        #expect(panel.selected == 0)
        #expect(panel.move(.moveDown) == ListMove(moved: true, page: nil))
        #expect(panel.move(.last)?.moved == true)
        #expect(panel.selectedRow == 4)
        #expect(panel.move(.moveDown)?.moved == false)
        #expect(panel.move(.pageDown)?.moved == false)
        #expect(panel.selected == 4)
        #expect(panel.move(.first)?.moved == true)
        #expect(panel.move(.pageUp)?.moved == false)
        #expect(panel.move(.open) == nil, "not a list action")
        #expect(panel.selected == 0)
    }

    @Test func theTopRowStaysUntilTheSelectionLeavesTheWindow() {
        var panel = ListPanel(rows: Array(0..<20), visible: 5)
        for _ in 0..<4 { _ = panel.move(.moveDown) }
        #expect(panel.selected == 4 && panel.top == 0, "the last visible row")
        _ = panel.move(.moveDown)
        #expect(panel.selected == 5 && panel.top == 1, "one past it scrolls by one")
        for _ in 0..<4 { _ = panel.move(.moveUp) }
        #expect(panel.selected == 1 && panel.top == 1)
        _ = panel.move(.moveUp)
        #expect(panel.selected == 0 && panel.top == 0)
        _ = panel.move(.last)
        #expect(panel.selected == 19 && panel.top == 15)
    }

    @Test func aPageMovesByTheVisibleRowsLessTheOverlap() {
        var overlay = ListPanel(rows: Array(0..<50), visible: 10)
        _ = overlay.move(.pageDown)
        #expect(overlay.selected == 10)
        var pane = ListPanel(rows: Array(0..<50), visible: 10, overlap: 1)
        _ = pane.move(.pageDown)
        #expect(pane.selected == 9)
        _ = pane.move(.pageUp)
        #expect(pane.selected == 0)
    }

    @Test func aPageIsAskedForOnlyWhenTheVisibleRowsAreNotHeld() {
        var panel = Self.paged(1_000)
        #expect(panel.rows == Array(0..<10) && panel.offset == 0, "a list read afresh: its visible rows only")
        #expect(panel.pageNeeded == nil)
        for _ in 0..<9 { #expect(panel.move(.moveDown)?.page == nil) }
        #expect(panel.move(.moveDown)?.page == 10..<56, "one past them: the missing side, half a page beyond")
        panel.pageRead(offset: 10, rows: Array(10..<56))
        #expect(panel.rows == Array(0..<56) && panel.selectedRow == 10)
        for _ in 0..<45 { #expect(panel.move(.moveDown)?.page == nil) }
        #expect(panel.move(.moveDown)?.page == 56..<102)
        panel.pageRead(offset: 56, rows: Array(56..<102))
        #expect(panel.offset == 2 && panel.rows == Array(2..<102), "at most a page held: the rows left behind go")
        let last = panel.move(.last)
        #expect(last?.moved == true)
        #expect(last?.page == 990..<1_000, "a jump: the visible rows of the end, not past it")
        #expect(panel.selectedRow == nil, "not held until read")
        panel.pageRead(offset: 990, rows: Array(990..<1_000))
        #expect(panel.rows == Array(990..<1_000), "rows apart from those held replace them")
        #expect(panel.selectedRow == 999)
        #expect(panel.move(.pageUp)?.page == 944..<990, "upwards: the missing side, half a page above")
        panel.pageRead(offset: 944, rows: Array(944..<990))
        #expect(panel.offset == 944 && panel.rows == Array(944..<1_000))
        #expect(panel.selectedRow == 989)
    }

    @Test func aTallerWindowThanTheRowsHeldReadsItsRowsAfresh() {
        var panel = Self.paged(1_000)
        panel.select(500)
        panel.pageRead(offset: 495, rows: Array(495..<501))
        panel.resize(visible: 30)
        #expect(panel.pageNeeded == panel.top..<panel.top + 30)
    }

    @Test func aListHeldWholeNeverAsksForAPage() {
        var panel = ListPanel(rows: Array(0..<1_000), visible: 10)
        #expect(panel.move(.last)?.page == nil)
        #expect(panel.selectedRow == 999)
    }

    @Test func anEmptyListHasNoSelectionAndAsksForNothing() {
        var paged = Self.paged(0)
        var whole = ListPanel<Int>(rows: [], visible: 10)
        for action: Action in [.moveDown, .moveUp, .pageDown, .pageUp, .last, .first] {
            #expect(paged.move(action) == ListMove(moved: false, page: nil))
            #expect(whole.move(action) == ListMove(moved: false, page: nil))
        }
        #expect(paged.selectedRow == nil && whole.selectedRow == nil)
        #expect(paged.selected == 0 && paged.top == 0)
        paged.replaceSelected(7)
        #expect(paged.rows.isEmpty)
    }

    @Test func resizingKeepsTheSelectionInViewAndTheWindowInTheList() {
        var panel = ListPanel(rows: Array(0..<30), visible: 10)
        panel.select(9)
        panel.resize(visible: 4)
        #expect(panel.top == 6 && panel.selected == 9, "shrinking scrolls to the selection")
        panel.select(29)
        #expect(panel.top == 26)
        panel.resize(visible: 20)
        #expect(panel.top == 10 && panel.selected == 29, "growing at the end shows more rows above")
        panel.resize(visible: 0)
        #expect(panel.visible == 1)
    }

    @Test func aNewCountDropsTheRowsAndKeepsTheSelectionWhereAsked() {
        var panel = Self.paged(500)
        panel.select(200)
        panel.reset(total: 150, visible: 10, keepSelection: true)
        #expect(panel.selected == 149 && panel.rows.isEmpty)
        #expect(panel.pageNeeded == 140..<150)
        panel.reset(total: 300, visible: 10, keepSelection: false)
        #expect(panel.selected == 0 && panel.top == 0)
    }

    @Test func replacingTheSelectedRowOfAPage() {
        var panel = Self.paged(1_000)
        _ = panel.move(.last)
        panel.pageRead(offset: 900, rows: Array(900..<1_000))
        panel.replaceSelected(-1)
        #expect(panel.selectedRow == -1)
        #expect(panel.row(998) == 998)
        #expect(panel.row(10) == nil)
    }
}

/// The overlays draw their list as the panes do (`Screen.panel`): from the panel's
/// top row, scrolling only when the selection would leave the window, where they
/// used to keep the selection in the middle.
@Suite("Overlays scroll as the panes do")
struct OverlayScrollTests {
    @Test func theTasksScrollAtTheEdgeOfTheirWindow() throws {
        let store = try Fixtures.newStore()
        for index in 0..<60 {
            _ = try store.addTask(caseId: "NR-2024-0001", memberId: nil, title: "Task \(index)",
                                  due: Fixtures.asOf.adding(days: index))
        }
        let workstation = Workstation(casework: Casework(storage: store, assess: Fixtures.fixedAssessment),
                                      size: Size(width: 80, height: 24), asOf: Fixtures.asOf, pageSize: 30)
        workstation.press(.tasks)
        let rows = 24 - 4                                   // the overlay's box less its border
        let firstLine = 2, lastLine = firstLine + rows - 1  // below the header row and the box's top
        workstation.press(.moveDown, times: rows + 5)
        var board = try #require(Self.tasks(workstation))
        #expect(board.selected == rows + 5 && board.top == 6, "the selection on the last row, six rows scrolled")
        var screen = workstation.render()
        #expect(screen[2, lastLine].role == .selectionFocus)
        #expect(screen[2, lastLine - 1].role != .selectionFocus)
        let sixth = try #require(board.row(6))
        #expect(Self.text(screen, line: firstLine) == Self.text(of: sixth, workstation, line: firstLine))
        #expect(!screen.lines.joined().contains(UIText.loading.text(.en)), "the page read covers what is drawn")

        workstation.press(.moveUp, times: rows - 1)
        board = try #require(Self.tasks(workstation))
        #expect(board.selected == 6 && board.top == 6, "up to the first row, nothing scrolls")
        screen = workstation.render()
        #expect(screen[2, firstLine].role == .selectionFocus)
        workstation.press(.moveUp)
        #expect(Self.tasks(workstation)?.top == 5, "one past it scrolls by one")

        // A smaller terminal: the list shows fewer rows and the selection stays on screen.
        workstation.press(.pageDown)
        workstation.resize(to: Size(width: 80, height: 14))
        board = try #require(Self.tasks(workstation))
        #expect(board.visible == 10)
        screen = workstation.render()
        #expect(screen[2, firstLine + board.selected - board.top].role == .selectionFocus)
    }

    static func tasks(_ workstation: Workstation) -> TaskBoard? {
        guard case .tasks(let board)? = workstation.state.modal else { return nil }
        return board
    }

    /// The inside of the overlay's box on `line`.
    static func text(_ screen: Screen, line: Int) -> String {
        String(screen.line(line).dropFirst().prefix(78))
    }

    /// `row` as the tasks overlay draws it on `line`.
    static func text(of row: TaskRow, _ workstation: Workstation, line: Int) -> String {
        var screen = Screen(size: workstation.state.size)
        screen.segments(TasksOverlay.line(row, workstation.state), in: Rect(x: 1, y: line, width: 78, height: 1))
        return text(screen, line: line)
    }
}
