import Testing
@testable import NareisTUI

@Suite("Screen: the in-memory cell grid")
struct ScreenTests {
    @Test func textIsClippedAtTheGivenEdgeAndTheScreenEdge() {
        var screen = Screen(size: Size(width: 10, height: 2))
        let used = screen.put("abcdefghijklmnop", x: 2, y: 0, maxX: 8, ellipsis: false)
        #expect(used == 6)
        #expect(screen.line(0) == "  abcdef  ")
        screen.put("xyz", x: 8, y: 1, ellipsis: false)
        #expect(screen.line(1) == "        xy")
    }

    @Test func markersGetTheMarkerRole() {
        var screen = Screen(size: Size(width: 10, height: 1))
        screen.put("a\u{1B}b", x: 0, y: 0, role: .title)
        #expect(screen[0, 0].role == .title)
        #expect(screen[1, 0].role == .marker)
        #expect(screen[1, 0].text == "␛")
    }

    @Test func overwritingHalfAWideGlyphLeavesNoHalfCharacter() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.put("漢字漢", x: 0, y: 0)
        #expect(screen.drawnWidth(ofRow: 0) == 6)
        screen.put("x", x: 1, y: 0)           // right half of 漢
        #expect(screen.line(0) == " x字漢")
        screen.put("y", x: 2, y: 0)           // left half of 字
        #expect(screen.line(0) == " xy 漢")
        #expect(screen.drawnWidth(ofRow: 0) == 6)
    }

    @Test func aWideGlyphNeverStartsInTheLastColumn() {
        var screen = Screen(size: Size(width: 3, height: 1))
        screen.put("ab漢", x: 0, y: 0, ellipsis: false)
        #expect(screen.line(0) == "ab ")
        #expect(screen.drawnWidth(ofRow: 0) == 3)
    }

    @Test func drawingOutsideTheScreenIsIgnored() {
        var screen = Screen(size: Size(width: 3, height: 1))
        screen.put("abc", x: -1, y: 0)
        screen.put("abc", x: 0, y: 5)
        screen.fill(Rect(x: -3, y: -3, width: 100, height: 100), role: .dim)
        #expect(screen.line(0) == "   ")
        var empty = Screen(size: Size(width: 0, height: 0))
        empty.put("abc", x: 0, y: 0)
        #expect(empty.lines.isEmpty)
    }
}
