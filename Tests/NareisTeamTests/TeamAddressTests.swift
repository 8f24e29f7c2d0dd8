import NareisCasework
import Testing
@testable import NareisTeam

@Suite("Team server address")
struct TeamAddressTests {
    @Test func readsATCPAddress() throws {
        let address = try TeamAddress(parsing:
            "postgresql://anna@db.example.org:6543/caseload?sslmode=verify-full&sslrootcert=/etc/ca.pem&sslcert=/c.pem&sslkey=/k.pem")
        #expect(address.role == "anna")
        #expect(address.database == "caseload")
        #expect(address.endpoint == .tcp(host: "db.example.org", port: 6543))
        #expect(address.sslMode == .verifyFull)
        #expect(address.rootCertificate == "/etc/ca.pem")
        #expect(address.clientCertificate == "/c.pem" && address.clientKey == "/k.pem")
        #expect(try TeamAddress(parsing: address.description) == address)
    }

    @Test func readsASocketAddress() throws {
        let address = try TeamAddress(parsing: "postgres://anna@/caseload?host=/run/postgresql")
        #expect(address.endpoint == .socket(directory: "/run/postgresql", port: 5432))
        #expect(address.socketPath == "/run/postgresql/.s.PGSQL.5432")
        #expect(address.sslMode == .disable)
        let other = try TeamAddress(parsing: "postgresql://anna@/caseload?host=/tmp/x&port=6000")
        #expect(other.socketPath == "/tmp/x/.s.PGSQL.6000")
        #expect(try TeamAddress(parsing: other.description) == other)
    }

    @Test func defaultsFollowTheHost() throws {
        let remote = try TeamAddress(parsing: "postgresql://anna@db.example.org")
        #expect(remote.sslMode == .verifyFull)
        #expect(remote.database == "anna")
        #expect(remote.endpoint == .tcp(host: "db.example.org", port: 5432))
        #expect(try TeamAddress(parsing: "postgresql://anna@127.0.0.1/x").sslMode == .disable)
        #expect(try TeamAddress(parsing: "postgresql://anna@[::1]:5433/x").endpoint == .tcp(host: "::1", port: 5433))
        #expect(try TeamAddress(parsing: "postgresql://anna%40org@localhost/x").role == "anna@org")
    }

    @Test(arguments: [
        "https://anna@db/x",
        "postgresql://db.example.org/x",
        "postgresql://anna:secret@db.example.org/x",
        "postgresql://anna@db.example.org/x?password=secret",
        "postgresql://anna@db.example.org/x?sslmode=disable",
        "postgresql://anna@db.example.org/x?sslmode=prefer",
        "postgresql://anna@db.example.org:0/x",
        "postgresql://anna@db.example.org:99999/x",
        "postgresql://anna@/x",
        "postgresql://anna@/x?host=relative/dir",
        "postgresql://anna@/x?host=/run/postgresql&sslmode=require",
        "postgresql://anna@db/x?sslcert=/c.pem",
        "postgresql://anna@db/x?application_name=y",
    ])
    func refusesWhatIsNotAnAddress(_ text: String) {
        #expect(throws: TeamServerError.self) { try TeamAddress(parsing: text) }
    }

    @Test func aPasswordIsRefusedWithTheReason() {
        #expect(throws: TeamServerError.badAddress("no password in the address: it belongs in the settings file's password line")) {
            try TeamAddress(parsing: "postgresql://anna:secret@db.example.org/x")
        }
    }
}
