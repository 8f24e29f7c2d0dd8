import Foundation
import NareisCasework
import NareisCore
import NareisStore
import NareisTeam
import NareisTestSupport
import Testing

/// One counsellor's laptop: its own SQLite store (a scratch file) and its connection
/// to the test's team server.
struct Laptop {
    let path: String
    let store: CaseStore
    let casework: Casework
    let server: PostgresTeamServer

    static func of(_ name: String, on fixture: TeamFixture) async throws -> Laptop {
        // In the process's scratch directory: removed when the test process ends.
        let path = try Scratch.newDirectory("laptop") + "/cases.sqlite"
        let store = try CaseStore(path: path, user: name)
        return Laptop(path: path, store: store, casework: Casework(storage: store), server: try await fixture.connect(name))
    }

    /// The same laptop with a new connection (after the server restarted).
    static func reconnect(_ laptop: Laptop, on fixture: TeamFixture) async throws -> Laptop {
        let role = String(laptop.server.address.role.dropFirst(fixture.database.count + 1))
        return Laptop(path: laptop.path, store: laptop.store, casework: laptop.casework, server: try await fixture.connect(role))
    }

    func close() async { await server.close() }

    @discardableResult
    func sync() async throws -> SyncReport {
        try await casework.sync(with: server, now: "2026-12-02T10:00:00Z")
    }

    /// Every stored case as its sync document text, by ID.
    func documents() throws -> [String: String] {
        var ids: [String] = []
        var after: String?
        while true {
            let page = try store.loadCases(after: after, limit: 500)
            guard let last = page.last else { break }
            ids += page.compactMap(\.id)
            after = last.id
        }
        return try store.localSyncCases(ids: ids).mapValues(\.text)
    }

    func file(_ id: String) throws -> CaseFile { try #require(try store.loadCase(id: id)) }
}

extension PostgresTeamServer {
    /// Every case the role's team holds (not erased), by ID.
    func documents() async throws -> [String: String] {
        var found: [String: String] = [:]
        var after: Int64 = 0
        while true {
            let batch = try await pull(after: after, limit: 1000)
            guard let last = batch.last else { return found }
            for change in batch { found[change.caseId] = change.document }
            after = last.seq
        }
    }
}

/// A small family: a sponsor, a partner and a child (IDs m1, m2).
func familyCase(id: String? = nil, sponsor name: String = "Amanuel Tesfay") -> CaseFile {
    let text = """
        {"format": "nareis-case/1", \(id.map { "\"id\": \"\($0)\"," } ?? "")
         "sponsor": {"name": "\(name)", "birthDate": "1990-05", "nationality": "ERI",
                     "asylumApplicationDate": "2026-03-01", "permit": {"kind": "asylum", "decisionDate": "2026-10-01"},
                     "counsellor": "Anna A."},
         "members": [
           {"id": "m1", "name": "Saba Tesfay", "relationship": "partner", "partner": {"kind": "married"},
            "birthDate": "1992", "nationality": "ERI", "residence": "ETH", "familyBeforeEntry": true},
           {"id": "m2", "name": "Yonas Tesfay", "relationship": "child", "child": {"kind": "biological", "otherParent": "travelling"},
            "birthDate": "2015-02-14", "nationality": "ERI", "residence": "ETH", "familyBeforeEntry": true}
         ]}
        """
    return try! CaseFileReader.read(Data(text.utf8))
}

extension TeamFixture {
    /// `migrated()` on a cluster of the test's own (one it may stop).
    static func migrated(on cluster: PrivateCluster) async throws -> TeamFixture {
        try await TeamFixture(cluster: cluster, database: try cluster.makeDatabase()).migrate()
    }
}

extension PrivateCluster {
    /// The socket address of `database` for `role`, as a settings file holds it.
    func socketAddressText(role: String, database: String) throws -> String {
        "postgresql://\(role)@/\(database)?host=\(directory)&port=\(port)"
    }
}
