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
        // The calendar shows open tasks; the spreadsheet neither tasks nor documents.
        let parts: WorklistParts = format == .ics ? .tasks : []
        let generatedAt = Date()
        let options = CaseloadSpreadsheet.Options(separator: separator.first!, byteOrderMark: bom)
        var out = OutputBuffer()
        var count = 0
        var started = false
        // A page of cases at a time (constant memory at any size), assessed on every core.
        func write(_ files: [CaseFile]) throws {
            // Assessing and reading each case's worklist (the store takes readers from
            // several threads) on every core; the first failure is reported.
            let made = parallelMap(files) { file in
                Result { try caseRecord(file, assessment: Assessor.assess(file, asOf: day), language: language,
                                        store: store, parts: parts) }
            }
            let records = try storeCall { try made.map { try $0.get() } }
            count += files.count
            switch format {
            case .json:
                return
            case .ics:
                // Rendering is most of an export's time after reading: on every core too.
                let events = parallelMap(records) { CalendarExport.events(of: [$0], language: language, generatedAt: generatedAt) }
                    .joined()
                guard !events.isEmpty else { return }
                if !started { out.write(CalendarExport.header) }
                out.write(events)
            case .csv:
                if !started { out.write(CaseloadSpreadsheet.header(language: language, options: options)) }
                out.write(parallelMap(records) { CaseloadSpreadsheet.rows(of: [$0], language: language, options: options) }.joined())
            }
            started = true
        }
        if let caseId {
            guard let file = try storeCall({ try store.loadCase(id: caseId) }) else {
                try storeCall { throw StoreError.unknownCase(id: caseId) }
                return
            }
            try write([file])
        } else {
            var last: String?
            while true {
                let page = try storeCall { try store.loadCases(after: last, limit: 512) }
                guard let final = page.last?.id else { break }
                try write(page)
                last = final
            }
        }
        switch format {
        case .json:
            return
        case .ics:
            // RFC 5545 wants at least one event in a calendar.
            guard started else {
                printError("nothing to export: no pending deadline or dated open task in \(count) case(s)")
                return
            }
            out.write(CalendarExport.footer)
        case .csv:
            if !started { out.write(CaseloadSpreadsheet.header(language: language, options: options)) }
        }
        out.flush()
        try storeCall { try store.recordExport(caseId: caseId, count: count) }
    }
}
