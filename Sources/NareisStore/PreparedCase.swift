import Foundation
import NareisCore

/// Everything stored for one case, computed from the case file and its assessment
/// without touching the database, so that imports can prepare many cases on every
/// core while one thread writes.
struct PreparedCase: Sendable {
    struct MemberRow: Sendable {
        var id, name: String
        var latinName, vNumber: String?
        var relationship, birthDate, nationality, stage: String
        /// The member's required documents at this write, as `,id1,id2,` (for SQL `instr`), and how many.
        var checklistItems: String = ","
        var checklistCount: Int64 = 0
        /// The day of each procedure event, in `ProcedureEvents.columns` order.
        var events: [String?]
    }

    /// A pending deadline (the `done` column stays NULL).
    struct DeadlineRow: Sendable {
        var memberId, deadlineId, due: String
        var rule: String
    }

    var id: String
    var document: String
    var sponsorName: String
    var sponsorLatinName: String?
    var sponsorVNumber: String?
    var sponsorNationality: String
    var sortName: String
    var counsellor: String?
    var stage: String
    var nextDue: String?
    var members: [MemberRow]
    var deadlines: [DeadlineRow]
    var searchText: String

    /// - Precondition: `file.id` is set.
    init(_ file: CaseFile, assessment: Assessment) {
        id = file.id!
        let sponsor = file.sponsor
        document = JSONWriter.string(CaseFileWriter.json(file), pretty: false)
        sponsorName = sponsor.name
        sponsorLatinName = sponsor.latinName
        sponsorVNumber = sponsor.vNumber
        sponsorNationality = sponsor.nationality
        sortName = (sponsor.latinName ?? sponsor.name).foldedKey
        counsellor = sponsor.counsellor
        stage = CaseStage.of(file).rawValue
        members = file.members.map {
            MemberRow(id: $0.id, name: $0.name, latinName: $0.latinName, vNumber: $0.vNumber,
                      relationship: $0.relationship.rawValue, birthDate: $0.birthDate.description,
                      nationality: $0.nationality, stage: CaseStage.of($0.procedure).rawValue,
                      events: ProcedureEvents.days(of: $0.procedure))
        }
        let checklists = Dictionary(assessment.members.map { ($0.id, $0.checklist.map(\.id)) }, uniquingKeysWith: { first, _ in first })
        for index in members.indices {
            let items = checklists[members[index].id] ?? []
            members[index].checklistItems = Self.checklistColumn(items)
            members[index].checklistCount = Int64(items.count)
        }
        let memberIds = Set(file.members.map(\.id))
        var deadlines: [DeadlineRow] = []
        var seen: Set<String> = []
        var next: Day?
        // Only pending deadlines are stored: every reader asks for those alone, and a
        // met or late one is in the assessment of the stored document when needed.
        for member in assessment.members where memberIds.contains(member.id) {
            for d in member.deadlines where seen.insert(member.id + "\u{0}" + d.id).inserted && d.done == nil {
                deadlines.append(DeadlineRow(memberId: member.id, deadlineId: d.id, due: d.due.iso, rule: d.rule))
                if next.map({ d.due < $0 }) ?? true { next = d.due }
            }
        }
        self.deadlines = deadlines
        nextDue = next?.iso
        searchText = Self.searchText(file)
    }

    /// Checklist item IDs as stored in `members.checklistItems`: `,a,b,` (empty: `,`).
    static func checklistColumn(_ items: [String]) -> String {
        "," + items.map { $0 + "," }.joined()
    }

    /// Everything a counsellor may type to find a case: its ID, V-numbers, and every
    /// name as given and in Latin spelling.
    static func searchText(_ file: CaseFile) -> String {
        var parts: [String?] = [file.id, file.sponsor.name, file.sponsor.latinName, file.sponsor.vNumber]
        for m in file.members { parts += [m.name, m.latinName, m.vNumber] }
        return parts.compactMap { $0 }.joined(separator: " ")
    }

    /// Prepares cases on every core, keeping their order.
    static func prepareAll(_ files: [CaseFile], on day: Day,
                           assess: @Sendable (CaseFile, Day) -> Assessment) -> [PreparedCase] {
        guard files.count > 64 else { return files.map { PreparedCase($0, assessment: assess($0, day)) } }
        let chunks = min(ProcessInfo.processInfo.activeProcessorCount * 2, 16)
        let size = (files.count + chunks - 1) / chunks
        let results = PreparedChunks(count: chunks)
        files.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let all = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let range = (chunk * size)..<min(files.count, (chunk + 1) * size)
                guard !range.isEmpty else { return }
                results.set(chunk, range.map { PreparedCase(all[$0], assessment: assess(all[$0], day)) })
            }
        }
        return results.joined()
    }
}

/// The per-chunk results of `prepareAll`, each written by exactly one worker.
private final class PreparedChunks: @unchecked Sendable {
    private var chunks: [[PreparedCase]]
    private let lock = NSLock()
    init(count: Int) { chunks = Array(repeating: [], count: count) }
    func set(_ index: Int, _ value: [PreparedCase]) { lock.withLock { chunks[index] = value } }
    func joined() -> [PreparedCase] { lock.withLock { chunks.flatMap { $0 } } }
}

/// A chunk of cases being prepared in the background; `wait()` gives them in order.
final class PreparedBatch: @unchecked Sendable {
    private var cases: [PreparedCase] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ files: [CaseFile], on day: Day, assess: @escaping @Sendable (CaseFile, Day) -> Assessment) {
        DispatchQueue.global().async { [self] in
            cases = PreparedCase.prepareAll(files, on: day, assess: assess)
            done.signal()
        }
    }

    func wait() -> [PreparedCase] {
        done.wait()
        return cases
    }

    /// Drops this batch's cases (and `handedOut`, the caller's copy of them) on
    /// another thread.
    func release(_ handedOut: consuming [PreparedCase]) {
        let all = (cases, handedOut)
        cases = []
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(all) {} }
    }
}
