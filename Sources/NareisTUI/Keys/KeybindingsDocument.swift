import NareisCore

/// docs/keybindings.md, generated from the action table so it never drifts.
/// Regenerate with `nareis keys --markdown > docs/keybindings.md`; a test fails
/// when the file and the table differ.
public enum KeybindingsDocument {
    public static func markdown(language: Language = .en) -> String {
        var text = """
        # Keys of the workstation

        Generated from the action table (`Sources/NareisTUI/Keys/ActionTable.swift`) by
        `nareis keys --markdown > docs/keybindings.md`; do not edit by hand. The same table,
        read through the chains at the end (`Sources/NareisTUI/Keys/KeyChain.swift`), drives
        the key handling, the footer hints and the `?` help overlay.

        """
        for context in KeyContext.allCases {
            let specs = ActionTable.all.filter { $0.context == context }
            guard !specs.isEmpty else { continue }
            text += "\n## " + HelpOverlay.contextTitle(context).text(language) + "\n\n"
            text += "| action | keys | what it does |\n|---|---|---|\n"
            for spec in specs {
                let keys = spec.keys.map { "`" + $0.name + "`" }.joined(separator: ", ")
                text += "| `\(spec.action.rawValue)` | \(keys) | \(spec.description.text(language)) |\n"
            }
        }
        text += "\n## " + UIText.keyChainsTitle.text(language) + "\n\n" + UIText.keyChainsIntro.text(language) + " "
            + UIText.keyChainHelp.text(language) + "\n\n"
        text += "| " + UIText.keyChainPlace.text(language) + " | " + UIText.keyChainContexts.text(language) + " |\n|---|---|\n"
        for place in KeyPlace.allCases {
            let chain = place.chain
            let groups = chain.contexts.map { HelpOverlay.contextTitle($0).text(language) }
                + chain.borrowed.map { "`" + $0.rawValue + "`" }
            text += "| " + place.title.text(language) + " | " + groups.joined(separator: " → ") + " |\n"
        }
        return text
    }
}
