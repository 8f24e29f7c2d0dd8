import NareisCore

/// The last few cases opened, with what each opening was made of: the case file,
/// its document statuses and the day. The workstation opens the case under its
/// cursor on every move, and often one it showed a moment before (a search letter
/// taken back, the cursor back on a row): that case is not assessed again unless
/// one of the three changed, whoever changed it.
struct RecentlyOpened {
    static let capacity = 8

    private struct Entry {
        var statuses: [ChecklistStatus]
        var asOf: Day
        var open: OpenCase
    }

    /// Most recent first.
    private var entries: [Entry] = []

    func open(_ file: CaseFile, statuses: [ChecklistStatus], asOf: Day) -> OpenCase? {
        entries.first { $0.asOf == asOf && $0.statuses == statuses && $0.open.file == file }?.open
    }

    mutating func remember(_ open: OpenCase, statuses: [ChecklistStatus], asOf: Day) {
        entries.insert(Entry(statuses: statuses, asOf: asOf, open: open), at: 0)
        if entries.count > Self.capacity { entries.removeLast() }
    }
}
