import ArgumentParser
import NareisCore
import NareisOutputs
import NareisStore

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print a case summary to hand out or file: family, framework, fees, documents, deadlines, open tasks."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .customLong("case"), help: ArgumentHelp("The case to summarise.", valueName: "id"))
    var caseId: String

    @Option(help: ArgumentHelp("text (to print) or markdown.", valueName: "format"))
    var format: CaseSummary.Format = .text

    @Option(help: ArgumentHelp("Count days from this day (YYYY-MM-DD) instead of today.", valueName: "day"))
    var asOf: String?

    func run() throws {
        let day = try parseDay(asOf, option: "--as-of") ?? today()
        let opened = try store.open()
        let file = try storeCall { try opened.openCase(id: caseId) }
        let language = language.resolve()
        let record = try storeCall { try caseRecord(file, asOf: day, language: language, store: opened) }
        writeOutput(CaseSummary.render(record, language: language, format: format))
    }
}

extension CaseSummary.Format: ExpressibleByArgument {}
