import Foundation
import Testing
@testable import NareisTUI

@Suite("The action table")
struct KeyTableTests {
    static let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/keybindings.md")

    @Test func docsKeybindingsIsGeneratedFromTheTable() throws {
        let generated = KeybindingsDocument.markdown()
        if ProcessInfo.processInfo.environment["NAREIS_RECORD_SNAPSHOTS"] == "1" {
            try generated.write(to: Self.doc, atomically: true, encoding: .utf8)
        }
        let file = try String(contentsOf: Self.doc, encoding: .utf8)
        #expect(file == generated, "docs/keybindings.md is stale: run nareis keys --markdown > docs/keybindings.md")
    }

    @Test func everyActionHasARow() {
        for action in Action.allCases {
            #expect(ActionTable.all.filter { $0.action == action }.count == 1, "\(action) needs exactly one row")
        }
    }

    @Test func noKeyMeansTwoThingsInOnePane() {
        for pane in Pane.allCases {
            for searching in [false, true] {
                let active = ActionTable.all.filter { $0.context.applies(to: pane, searching: searching) }
                var seen: [Key: Action] = [:]
                for spec in active where spec.context != .global {
                    for key in spec.keys {
                        #expect(seen[key] == nil, "\(key.name) is bound to \(seen[key]?.rawValue ?? "") and \(spec.action.rawValue) in \(pane)")
                        seen[key] = spec.action
                    }
                }
            }
        }
    }

    @Test func theRequiredKeysDoWhatTheySay() {
        #expect(ActionTable.action(for: .up, in: .cases) == .moveUp)
        #expect(ActionTable.action(for: .character("k"), in: .deadlines) == .moveUp)
        #expect(ActionTable.action(for: .down, in: .tree) == .moveDown)
        #expect(ActionTable.action(for: .character("j"), in: .cases) == .moveDown)
        #expect(ActionTable.action(for: .tab, in: .cases) == .nextPane)
        #expect(ActionTable.action(for: .backTab, in: .detail) == .previousPane)
        #expect(ActionTable.action(for: .enter, in: .cases) == .open)
        #expect(ActionTable.action(for: .escape, in: .detail) == .back)
        #expect(ActionTable.action(for: .character("/"), in: .cases) == .search)
        #expect(ActionTable.action(for: .character("?"), in: .tree) == .help)
        #expect(ActionTable.action(for: .character("q"), in: .deadlines) == .quit)
        #expect(ActionTable.action(for: .character("q"), in: .cases, searching: true) == nil)
        #expect(ActionTable.action(for: .enter, in: .cases, searching: true) == .acceptSearch)
    }

    @Test func theFooterHintsComeFromTheTable() {
        let screen = Fixtures.workstation().render()
        let footer = screen.line(screen.size.height - 1)
        for spec in ActionTable.hints(for: .cases) {
            #expect(footer.contains(spec.hint!.text(.en)), "footer lacks \(spec.action)")
        }
    }

    @Test func theHelpOverlayListsEveryAction() {
        let workstation = Fixtures.workstation(width: 120, height: 60)
        workstation.handle(.character("?"))
        var text = workstation.render().lines.joined(separator: "\n")
        for _ in 0..<4 {                            // the list is longer than the screen: page through it
            workstation.handle(.pageDown)
            text += workstation.render().lines.joined(separator: "\n")
        }
        for spec in ActionTable.all {
            #expect(text.contains(spec.description.text(.en)), "help lacks \(spec.action)")
        }
    }
}
