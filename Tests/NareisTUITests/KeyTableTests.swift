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

    /// A pane's chain has no key bound twice outside the global group (which the
    /// pane's own keys come before); an overlay's chain may shadow a later group on
    /// purpose (Right steps a document rather than opening), and then the lookup
    /// answers the first group's action.
    @Test func noKeyMeansTwoThingsInOnePane() {
        for place in [KeyPlace.cases, .search, .tree, .detail, .deadlines] {
            var seen: [Key: Action] = [:]
            for spec in ActionTable.all where place.chain.contexts.contains(spec.context) && spec.context != .global {
                for key in spec.keys {
                    #expect(seen[key] == nil, "\(key.name) is bound to \(seen[key]?.rawValue ?? "") and \(spec.action.rawValue) in \(place)")
                    seen[key] = spec.action
                }
            }
        }
    }

    @Test func theFirstGroupOfAChainWins() {
        for place in KeyPlace.allCases {
            let chain = place.chain
            for context in chain.contexts {
                for spec in ActionTable.all where spec.context == context {
                    for key in spec.keys {
                        let earlier = chain.contexts.prefix { $0 != context }
                            .flatMap { c in ActionTable.all.filter { $0.context == c && $0.keys.contains(key) } }
                        #expect(chain.action(for: key) == (earlier.first?.action ?? spec.action), "\(key.name) in \(place)")
                    }
                }
            }
        }
        #expect(KeyPlace.documents.chain.action(for: .right) == .statusForward)
        #expect(KeyPlace.documents.chain.action(for: .escape) == .back)
        #expect(KeyPlace.eventDay.chain.action(for: .left) == .editLeft)
        #expect(KeyPlace.eventDay.chain.action(for: .character("h")) == nil, "typed into the field")
        #expect(KeyPlace.taskEditor.chain.action(for: .tab) == .nextField)
        #expect(KeyPlace.intake.chain.action(for: .enter) == .nextField)
    }

    @Test func theRequiredKeysDoWhatTheySay() {
        func action(_ key: Key, _ place: KeyPlace) -> Action? { place.chain.action(for: key) }
        #expect(action(.up, .cases) == .moveUp)
        #expect(action(.character("k"), .deadlines) == .moveUp)
        #expect(action(.down, .tree) == .moveDown)
        #expect(action(.character("j"), .cases) == .moveDown)
        #expect(action(.tab, .cases) == .nextPane)
        #expect(action(.backTab, .detail) == .previousPane)
        #expect(action(.enter, .cases) == .open)
        #expect(action(.escape, .detail) == .back)
        #expect(action(.character("/"), .cases) == .search)
        #expect(action(.character("?"), .tree) == .help)
        #expect(action(.character("q"), .deadlines) == .quit)
        #expect(action(.character("q"), .search) == nil)
        #expect(action(.enter, .search) == .acceptSearch)
    }

    @Test func theFooterHintsComeFromTheChain() {
        let screen = Fixtures.workstation().render()
        let footer = screen.line(screen.size.height - 1)
        for spec in KeyPlace.cases.chain.hints {
            #expect(footer.contains(spec.hint!.text(.en)), "footer lacks \(spec.action)")
        }
    }

    @Test func theHelpOverlayListsEveryAction() {
        let workstation = Fixtures.workstation(width: 120, height: 60)
        workstation.press(.help)
        var text = workstation.render().lines.joined(separator: "\n")
        for _ in 0..<4 {                            // the list is longer than the screen: page through it
            workstation.press(.pageDown)
            text += workstation.render().lines.joined(separator: "\n")
        }
        for spec in ActionTable.all {
            #expect(text.contains(spec.description.text(.en)), "help lacks \(spec.action)")
        }
    }
}
