import ArgumentParser
import Foundation
import NareisCore
import NareisStore

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
            return try spreadsheet.export(from: opened, caseId: caseId)
        }
        if let caseId {
            guard let file = try storeCall({ try opened.loadCase(id: caseId) }) else {
                try storeCall { throw StoreError.unknownCase(id: caseId) }
                return
            }
            try storeCall { try opened.recordExport(caseId: caseId, count: 1) }
            print(CaseFileWriter.text(file))
            return
        }
        // Streamed case by case, laid out exactly as JSONWriter lays out an array.
        var out = OutputBuffer()
        var count = 0
        try storeCall {
            try opened.forEachCaseDocument(indentLevel: 1) { document in
                out.write(count == 0 ? "[\n  " : ",\n  ")
                out.write(document)
                count += 1
            }
        }
        out.write(count == 0 ? "[]\n" : "\n]\n")
        out.flush()
        try storeCall { try opened.recordExport(caseId: nil, count: count) }
    }
}
