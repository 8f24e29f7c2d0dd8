import Testing
@testable import NareisTUI

/// The real loop over a recording terminal: keys in, frames out, a clean way out.
@Suite("The loop over a recording terminal")
struct LoopTests {
    @Test func keysInFramesOutAndQuitClosesTheTerminal() {
        let workstation = Fixtures.workstation()
        let size = Size(width: 120, height: 40)
        let terminal = RecordingTerminal(size: size, script: [
            .key(.down), .key(.enter), .resize(Size(width: 80, height: 24)), .key(.character("?")), .key(.character("q")),
            .key(.down),   // never read: the loop has quit
        ])
        WorkstationLoop.run(workstation, on: terminal, stop: { terminal.finished })
        #expect(terminal.closed)
        #expect(!terminal.finished, "the loop stopped at quit")
        // The first frame, then one per key up to quit (quit draws nothing).
        #expect(terminal.frames.count == 5)
        #expect(terminal.frames[0] == WorkstationView.render(Fixtures.workstation().state))
        #expect(terminal.frames[1].size == size && terminal.changedCells[1] < size.width * size.height / 2,
                "one row down changes a part of the screen")
        #expect(terminal.invalidations == 1)
        #expect(terminal.frames[3].size == Size(width: 80, height: 24))
        #expect(terminal.changedCells[3] == 80 * 24, "after a resize every cell is written")
        #expect(terminal.frames[4].lines.joined().contains(UIText.helpIntro.text(.en)))
        #expect(workstation.state.focus == .tree)
        #expect(workstation.state.showHelp)
    }

    @Test func aStopRequestEndsTheLoopAndRestoresTheTerminal() {
        let terminal = RecordingTerminal(size: Size(width: 100, height: 30), keys: [.down, .down])
        let workstation = Fixtures.workstation(width: 100, height: 30)
        WorkstationLoop.run(workstation, on: terminal, stop: { terminal.finished })
        #expect(terminal.closed)
        #expect(terminal.frames.count == 3)
        #expect(workstation.state.cases.selected == 2)
    }
}
