import Foundation
import NareisCore
import NareisStore

/// `WorkstationData` over case files held in memory: for tests and previews.
/// Assessments are made once at creation with `assess`, so it is fast to read.
public final class InMemoryWorkstationData: WorkstationData {
    struct Entry {
        var file: CaseFile
        var assessment: Assessment
        var row: CaseListRow
        var lastChange: Day?
        var searchText: String
    }

    private let entries: [Entry]
    private let allDeadlines: [DeadlineRow]
    private let assess: @Sendable (CaseFile, Day) -> Assessment

    /// - Parameters:
    ///   - lastChange: the day each case was last changed, by case ID (default: none).
    public init(cases: [CaseFile], asOf: Day, lastChange: [String: Day] = [:],
                assess: @escaping @Sendable (CaseFile, Day) -> Assessment = { Assessor.assess($0, asOf: $1) }) {
        self.assess = assess
        var entries: [Entry] = []
        var deadlines: [DeadlineRow] = []
        for (index, file) in cases.enumerated() {
            var file = file
            let id = file.id ?? "case-\(index + 1)"
            file.id = id
            let assessment = assess(file, asOf)
            var pending: [Day] = []
            for member in assessment.members {
                let recorded = file.members.first { $0.id == member.id }
                for deadline in member.deadlines where deadline.isPending {
                    pending.append(deadline.due)
                    deadlines.append(DeadlineRow(caseId: id, memberId: member.id, memberName: recorded?.name ?? member.id,
                                                 memberLatinName: recorded?.latinName, deadline: deadline.id,
                                                 due: deadline.due, rule: deadline.rule))
                }
            }
            let row = CaseListRow(id: id, name: file.sponsor.name, latinName: file.sponsor.latinName, stage: .of(file),
                                  nextDue: pending.min(), counsellor: file.sponsor.counsellor, documentsComplete: 0,
                                  documentsRequired: assessment.members.reduce(0) { $0 + $1.checklist.count })
            let words = [id, file.sponsor.name, file.sponsor.latinName ?? "", file.sponsor.vNumber ?? ""]
                + file.members.flatMap { [$0.name, $0.latinName ?? "", $0.vNumber ?? ""] }
            entries.append(Entry(file: file, assessment: assessment, row: row, lastChange: lastChange[id],
                                 searchText: Self.fold(words.joined(separator: " "))))
        }
        self.entries = entries
        allDeadlines = deadlines.sorted { ($0.due, $0.caseId, $0.memberId) < ($1.due, $1.caseId, $1.memberId) }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private func matching(_ query: CaseQuery, asOf: Day? = nil) -> [Entry] {
        let needle = Self.fold(query.search.trimmingCharacters(in: .whitespaces))
        let filtered = entries.filter { entry in
            if let stage = query.stage, entry.row.stage != stage { return false }
            if let counsellor = query.counsellor, entry.row.counsellor != counsellor { return false }
            if query.overdueOnly, !entry.assessment.members.contains(where: { $0.deadlines.contains { $0.state == .overdue } }) {
                return false
            }
            if !needle.isEmpty, !needle.split(separator: " ").allSatisfy({ entry.searchText.contains($0) }) { return false }
            return true
        }
        switch query.sort {
        case .nextDeadline:
            return filtered.sorted { ($0.row.nextDue ?? Day(ordinal: Int.max / 4), $0.row.id) < ($1.row.nextDue ?? Day(ordinal: Int.max / 4), $1.row.id) }
        case .name:
            return filtered.sorted { (($0.row.latinName ?? $0.row.name), $0.row.id) < (($1.row.latinName ?? $1.row.name), $1.row.id) }
        case .lastChange:
            return filtered.sorted { ($0.lastChange ?? Day(ordinal: 0), $0.row.id) > ($1.lastChange ?? Day(ordinal: 0), $1.row.id) }
        }
    }

    public func caseCount(_ query: CaseQuery) throws -> Int { matching(query).count }

    public func cases(_ query: CaseQuery, offset: Int, limit: Int) throws -> [CaseListRow] {
        let all = matching(query)
        guard offset < all.count else { return [] }
        return all[max(0, offset)..<min(all.count, offset + limit)].map(\.row)
    }

    public func counsellors() throws -> [String] {
        Array(Set(entries.compactMap(\.row.counsellor))).sorted()
    }

    private func pendingDeadlines(within days: Int, asOf: Day) -> [DeadlineRow] {
        let last = asOf.adding(days: days)
        let due = allDeadlines.filter { $0.due <= last }
        return due.filter { $0.due < asOf } + due.filter { $0.due >= asOf }
    }

    public func deadlineCount(within days: Int, asOf: Day) throws -> Int { pendingDeadlines(within: days, asOf: asOf).count }

    public func deadlines(within days: Int, asOf: Day, offset: Int, limit: Int) throws -> [DeadlineRow] {
        let all = pendingDeadlines(within: days, asOf: asOf)
        guard offset < all.count else { return [] }
        return Array(all[max(0, offset)..<min(all.count, offset + limit)])
    }

    public func openCase(id: String, asOf: Day) throws -> OpenCase? {
        guard let entry = entries.first(where: { $0.row.id == id }) else { return nil }
        return OpenCase(file: entry.file, assessment: assess(entry.file, asOf))
    }

    /// Cases opened with Enter, in order (the store records these in its audit trail).
    public private(set) var viewed: [String] = []

    public func recordView(caseId: String) throws { viewed.append(caseId) }
}
