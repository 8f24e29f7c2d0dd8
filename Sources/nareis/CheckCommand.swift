import ArgumentParser
import NareisCasework
import NareisOutputs

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run the full checks on the store: SQLite integrity, foreign keys, search index, every case readable, the audit trail's hash chain."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption

    @Flag(help: "Also read every case back through the case file reader (about a millisecond a case).")
    var readBack = false

    func run() throws {
        let language = language.resolve()
        let opened = try store.open()
        let report = try storeCall { try opened.check(readBack: readBack) }
        let problems = report.problemLines(language)
        guard problems.isEmpty else {
            printError(([CheckText.problems.text(language, opened.storeLocation)] + problems.prefix(50)).joined(separator: "\n"))
            throw ExitStatus.storeProblem
        }
        print(report.soundLines(opened.storeLocation, readBack: readBack, language).joined(separator: "\n"))
    }
}
