import Foundation
import NareisCore
import NareisOutputs

/// What leaves the workstation: a case summary, the COA e-mail, the calendar and the
/// caseload spreadsheet, and the case files themselves. The outputs render; this
/// gathers what they need from the store (assessment, tasks, document status).
extension Casework {
    /// What of a case's worklist an output shows (each part is a store read per case).
    public struct WorklistParts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let tasks = WorklistParts(rawValue: 1)
        public static let documents = WorklistParts(rawValue: 2)
    }

    /// A stored case made ready for the outputs, with (as asked) its tasks and the
    /// recorded status of its documents.
    public func caseRecord(_ file: CaseFile, assessment: Assessment, language: Language,
                           parts: WorklistParts = [.tasks, .documents]) throws -> CaseRecord {
        try Self.caseRecord(file, assessment: assessment, language: language, parts: parts, storage: storage)
    }

    /// The same for any thread (an export reads the worklists of a page of cases on
    /// every core; the store takes readers from several threads).
    static func caseRecord(_ file: CaseFile, assessment: Assessment, language: Language, parts: WorklistParts,
                           storage: any CaseStorage) throws -> CaseRecord {
        var record = CaseRecord(file: file, assessment: assessment)
        let caseId = file.id ?? ""
        if parts.contains(.tasks) {
            record.tasks = try storage.tasks(caseId: caseId).map { OutputTask($0, language: language) }
        }
        if parts.contains(.documents) {
            let progress = ChecklistProgress(try storage.checklistStatuses(caseId: caseId))
            record.documents = progress
            record.assessment = assessment.addingDocumentWarnings(file) { progress.state(member: $0, item: $1) }
        }
        return record
    }

    /// A printable summary of a stored case on `asOf` (the audit trail records a view).
    public func summary(caseId: String, asOf: Day, language: Language, format: CaseSummary.Format) throws -> String {
        let file = try storage.openCase(id: caseId)
        let record = try caseRecord(file, assessment: assess(file, asOf), language: language)
        return CaseSummary.render(record, language: language, format: format)
    }

    /// The e-mail asking the COA for reception (the audit trail records a view). A
    /// missing fact is refused by `ReceptionRequest.draft`, naming it.
    public func receptionRequest(caseId: String, asOf: Day, replyTo: String?, language: Language) throws -> ReceptionEmail {
        let file = try storage.openCase(id: caseId)
        return try ReceptionRequest.draft(file, asOf: asOf, replyTo: replyTo, language: language)
    }

    /// Writes the stored cases as `nareis-case/1`: one case file, or (no `caseId`) a
    /// JSON array of all, streamed a case at a time. One audit line. Returns the count.
    @discardableResult
    public func exportCaseFiles(caseId: String?, write: (String) -> Void) throws -> Int {
        if let caseId {
            let file = try requireCase(id: caseId)
            try storage.recordExport(caseId: caseId, count: 1)
            write(CaseFileWriter.text(file) + "\n")
            return 1
        }
        // Laid out exactly as JSONWriter lays out an array.
        var count = 0
        try storage.forEachCaseDocument(indentLevel: 1) { document in
            write(count == 0 ? "[\n  " : ",\n  ")
            write(document)
            count += 1
        }
        write(count == 0 ? "[]\n" : "\n]\n")
        try storage.recordExport(caseId: nil, count: count)
        return count
    }

    /// The calendar or spreadsheet export.
    public enum ExportFormat: Sendable {
        /// Pending deadlines and open dated tasks (RFC 5545), stamped `generatedAt`.
        case calendar(generatedAt: Date)
        /// The caseload, one row per family member.
        case spreadsheet(CaseloadSpreadsheet.Options)
    }

    /// How an export ended.
    public enum ExportOutcome: Equatable, Sendable {
        /// Written (and audited), with how many cases it covered.
        case written(cases: Int)
        /// A calendar with no event: nothing was written (RFC 5545 wants one at least).
        case nothingToExport(cases: Int)
    }

    /// Exports one case or every case (a page of 512 at a time, so memory stays flat at
    /// any size; each page assessed and rendered on every core) through `write`.
    public func export(_ format: ExportFormat, caseId: String?, asOf: Day, language: Language,
                       write: (String) -> Void) throws -> ExportOutcome {
        // The calendar shows open tasks; the spreadsheet neither tasks nor documents.
        let parts: WorklistParts
        if case .calendar = format { parts = .tasks } else { parts = [] }
        var count = 0
        var started = false
        func page(_ files: [CaseFile]) throws {
            let (storage, assess) = (self.storage, self.assess)
            let made = parallelMap(files) { file in
                Result { try Self.caseRecord(file, assessment: assess(file, asOf), language: language, parts: parts,
                                             storage: storage) }
            }
            let records = try made.map { try $0.get() }
            count += files.count
            switch format {
            case .calendar(let generatedAt):
                let events = parallelMap(records) { CalendarExport.events(of: [$0], language: language, generatedAt: generatedAt) }
                    .joined()
                guard !events.isEmpty else { return }
                if !started { write(CalendarExport.header) }
                write(events)
            case .spreadsheet(let options):
                if !started { write(CaseloadSpreadsheet.header(language: language, options: options)) }
                write(parallelMap(records) { CaseloadSpreadsheet.rows(of: [$0], language: language, options: options) }.joined())
            }
            started = true
        }
        if let caseId {
            try page([requireCase(id: caseId)])
        } else {
            var last: String?
            while true {
                let files = try storage.loadCases(after: last, limit: 512)
                guard let final = files.last?.id else { break }
                try page(files)
                last = final
            }
        }
        switch format {
        case .calendar:
            guard started else { return .nothingToExport(cases: count) }
            write(CalendarExport.footer)
        case .spreadsheet(let options):
            if !started { write(CaseloadSpreadsheet.header(language: language, options: options)) }
        }
        try storage.recordExport(caseId: caseId, count: count)
        return .written(cases: count)
    }
}

extension ChecklistProgress {
    /// The recorded statuses of a case, for the outputs and the document warnings.
    init(_ statuses: [ChecklistStatus]) {
        self.init()
        for status in statuses { set(status.status, member: status.memberId, item: status.itemId) }
    }
}
