import ArgumentParser
import NareisCore
import NareisOutputs
import NareisCasework

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
        let language = language.resolve()
        writeOutput(try storeCall { try opened.summary(caseId: caseId, asOf: day, language: language, format: format) })
    }
}

extension CaseSummary.Format: ExpressibleByArgument {}
