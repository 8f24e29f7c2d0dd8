import NareisCore
import Testing
@testable import NareisTUI

/// Every pane as text at 120x40 and 80x24 and in the small layout. Re-record with
/// NAREIS_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests, then read the diff.
@Suite("Screens as text")
struct SnapshotTests {
    static let sizes = [(120, 40), (80, 24), (40, 12)]

    /// A workstation showing `pane` with the Tesfay case open on its child.
    static func showing(_ pane: Pane, width: Int, height: Int, language: Language = .en) -> Workstation {
        let workstation = Fixtures.workstation(width: width, height: height, language: language)
        while workstation.state.cases.selectedRow?.id != "NR-2024-0001" { workstation.press(.moveDown) }
        workstation.press(.open)                    // the family tree
        workstation.press(.moveDown, times: 2)      // the child
        while workstation.state.focus != pane { workstation.press(.nextPane) }
        return workstation
    }

    @Test(arguments: [Pane.cases, .tree, .detail, .deadlines])
    func paneAtEverySize(pane: Pane) {
        for (width, height) in Self.sizes {
            let workstation = Self.showing(pane, width: width, height: height)
            Snapshot.check(workstation.render(), named: "\(pane.rawValue)-\(width)x\(height)")
        }
    }

    @Test func dutchFullLayout() {
        Snapshot.check(Self.showing(.detail, width: 120, height: 40, language: .nl).render(), named: "detail-120x40-nl")
    }

    @Test func searchingAndHelp() {
        let workstation = Fixtures.workstation(width: 80, height: 24)
        workstation.press(.search)
        workstation.type("tesf")
        Snapshot.check(workstation.render(), named: "search-80x24")
        let help = Fixtures.workstation(width: 80, height: 24)
        help.press(.help)
        Snapshot.check(help.render(), named: "help-80x24")
    }

    @Test func hostileTextIsShownWithMarkers() {
        let workstation = Fixtures.workstation(width: 120, height: 40)
        while workstation.state.cases.selectedRow?.id != "NR-2024-0003" { workstation.press(.moveDown) }
        let screen = workstation.render()
        Snapshot.check(screen, named: "hostile-120x40")
        let text = screen.lines.joined()
        #expect(text.contains("Evil␛[2J␛]0;pwned␇Name"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x85 })
    }

    @Test func tooSmall() {
        Snapshot.check(Fixtures.workstation(width: 30, height: 8).render(), named: "too-small-30x8")
    }

    @Test func urgencyReadsWithoutColour() {
        let text = Self.showing(.deadlines, width: 120, height: 40).render().lines.joined(separator: "\n")
        #expect(text.contains("!! overdue"))
        let ago = Urgency(due: Fixtures.day("2024-05-29"), asOf: Fixtures.asOf, language: .en)
        #expect(ago.text == "!! overdue 3d")
        #expect(Urgency(due: Fixtures.day("2024-06-05"), asOf: Fixtures.asOf, language: .en).text == "! 4d left")
        #expect(Urgency(due: Fixtures.day("2024-06-01"), asOf: Fixtures.asOf, language: .nl).text == "!! vandaag")
    }
}
