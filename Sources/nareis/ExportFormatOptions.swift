import ArgumentParser
import Foundation
import NareisCore
import NareisOutputs
import NareisCasework

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

    /// The calendar or the spreadsheet, through the casework layer, to standard output.
    func export(from casework: Casework, caseId: String?, storePath: String) throws {
        let day = try parseDay(asOf, option: "--as-of") ?? today()
        let chosen: Casework.ExportFormat
        switch format {
        case .json: return
        case .ics: chosen = .calendar(generatedAt: Date())
        case .csv: chosen = .spreadsheet(CaseloadSpreadsheet.Options(separator: separator.first!, byteOrderMark: bom))
        }
        var out = OutputBuffer(spoolBeside: storePath)
        let outcome = try storeCall {
            try casework.export(chosen, caseId: caseId, asOf: day, language: language.resolve()) { out.write($0) }
        }
        try out.flush()
        if case .nothingToExport(let count) = outcome {
            printError("nothing to export: no pending deadline or dated open task in \(count) case(s)")
        }
    }
}
