import ArgumentParser
import NareisCore
import NareisOutputs

struct DuplicatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "Pairs of stored cases that may hold one family: a shared V-number, or two people by name and birth year.",
        discussion: """
        Names are compared by their spelling variants and in either script (Mohammed, \
        Muhammad and محمد meet); birth years may differ by one. The intake asks the same \
        before a new case is saved. See docs/duplicates.md.
        """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.resolve()
        let opened = try store.open(readOnly: true)
        let pairs = try storeCall { try opened.duplicateCases() }
        writeOutput(DuplicateList.render(pairs, language: language))
    }
}
