import NareisCasework
import NareisCore
import PostgresNIO

/// What the administrator runs as the schema owner (`nareis team migrate`, `nareis team
/// admit`): never a counsellor's connection, which could not anyway.
extension PostgresTeamServer {
    /// Lock key serialising migrations: two administrators migrating at once take turns,
    /// and the second finds nothing left to do.
    private static let migrationLock: Int64 = 0x6E61_7265_6973

    /// Creates or upgrades the schema, each migration in its own transaction, and returns
    /// the versions before and after. A server migrated by a newer nareis is left alone.
    @discardableResult
    public static func migrate(address: TeamAddress, password: String?) async throws(TeamServerError) -> (from: Int, to: Int) {
        try await withConnection(address, password: password) { connection in
            let start = try await SchemaVersion.read(on: connection, address: address).server
            if start > ServerSchema.version {
                throw TeamServerError.schemaNewer(server: start, known: ServerSchema.version)
            }
            var current = start
            while current < ServerSchema.version {
                current = try await connection.withTransaction(logger: ConnectionSetup.silent) { connection in
                    try await connection.query("SELECT pg_advisory_xact_lock(\(migrationLock))",
                                               logger: ConnectionSetup.silent)
                    // Read again under the lock: another administrator may have gone first.
                    let found = try await SchemaVersion.read(on: connection, address: address).server
                    if found > ServerSchema.version {
                        throw TeamServerError.schemaNewer(server: found, known: ServerSchema.version)
                    }
                    guard found < ServerSchema.version else { return found }
                    for statement in ServerSchema.migrations[found] {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: ConnectionSetup.silent)
                    }
                    let next = Int32(found + 1)
                    try await connection.query("INSERT INTO nareis.nareis_schema (version) VALUES (\(next))",
                                               logger: ConnectionSetup.silent)
                    return Int(next)
                }
            }
            return (start, current)
        }
    }

    /// Puts `role` on `team` as `counsellor`, creating the team (named `teamName`) and the
    /// login role when missing; `rolePassword`, when given, becomes the role's password
    /// (sent as a bind, stored by the server as a SCRAM verifier). Connects as the schema
    /// owner at `address`.
    public static func admit(role: String, team: String, teamName: String, counsellor: String,
                             rolePassword: String? = nil,
                             address: TeamAddress, password: String?) async throws(TeamServerError) {
        guard !role.isEmpty, role.utf8.count <= 63, !team.isEmpty, !counsellor.isEmpty else {
            throw .badAddress("a role of 1 to 63 characters, a team ID and a counsellor name")
        }
        _ = try await withConnection(address, password: password) { connection in
            try await connection.query("""
                SELECT nareis.admit(\(role)::name, \(team), \(teamName), \(counsellor), \(rolePassword))
                """, logger: ConnectionSetup.silent)
        }
    }

    /// One connection for `body`, closed before returning (a database with a session
    /// open cannot be dropped or renamed by the administrator's next step).
    private static func withConnection<T>(_ address: TeamAddress, password: String?,
                                          _ body: (PostgresConnection) async throws -> T) async throws(TeamServerError) -> T {
        let connection = try await ConnectionSetup.open(address, password: password)
        do {
            let result = try await body(connection)
            try? await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw ConnectionFailure.teamError(error, address: address)
        }
    }
}
