import ArgumentParser
import GRDB

/// Prints the page size and the leaf pages that hold a table's or an index's rows, so a
/// test can damage exactly the pages a command reads (SQLite's `dbstat` table; read only).
struct PagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pages",
        abstract: "Print the page size, then the leaf pages of a table or index (store tests only)."
    )

    @Option(help: ArgumentHelp("The store file.", valueName: "path"))
    var db: String

    @Option(help: ArgumentHelp("The table or index.", valueName: "name"))
    var of: String

    func run() throws {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: db, configuration: config)
        let (size, pages) = try queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0,
             try Int.fetchAll(db, sql: "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                              arguments: [of]))
        }
        print(([size] + pages).map(String.init).joined(separator: " "))
    }
}
