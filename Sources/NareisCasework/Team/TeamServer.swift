import NareisCore

/// What the casework layer needs of a team's shared server: the latest version of
/// every case of the counsellor's team, changes accepted only on the version they
/// were made on, and the team's deadlines. The casework layer owns this protocol;
/// `NareisTeam.PostgresTeamServer` (PostgreSQL through postgres-nio) implements it.
/// A server never sees a laptop's store: only sync documents (`SyncDocument`).
public protocol TeamServer: AnyObject, Sendable {
    /// The role connected, its team and counsellor name (as the server's team list has them).
    func identity() async throws -> TeamIdentity
    /// The cases of the team changed after `seq` (the server's change order), oldest
    /// change first, at most `limit`. Erased cases come as tombstones (no document).
    func pull(after seq: Int64, limit: Int) async throws -> [ServerCase]
    /// The current versions of these cases (those the team has), whatever the pull
    /// position: a laptop whose change was stale catches up on that case alone.
    func fetch(caseIds: [String]) async throws -> [ServerCase]
    /// Offers changes, all in one transaction; each is accepted only when the server
    /// still holds the version it was made on. One outcome per change, in order.
    func push(_ changes: [CaseChange]) async throws -> [PushOutcome]
    /// The team's pending deadlines due before `asOf` (overdue across every counsellor),
    /// earliest first, at most `limit`.
    func overdue(asOf: Day, limit: Int) async throws -> [TeamDeadline]
    /// Ends the connection.
    func close() async
}

/// Who the server knows the connected role as.
public struct TeamIdentity: Hashable, Sendable {
    /// The PostgreSQL role (one per counsellor).
    public var role: String
    public var team: String
    /// The counsellor's name as cases carry it.
    public var counsellor: String

    public init(role: String, team: String, counsellor: String) {
        self.role = role
        self.team = team
        self.counsellor = counsellor
    }
}

/// A case as the server holds it.
public struct ServerCase: Hashable, Sendable {
    public var caseId: String
    /// 1 after the first push, one more with every accepted change.
    public var version: Int64
    /// The server's change order (every accepted change and erase takes the next).
    public var seq: Int64
    /// The sync document; nil when the case was erased (a tombstone).
    public var document: String?

    public var isErased: Bool { document == nil }

    public init(caseId: String, version: Int64, seq: Int64, document: String?) {
        self.caseId = caseId
        self.version = version
        self.seq = seq
        self.document = document
    }
}

/// A laptop's change to one case, made on `baseVersion` of it.
public struct CaseChange: Hashable, Sendable {
    public var caseId: String
    /// The server version the change was made on; 0 for a case the server has never had.
    public var baseVersion: Int64
    /// The case's whole sync document after the change; nil to erase it.
    public var document: String?
    /// The assigned counsellor (the server's list of the team's work).
    public var counsellor: String?
    /// The case's pending deadlines after the change (the team's deadline list).
    public var deadlines: [ChangedDeadline]

    public init(caseId: String, baseVersion: Int64, document: String?, counsellor: String?, deadlines: [ChangedDeadline]) {
        self.caseId = caseId
        self.baseVersion = baseVersion
        self.document = document
        self.counsellor = counsellor
        self.deadlines = deadlines
    }
}

/// One pending deadline of a changed case (IDs and a day: no names).
public struct ChangedDeadline: Hashable, Sendable {
    public var memberId: String
    public var deadlineId: String
    public var due: Day
    public var rule: String

    public init(memberId: String, deadlineId: String, due: Day, rule: String) {
        self.memberId = memberId
        self.deadlineId = deadlineId
        self.due = due
        self.rule = rule
    }
}

/// What the server did with one change.
public enum PushOutcome: Hashable, Sendable {
    /// Stored as `version`, at change order `seq`.
    case accepted(version: Int64, seq: Int64)
    /// The server holds a later version (a colleague's change came first): pull,
    /// merge and offer again.
    case stale(serverVersion: Int64)
    /// The case was erased on the server: the change is dropped, the laptop erases it too.
    case erased
}

/// A pending deadline of the team's caseload, as the server lists it.
public struct TeamDeadline: Hashable, Sendable {
    public var caseId: String
    public var counsellor: String?
    public var memberId: String
    public var deadlineId: String
    public var due: Day
    public var rule: String

    public init(caseId: String, counsellor: String?, memberId: String, deadlineId: String, due: Day, rule: String) {
        self.caseId = caseId
        self.counsellor = counsellor
        self.memberId = memberId
        self.deadlineId = deadlineId
        self.due = due
        self.rule = rule
    }
}

/// Why the server could not be used; nothing was changed locally. Each names what
/// to do next (the front ends word it: `TeamServerErrorText`).
public enum TeamServerError: Error, Hashable, Sendable {
    /// No connection (the host, socket or port, and the system's reason).
    case unreachable(server: String, reason: String)
    /// The server refused the role's password or certificate.
    case authenticationFailed(role: String)
    /// The server's certificate does not match the server named (or is not trusted).
    case certificateMismatch(server: String, reason: String)
    /// `nareis team migrate` has not been run on this server.
    case schemaMissing
    /// The server was migrated by a newer nareis: update this laptop first.
    case schemaNewer(server: Int, known: Int)
    /// The server's schema is older than this binary: run `nareis team migrate`.
    case schemaOlder(server: Int, known: Int)
    /// The role is not on any team's list.
    case notOnATeam(role: String)
    /// The server setting is not a PostgreSQL address (what is expected).
    case badAddress(String)
    /// Anything else the server said (its message, never case data).
    case server(String)
}
