import NareisCore

/// Looking after the store itself: the full checks, backups and restoring one.
extension Casework {
    /// SQLite's integrity check, the foreign keys, the search index and every stored
    /// document; with `readBack`, every case read back through the case file reader.
    public func check(readBack: Bool) throws -> CheckReport { try storage.check(readBack: readBack) }

    /// A consistent copy of the store at `destination` (owner-only).
    public func backup(to destination: String) throws { try storage.backup(to: destination) }

    /// Replaces the store with a checked backup.
    public func restore(from source: String) throws {
        try writing { try storage.restore(from: source) }
    }
}
