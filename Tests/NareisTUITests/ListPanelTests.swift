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
        #expect(panel.rows.count == 100 && panel.offset == 0)
        #expect(panel.pageNeeded == nil)
        for _ in 0..<50 { #expect(panel.move(.moveDown)?.page == nil) }
        let last = panel.move(.last)
        #expect(last?.moved == true)
        #expect(last?.page == 900..<1_000, "the last page, not past the end")
        #expect(panel.selectedRow == nil, "not held until read")
        panel.pageRead(offset: 900, rows: Array(900..<1_000))
        #expect(panel.selectedRow == 999)
        #expect(panel.move(.moveUp)?.page == nil)
        // Far from either end the page is centred on the visible rows.
        var fresh = Self.paged(1_000)
        fresh.select(500)
        #expect(fresh.top == 491)
        #expect(fresh.pageNeeded == 446..<546)
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
        #expect(panel.pageNeeded == 50..<150)
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
