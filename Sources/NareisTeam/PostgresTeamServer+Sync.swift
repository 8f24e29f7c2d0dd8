import NareisCasework
import NareisCore
import PostgresNIO

extension PostgresTeamServer {
    /// The team's changes after `seq`, oldest first. Row-level security limits the rows
    /// to the team already; the explicit team condition lets the planner use the
    /// `(team_id, seq)` index.
    public func pull(after seq: Int64, limit: Int) async throws -> [ServerCase] {
        let limit = Int64(max(0, limit))
        return try await serverCases("""
            SELECT case_id, version, seq, document FROM nareis.cases
            WHERE team_id = (SELECT nareis.current_team()) AND seq > \(seq)
            ORDER BY seq LIMIT \(limit)
            """)
    }

    /// The cases a query of `case_id, version, seq, document` gives.
    func serverCases(_ query: PostgresQuery) async throws -> [ServerCase] {
        try await run { [connection] in
            let rows = try await connection.query(query, logger: ConnectionSetup.silent)
            var cases: [ServerCase] = []
            for try await (caseId, version, changeSeq, document) in rows.decode((String, Int64, Int64, String?).self) {
                cases.append(ServerCase(caseId: caseId, version: version, seq: changeSeq, document: document))
            }
            return cases
        }
    }

    /// All changes in one statement: `nareis.push` runs in that statement's transaction,
    /// so either every outcome holds or (on any error) none was stored.
    public func push(_ changes: [CaseChange]) async throws -> [PushOutcome] {
        guard !changes.isEmpty else { return [] }
        let message = PushMessage.changes(changes)
        let answer: String = try await run { [connection] in
            let rows = try await connection.query("SELECT nareis.push(\(message)::jsonb)::text",
                                                  logger: ConnectionSetup.silent)
            var text = ""
            for try await outcome in rows.decode(String.self) { text = outcome }
            return text
        }
        return try PushMessage.outcomes(answer, expected: changes.count)
    }
}
