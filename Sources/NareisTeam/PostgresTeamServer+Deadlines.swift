import NareisCasework
import NareisCore
import PostgresNIO

extension PostgresTeamServer {
    /// The team's deadlines due before `asOf`, earliest first (ties by case and member,
    /// so the list is the same on every laptop). Pending deadlines only: a laptop pushes
    /// a case's pending deadlines with every change, and erasing a case removes its rows.
    public func overdue(asOf: Day, limit: Int) async throws -> [TeamDeadline] {
        let limit = Int64(max(0, limit))
        return try await run { [connection] in
            let rows = try await connection.query(Self.overdueQuery(asOf: asOf, limit: limit),
                                                  logger: ConnectionSetup.silent)
            var deadlines: [TeamDeadline] = []
            for try await (caseId, counsellor, memberId, deadlineId, due, rule)
                in rows.decode((String, String?, String, String, String, String).self) {
                guard let day = Day(iso: due) else { continue }
                deadlines.append(TeamDeadline(caseId: caseId, counsellor: counsellor, memberId: memberId,
                                              deadlineId: deadlineId, due: day, rule: rule))
            }
            return deadlines
        }
    }

    /// `EXPLAIN (ANALYZE, BUFFERS)` of the overdue query, for the benchmark: it runs the
    /// query (as this role, under row-level security) and returns the plan only, no rows.
    public func explainOverdue(asOf: Day, limit: Int = 200) async throws -> String {
        var query = Self.overdueQuery(asOf: asOf, limit: Int64(max(0, limit)))
        query.sql = "EXPLAIN (ANALYZE, BUFFERS) " + query.sql
        let plan = query
        return try await run { [connection] in
            let rows = try await connection.query(plan, logger: ConnectionSetup.silent)
            var lines: [String] = []
            for try await line in rows.decode(String.self) { lines.append(line) }
            return lines.joined(separator: "\n")
        }
    }

    static func overdueQuery(asOf: Day, limit: Int64) -> PostgresQuery {
        """
        SELECT d.case_id, c.counsellor, d.member_id, d.deadline_id, to_char(d.due, 'YYYY-MM-DD'), d.rule
        FROM nareis.deadlines d JOIN nareis.cases c ON c.case_id = d.case_id
        WHERE d.team_id = (SELECT nareis.current_team()) AND d.due < \(asOf.iso)::date
        ORDER BY d.due, d.case_id, d.member_id, d.deadline_id
        LIMIT \(limit)
        """
    }
}
