import Foundation
import NareisCasework
import NareisCore
@testable import NareisTeam

/// One test's server: its own database in the run's cluster, migrated, with two teams of
/// counsellors admitted (roles named after the database, as roles are cluster-wide).
struct TeamFixture {
    let cluster: PrivateCluster
    let database: String

    /// The schema owner (the cluster's superuser) over the socket.
    var owner: TeamAddress { get throws { try cluster.socketAddress(role: "postgres", database: database) } }

    /// A database with nothing in it, not even the schema.
    static func empty() throws -> TeamFixture {
        let cluster = try PrivateCluster.get()
        return TeamFixture(cluster: cluster, database: try cluster.makeDatabase())
    }

    /// A migrated database with `anna` and `ben` on team `north` and `cem` on team `south`.
    static func migrated() async throws -> TeamFixture {
        try await empty().migrate()
    }

    /// This database migrated, with the three counsellors admitted.
    func migrate() async throws -> TeamFixture {
        try await PostgresTeamServer.migrate(address: try owner, password: nil)
        try await admit("anna", team: "north", counsellor: "Anna A.")
        try await admit("ben", team: "north", counsellor: "Ben B.")
        try await admit("cem", team: "south", counsellor: "Cem C.")
        return self
    }

    func role(_ name: String) -> String { "\(database)_\(name)" }

    func admit(_ name: String, team: String, counsellor: String, password: String? = nil) async throws {
        try await PostgresTeamServer.admit(role: role(name), team: team, teamName: "Team \(team)",
                                           counsellor: counsellor, rolePassword: password,
                                           address: try owner, password: nil)
    }

    /// `name`'s connection over the socket.
    func connect(_ name: String) async throws -> PostgresTeamServer {
        try await PostgresTeamServer.connect(address: try cluster.socketAddress(role: role(name), database: database),
                                             password: nil)
    }

    /// SQL as the owner (superuser), in this test's database.
    @discardableResult
    func sql(_ statement: String) throws -> String { try cluster.sql(statement, database: database) }

    /// SQL as `name`'s role, in this test's database.
    @discardableResult
    func sql(_ statement: String, as name: String) throws -> String {
        try cluster.sql(statement, database: database, role: role(name))
    }
}

extension CaseChange {
    /// A change with one deadline per `(member, id, due)`.
    static func of(_ caseId: String, base: Int64, document: String?, counsellor: String? = "Anna A.",
                   deadlines: [(String, String, String)] = []) -> CaseChange {
        CaseChange(caseId: caseId, baseVersion: base, document: document, counsellor: counsellor,
                   deadlines: deadlines.map { ChangedDeadline(memberId: $0.0, deadlineId: $0.1, due: Day(iso: $0.2)!, rule: "rule-\($0.1)") })
    }
}

/// What a throwing call threw, as `TeamServerError` (nil when it did not throw one).
func teamError(_ body: () async throws -> Void) async -> TeamServerError? {
    do {
        try await body()
        return nil
    } catch let error as TeamServerError {
        return error
    } catch {
        return .server("not a TeamServerError: \(error)")
    }
}
