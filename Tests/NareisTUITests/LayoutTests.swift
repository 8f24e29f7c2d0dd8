import Testing
@testable import NareisTUI

@Suite("Layout at every size")
struct LayoutTests {
    @Test func layoutModesFollowTheSize() {
        #expect(Layout(size: Size(width: 100, height: 30), focus: .cases).mode == .full)
        #expect(Layout(size: Size(width: 99, height: 30), focus: .cases).mode == .single)
        #expect(Layout(size: Size(width: 40, height: 12), focus: .cases).mode == .single)
        #expect(Layout(size: Size(width: 39, height: 12), focus: .cases).mode == .tooSmall)
        #expect(Layout(size: Size(width: 40, height: 11), focus: .cases).mode == .tooSmall)
        #expect(Layout(size: Size(width: 80, height: 24), focus: .tree).visiblePanes == [.tree])
    }

    @Test func tooSmallSaysSoAndWhatIsNeeded() {
        let workstation = Fixtures.workstation(width: 39, height: 11)
        let text = workstation.render().lines.joined(separator: " ")
        #expect(text.contains("too small"))
        #expect(text.contains("40x12"))
    }

    /// Every size from 1x1 to 200x60 draws without trapping, every row exactly
    /// as wide as the screen, in both languages; the two cores share the work.
    @Test func everySizeFrom1x1To200x60Renders() async {
        let widths = Array(1...200)
        await withTaskGroup(of: [String].self) { group in
            for part in 0..<2 {
                group.addTask {
                    var problems: [String] = []
                    let workstation = Workstation(casework: Fixtures.casework(), size: Size(width: 1, height: 1), asOf: Fixtures.asOf)
                    workstation.press(.moveDown)
                    for width in widths where width % 2 == part {
                        for height in 1...60 {
                            workstation.resize(to: Size(width: width, height: height))
                            let screen = workstation.render()
                            if screen.size != Size(width: width, height: height) { problems.append("\(width)x\(height): wrong size") }
                            for y in 0..<height where screen.drawnWidth(ofRow: y) != width {
                                problems.append("\(width)x\(height) row \(y) is \(screen.drawnWidth(ofRow: y)) wide")
                            }
                        }
                    }
                    return problems
                }
            }
            for await problems in group {
                #expect(problems.isEmpty, "\(problems.prefix(5))")
            }
        }
    }

    @Test func everyPaneAndTheHelpRenderInTheSmallLayoutAtItsLimit() {
        for pane in Pane.allCases {
            let workstation = Fixtures.workstation(width: 40, height: 12, language: .nl)
            while workstation.state.focus != pane { workstation.press(.nextPane) }
            workstation.press(.open)
            let screen = workstation.render()
            #expect((0..<12).allSatisfy { screen.drawnWidth(ofRow: $0) == 40 })
            workstation.press(.help)
            #expect((0..<12).allSatisfy { workstation.render().drawnWidth(ofRow: $0) == 40 })
        }
    }
}
