import ArgumentParser
import Foundation
import NareisCore
import NareisTUI

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the workstation's keys (docs/keybindings.md is this output with --markdown)."
    )

    @Flag(help: "Print Markdown, as in docs/keybindings.md.")
    var markdown = false

    @Option(help: "Language of the descriptions: en or nl.")
    var lang: String = "en"

    func run() throws {
        guard let language = Language(rawValue: lang) else {
            printError("--lang: \"\(lang)\" is not a language (expected en or nl)")
            throw ExitStatus.badInput
        }
        if markdown {
            print(KeybindingsDocument.markdown(language: language), terminator: "")
        } else {
            for spec in ActionTable.all {
                print(ActionTable.keyNames(spec).padding(toLength: 16, withPad: " ", startingAt: 0)
                      + spec.description.text(language))
            }
        }
    }
}
