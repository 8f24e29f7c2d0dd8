import NareisCore

/// What a laptop knows of one case on the team server: the version its last sync
/// saw, and that version's document (the base of a three-way merge).
public struct SyncRecord: Hashable, Sendable {
    /// The server version of `base` (0: the server has never had the case).
    public var version: Int64
    /// The server's document at `version`; nil when the case was erased there.
    public var base: String?
    /// A colleague's version that collides with this laptop's changes, waiting for the
    /// counsellor to choose field by field (nil: no collision).
    public var theirs: String?
    public var theirsVersion: Int64?

    public var isErased: Bool { base == nil && version > 0 }
    public var isConflicted: Bool { theirs != nil }

    public init(version: Int64, base: String?, theirs: String? = nil, theirsVersion: Int64? = nil) {
        self.version = version
        self.base = base
        self.theirs = theirs
        self.theirsVersion = theirsVersion
    }
}

/// One case's part of a sync, written by the store in one transaction with the others
/// of its batch.
public struct SyncWrite: Sendable {
    public enum Content: Sendable {
        /// The case as this document (stored anew, its derived rows computed again).
        case document(SyncDocument)
        /// The case is erased here (a colleague erased it).
        case erase
        /// The case stays as it is; only the record changes.
        case keep
    }

    public var caseId: String
    public var content: Content
    public var record: SyncRecord
    /// The case's sync document text when the sync read it: the write is skipped when
    /// the case changed since (an edit made meanwhile is never overwritten; the next
    /// sync takes it up). nil: the case was not stored.
    public var expectedLocal: String?
    /// The case has changes for the server after this write (a merge of both sides).
    public var waiting: Bool
    /// The document's case file, when the sync read it already (on every core): the
    /// store then need not read it again.
    public var caseFile: CaseFile?

    public init(caseId: String, content: Content, record: SyncRecord, expectedLocal: String?, waiting: Bool = false,
                caseFile: CaseFile? = nil) {
        self.caseId = caseId
        self.content = content
        self.record = record
        self.expectedLocal = expectedLocal
        self.waiting = waiting
        self.caseFile = caseFile
    }
}

/// A stored case ready to offer to the server.
public struct LocalSyncCase: Sendable {
    public var document: SyncDocument
    /// `document.text`, once.
    public var text: String
    public var counsellor: String?
    public var pendingDeadlines: [ChangedDeadline]

    public init(document: SyncDocument, counsellor: String?, pendingDeadlines: [ChangedDeadline]) {
        self.document = document
        self.text = document.text
        self.counsellor = counsellor
        self.pendingDeadlines = pendingDeadlines
    }
}

/// Where the laptop stands with the team server, for the status line.
public struct SyncStatus: Hashable, Sendable {
    /// When the last sync ended (ISO 8601 UTC); nil before the first.
    public var lastSync: String?
    /// Cases changed here and not yet on the server.
    public var waiting: Int
    /// Cases where a colleague's change collides with one made here.
    public var conflicts: Int

    public init(lastSync: String?, waiting: Int, conflicts: Int) {
        self.lastSync = lastSync
        self.waiting = waiting
        self.conflicts = conflicts
    }
}

/// What a laptop's store keeps about its team sync.
public enum SyncSetting: String, Sendable {
    /// The server's change order the pull has come to.
    case pulledThrough
    /// The audit line the waiting list was last collected up to.
    case auditCollected
    /// When the last sync ended (ISO 8601 UTC).
    case lastSync
    /// The team the store syncs with (a store never mixes two teams' cases).
    case team
    /// The tag of this laptop's case IDs once it syncs with a team (`NR-2026-K7QD-00001`):
    /// cases made offline on two laptops never share an ID.
    case caseIdTag
    /// Cases the server holds that this version could not store (comma-separated IDs),
    /// asked for again at every sync.
    case unreadable
}
