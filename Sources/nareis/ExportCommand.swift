import ArgumentParser
import Foundation
import NareisCore
import NareisCasework

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print stored cases as a JSON array of case files (nareis-case/1); with --case, that one case file.",
        discussion: """
        --format ics prints the pending deadlines and open tasks as an iCalendar file (RFC 5545) \
        for Outlook; --format csv the caseload for spreadsheets, one row per family member. \
        See docs/outputs.md.
        """
    )

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("case"), help: ArgumentHelp("Export only this case.", valueName: "id"))
    var caseId: String?

    @OptionGroup var spreadsheet: ExportFormatOptions

    func run() throws {
        let opened = try store.open()
        if spreadsheet.format != .json {
            return try spreadsheet.export(from: opened, caseId: caseId, storePath: store.path)
        }
        var out = OutputBuffer(spoolBeside: store.path)
        _ = try storeCall { try opened.exportCaseFiles(caseId: caseId) { out.write($0) } }
        try out.flush()
    }
}
