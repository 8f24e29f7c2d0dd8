import ArgumentParser
import NareisCore
import NareisOutputs

struct TasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "Every open follow-up task across the store due within DAYS: overdue first, then by due date.",
        discussion: """
        The tasks the rules derive from each case (COA reception, IND appointment, TB test, \
        IOM travel, ...) and the counsellor's own, not yet done. Tasks without a due day are \
        in the workstation's task list (T). See docs/workstation.md.
        """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp("Days ahead to look (default 14).", valueName: "days"))
    var within: Int = 14

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Option(help: ArgumentHelp("Count days from this day (YYYY-MM-DD) instead of today.", valueName: "day"))
    var asOf: String?

    func validate() throws {
        guard (0...3660).contains(within) else {
            throw ValidationError("--within: \(within) is not a number of days from 0 to 3660")
        }
    }

    func run() throws {
        let day = try parseDay(asOf, option: "--as-of") ?? today()
        let language = language.resolve()
        let opened = try store.open(readOnly: true)
        let lines = try storeCall { try opened.openTaskLines(within: within, asOf: day, language: language) }
        writeOutput(TaskList.render(lines, within: within, asOf: day, language: language, format: json ? .json : .table))
    }
}
