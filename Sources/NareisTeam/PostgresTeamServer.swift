import Foundation
import NareisCasework
import NareisCore
import PostgresNIO

/// A team's shared caseload on PostgreSQL (`TeamServer`), over one connection as the
/// counsellor's own role. The server decides everything that must hold for the whole
/// team in SQL (`ServerSchema`: row-level security per team, `nareis.push` for the
/// version checks), so this type only carries values across.
///
/// One connection, no pool: a laptop syncs one request at a time, and postgres-nio
/// queues concurrent queries on a connection in order.
public final class PostgresTeamServer: TeamServer {
    let connection: PostgresConnection
    public let address: TeamAddress
    /// Read once at connect: the member list changes only by the administrator.
    let member: TeamIdentity

    init(connection: PostgresConnection, address: TeamAddress, member: TeamIdentity) {
        self.connection = connection
        self.address = address
        self.member = member
    }

    /// Connects as `address.role` and checks that the server's schema is the one this
    /// binary knows and that the role is on a team; the connection is closed on refusal.
    public static func connect(address: TeamAddress, password: String?) async throws(TeamServerError) -> PostgresTeamServer {
        let connection = try await ConnectionSetup.open(address, password: password)
        do {
            let version = try await SchemaVersion.read(on: connection, address: address)
            guard version.usable else { throw TeamServerError.notOnATeam(role: address.role) }
            guard version.server != 0 else { throw TeamServerError.schemaMissing }
            if version.server > ServerSchema.version {
                throw TeamServerError.schemaNewer(server: version.server, known: ServerSchema.version)
            }
            if version.server < ServerSchema.version {
                throw TeamServerError.schemaOlder(server: version.server, known: ServerSchema.version)
            }
            guard let member = try await whoami(on: connection) else {
                throw TeamServerError.notOnATeam(role: address.role)
            }
            return PostgresTeamServer(connection: connection, address: address, member: member)
        } catch {
            try? await connection.close()
            throw ConnectionFailure.teamError(error, address: address)
        }
    }

    private static func whoami(on connection: PostgresConnection) async throws -> TeamIdentity? {
        let rows = try await connection.query("SELECT role::text, team, counsellor FROM nareis.whoami()",
                                              logger: ConnectionSetup.silent)
        for try await (role, team, counsellor) in rows.decode((String, String, String).self) {
            return TeamIdentity(role: role, team: team, counsellor: counsellor)
        }
        return nil
    }

    /// The role, its team's ID and the counsellor's name, as the server's member list has them.
    public func identity() async throws -> TeamIdentity { member }

    public func close() async {
        try? await connection.close()
    }

    /// A server dropped without `close()` still ends its session. The closure holds the
    /// connection until the channel has closed: postgres-nio asserts that a connection
    /// is closed before it is freed.
    deinit {
        let connection = connection
        guard !connection.isClosed else { return }
        connection.close().whenComplete { _ in _ = connection }
    }

    /// Runs `body` while watching the connection (a server gone mid-request ends the
    /// wait: `ConnectionWatch`), turning any failure into a `TeamServerError`.
    func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws(TeamServerError) -> T {
        do {
            return try await ConnectionWatch.run(on: connection, server: address.server, body)
        } catch {
            throw ConnectionFailure.teamError(error, address: address)
        }
    }
}
