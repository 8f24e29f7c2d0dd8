import NareisCasework

/// The SQLite store is the casework layer's storage.
extension CaseStore: CaseStorage {
    public var location: String { path }
    public var searchMatchLimit: Int { Self.searchMatchLimit }

    public func caseIds(matching text: String, filter: CaseFilter, sort: CaseSort) throws -> [String] {
        try caseIds(matching: text, filter: filter, sort: sort, limit: Self.searchMatchLimit)
    }
}
