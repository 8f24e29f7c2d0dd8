import NareisCasework
import Testing
@testable import NareisTeam

@Suite("Server schema migrations")
struct SchemaMigrationTests {
    @Test func migratesFromNothing() async throws {
        let fixture = try TeamFixture.empty()
        let result = try await PostgresTeamServer.migrate(address: try fixture.owner, password: nil)
        #expect(result.from == 0)
        #expect(result.to == ServerSchema.version)
        #expect(try fixture.sql("SELECT max(version) FROM nareis.nareis_schema") == String(ServerSchema.version))
        #expect(try fixture.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'nareis'") == "6")
    }

    @Test func migratingTwiceChangesNothing() async throws {
        let fixture = try TeamFixture.empty()
        try await PostgresTeamServer.migrate(address: try fixture.owner, password: nil)
        let again = try await PostgresTeamServer.migrate(address: try fixture.owner, password: nil)
        #expect(again.from == ServerSchema.version && again.to == ServerSchema.version)
        #expect(try fixture.sql("SELECT count(*) FROM nareis.nareis_schema") == String(ServerSchema.version))
    }

    @Test func aNewerServerIsRefused() async throws {
        let fixture = try await TeamFixture.migrated()
        let newer = ServerSchema.version + 1
        try fixture.sql("INSERT INTO nareis.nareis_schema (version) VALUES (\(newer))")
        let connecting = await teamError { _ = try await fixture.connect("anna") }
        #expect(connecting == .schemaNewer(server: newer, known: ServerSchema.version))
        let migrating = await teamError { try await PostgresTeamServer.migrate(address: try fixture.owner, password: nil) }
        #expect(migrating == .schemaNewer(server: newer, known: ServerSchema.version))
    }

    @Test func anUnmigratedServerSaysSo() async throws {
        let fixture = try TeamFixture.empty()
        let error = await teamError { _ = try await PostgresTeamServer.connect(address: try fixture.owner, password: nil) }
        #expect(error == .schemaMissing)
    }

    @Test func migratingTwoDatabasesOfOneClusterSharesTheGroupRole() async throws {
        let first = try TeamFixture.empty()
        let second = try TeamFixture.empty()
        try await PostgresTeamServer.migrate(address: try first.owner, password: nil)
        try await PostgresTeamServer.migrate(address: try second.owner, password: nil)
        #expect(try second.sql("SELECT count(*) FROM pg_roles WHERE rolname = 'nareis_counsellor'") == "1")
    }
}
