import ArgumentParser
import NareisCasework

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run the full checks on the store: SQLite integrity, foreign keys, search index, every case readable."
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Also read every case back through the case file reader (about a millisecond a case).")
    var readBack = false

    func run() throws {
        let opened = try store.open()
        let report = try storeCall { try opened.check(readBack: readBack) }
        let problems = report.integrity + report.foreignKeys + report.searchIndex
            + report.unreadableCases.map { "case \($0) does not read back as a case file" }
        guard problems.isEmpty else {
            printError("\(opened.storeLocation) has problems; restore a backup (nareis restore) or keep a copy before changing anything:\n"
                       + problems.prefix(50).joined(separator: "\n"))
            throw ExitStatus.storeProblem
        }
        print("\(opened.storeLocation): sound (\(report.cases) cases; integrity, foreign keys, search index and case documents checked\(readBack ? ", every case read back" : ""))")
    }
}
