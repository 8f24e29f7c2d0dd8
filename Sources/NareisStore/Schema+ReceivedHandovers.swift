extension Schema {
    /// The file IDs of the sealed handovers taken into this store, so the same file
    /// (a copy kept on a USB stick, a forwarded e-mail) is not taken in twice. A random
    /// ID and a time: nothing about the case, and kept when the case is erased.
    static let receivedHandovers = """
        CREATE TABLE received_handovers (
            fileId TEXT PRIMARY KEY,
            receivedAt TEXT NOT NULL
        ) WITHOUT ROWID;
        """
}
