import Foundation
import NareisCasework
import NareisCore
import Testing
@testable import NareisTeam

/// What a counsellor sees when the server cannot be used: each error names the next step.
@Suite("Connecting")
struct ConnectionTests {
    @Test func theRightPasswordConnectsOverTCP() async throws {
        let fixture = try await TeamFixture.migrated()
        try await fixture.admit("dana", team: "north", counsellor: "Dana D.", password: "correct horse")
        let address = try fixture.cluster.tcpAddress(role: fixture.role("dana"), database: fixture.database)
        let dana = try await PostgresTeamServer.connect(address: address, password: "correct horse")
        #expect(try await dana.identity().counsellor == "Dana D.")
        await dana.close()
    }

    @Test func aWrongPasswordIsAnAuthenticationFailure() async throws {
        let fixture = try await TeamFixture.migrated()
        try await fixture.admit("dana", team: "north", counsellor: "Dana D.", password: "correct horse")
        let address = try fixture.cluster.tcpAddress(role: fixture.role("dana"), database: fixture.database)
        let wrong = await teamError { _ = try await PostgresTeamServer.connect(address: address, password: "battery staple") }
        #expect(wrong == .authenticationFailed(role: fixture.role("dana")))
        let none = await teamError { _ = try await PostgresTeamServer.connect(address: address, password: nil) }
        #expect(none == .authenticationFailed(role: fixture.role("dana")))
    }

    @Test func aMissingSocketIsUnreachable() async throws {
        let address = try TeamAddress(parsing: "postgresql://anna@/team?host=/nonexistent-nareis-dir")
        let error = await teamError { _ = try await PostgresTeamServer.connect(address: address, password: nil) }
        guard case .unreachable(let server, _)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(server == "/nonexistent-nareis-dir/.s.PGSQL.5432")
    }

    @Test func aClosedPortIsUnreachable() async throws {
        let port = try PrivateCluster.freePort()
        let address = try TeamAddress(parsing: "postgresql://anna@127.0.0.1:\(port)/team")
        let error = await teamError { _ = try await PostgresTeamServer.connect(address: address, password: "x") }
        guard case .unreachable? = error else { Issue.record("\(String(describing: error))"); return }
    }

    @Test func aRoleNotOnATeamIsTold() async throws {
        let fixture = try await TeamFixture.migrated()
        // A login role the administrator never admitted...
        try fixture.sql("DO $$ BEGIN CREATE ROLE \(fixture.role("eve")) LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        let stranger = await teamError { _ = try await fixture.connect("eve") }
        #expect(stranger == .notOnATeam(role: fixture.role("eve")))
        // ...and a counsellor removed from the member list.
        try fixture.sql("DELETE FROM nareis.team_members WHERE role = '\(fixture.role("ben"))'")
        let removed = await teamError { _ = try await fixture.connect("ben") }
        #expect(removed == .notOnATeam(role: fixture.role("ben")))
    }

    @Test func aNameTheCertificateDoesNotCarryIsRefused() async throws {
        let cluster = try PrivateCluster.get()
        let certificate = try #require(cluster.certificate, "openssl is needed to make the test certificate")
        let fixture = try await TeamFixture.migrated()
        try await fixture.admit("dana", team: "north", counsellor: "Dana D.", password: "pw")
        let query = "sslmode=verify-full&sslrootcert=\(certificate)"
        // The certificate names localhost, not 127.0.0.1.
        let mismatch = try cluster.tcpAddress(role: fixture.role("dana"), database: fixture.database, query: query)
        let error = await teamError { _ = try await PostgresTeamServer.connect(address: mismatch, password: "pw") }
        guard case .certificateMismatch? = error else { Issue.record("\(String(describing: error))"); return }
        // The name it carries connects, verified.
        let matching = try cluster.tcpAddress(role: fixture.role("dana"), database: fixture.database, host: "localhost", query: query)
        let dana = try await PostgresTeamServer.connect(address: matching, password: "pw")
        #expect(try fixture.sql("SELECT count(*) FROM pg_stat_ssl WHERE ssl AND pid <> pg_backend_pid()") == "1")
        await dana.close()
    }

    @Test func anUntrustedCertificateIsRefused() async throws {
        let cluster = try PrivateCluster.get()
        _ = try #require(cluster.certificate, "openssl is needed to make the test certificate")
        let fixture = try await TeamFixture.migrated()
        try await fixture.admit("dana", team: "north", counsellor: "Dana D.", password: "pw")
        // System roots only: a self-signed certificate is not trusted.
        let address = try cluster.tcpAddress(role: fixture.role("dana"), database: fixture.database, host: "localhost",
                                             query: "sslmode=verify-full")
        let error = await teamError { _ = try await PostgresTeamServer.connect(address: address, password: "pw") }
        guard case .certificateMismatch? = error else { Issue.record("\(String(describing: error))"); return }
    }
}
