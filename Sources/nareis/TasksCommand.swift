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

    @OptionGroup var window: WindowOptions

    func run() throws {
        let (day, within, json) = (try window.day(), window.within, window.json)
        let language = language.resolve()
        let opened = try store.open(readOnly: true)
        let lines = try storeCall { try opened.openTaskLines(within: within, asOf: day, language: language) }
        writeOutput(TaskList.render(lines, within: within, asOf: day, language: language, format: json ? .json : .table))
    }
}
