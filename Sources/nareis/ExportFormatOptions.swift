import ArgumentParser
import Foundation
import NareisCore
import NareisOutputs
import NareisStore

/// `nareis export --format json|ics|csv` and the options of the calendar and
/// spreadsheet formats (the JSON export is the store's own, unchanged).
struct ExportFormatOptions: ParsableArguments {
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case json, ics, csv
    }

    @Option(help: ArgumentHelp("json (case files, the default), ics (deadlines and tasks for a calendar) "
                               + "or csv (the caseload, one row per family member).", valueName: "format"))
    var format: Format = .json

    @Option(help: ArgumentHelp("CSV field separator: , or ; (for Dutch Excel).", valueName: "char"))
    var separator: String = ","

    @Flag(help: "Start the CSV with a UTF-8 byte order mark, so Excel reads names in any script.")
    var bom = false

    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp("Assess on this day (YYYY-MM-DD) instead of today.", valueName: "day"))
    var asOf: String?

    func validate() throws {
        guard separator.count == 1, let character = separator.first,
              CaseloadSpreadsheet.Options.separators.contains(character) else {
            throw ValidationError("--separator: \"\(separator)\" is not a separator (expected , or ;)")
        }
        if format != .csv && (bom || separator != ",") {
            throw ValidationError("--separator and --bom apply to --format csv only")
        }
    }

    func export(from store: CaseStore, caseId: String?) throws {
        let day = try parseDay(asOf, option: "--as-of") ?? today()
        let language = language.resolve()
        var files: [CaseFile] = []
        if let caseId {
            guard let file = try storeCall({ try store.loadCase(id: caseId) }) else {
                try storeCall { throw StoreError.unknownCase(id: caseId) }
                return
            }
            files = [file]
        } else {
            try storeCall { try store.forEachCase { files.append($0) } }
        }
        // The calendar shows open tasks; the spreadsheet neither tasks nor documents.
        let parts: WorklistParts = format == .ics ? .tasks : []
        let records = try files.map { try caseRecord($0, asOf: day, language: language, store: store, parts: parts) }
        switch format {
        case .json:
            return
        case .ics:
            guard CalendarExport.eventCount(records, language: language) > 0 else {
                printError("nothing to export: no pending deadline or dated open task in \(files.count) case(s)")
                return
            }
            writeOutput(CalendarExport.render(records, language: language, generatedAt: Date()))
        case .csv:
            let options = CaseloadSpreadsheet.Options(separator: separator.first!, byteOrderMark: bom)
            writeOutput(CaseloadSpreadsheet.render(records, language: language, options: options))
        }
        try storeCall { try store.recordExport(caseId: caseId, count: files.count) }
    }
}
