import NareisCasework
import NareisCore
import PostgresNIO

extension PostgresTeamServer {
    /// The team's current versions of these cases (those it has), whatever the pull
    /// position: a laptop whose change was stale catches up on that case alone.
    public func fetch(caseIds: [String]) async throws -> [ServerCase] {
        guard !caseIds.isEmpty else { return [] }
        return try await serverCases("""
            SELECT case_id, version, seq, document FROM nareis.cases
            WHERE team_id = (SELECT nareis.current_team()) AND case_id = ANY(\(caseIds))
            ORDER BY seq
            """)
    }
}
