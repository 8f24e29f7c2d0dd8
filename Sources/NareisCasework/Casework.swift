import NareisCore

/// Everything a counsellor does to cases, once, for both front ends: the commands
/// (`nareis summary`, `export`, `tasks`, ...) and the workstation call these
/// functions, and nothing else touches the store. One `Casework` serves one
/// session (a command, or a workstation): it keeps the last search and the list
/// counts, forgotten after every write it makes.
///
/// No clock: every function that judges time takes the day (`asOf`) from the caller.
public final class Casework {
    let storage: any CaseStorage
    /// The rules: a case assessed on a day.
    let assess: @Sendable (CaseFile, Day) -> Assessment

    public init(storage: any CaseStorage,
                assess: @escaping @Sendable (CaseFile, Day) -> Assessment = { Assessor.assess($0, asOf: $1) }) {
        self.storage = storage
        self.assess = assess
    }

    /// The store's place, for messages.
    public var storeLocation: String { storage.location }

    /// The most cases a search returns (the list then says "type more").
    public var searchMatchLimit: Int { storage.searchMatchLimit }

    /// The last search's case IDs in list order: one query answers its count, and
    /// pages read rows by ID.
    var lastSearch: (query: CaseQuery, asOf: Day, ids: [String])?
    /// Counts by filter (the sort does not change a count): sorting again or clearing
    /// a search needs no recount.
    var counts: [CountKey: Int] = [:]
    /// The cases opened lately, assessed (`openCase`).
    var recentlyOpened = RecentlyOpened()

    struct CountKey: Hashable {
        var query: CaseQuery
        var asOf: Day
    }

    /// After a write (here, or by another process the caller knows of): forget what
    /// was read before it.
    public func forgetReads() {
        lastSearch = nil
        counts = [:]
    }

    /// Runs a write and forgets what was read before it.
    func writing<T>(_ body: () throws -> T) throws -> T {
        defer { forgetReads() }
        return try body()
    }
}
