import GRDB
import NareisCasework
import NareisCore

/// A family's IOM travel record (`iom_travel`): steps done and amounts.
extension CaseStore {
    public func iomTravel(caseId: String) throws -> IomTravel {
        try read { db in
            let seq = try caseSeq(db, caseId)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT stepsDone, estimateCents, paidCents, settledCents FROM iom_travel WHERE caseSeq = ?
                """, arguments: [seq]) else { return IomTravel() }
            let steps = (row["stepsDone"] as String).split(separator: ",").compactMap { Int($0) }
            var cents: [IomTravel.Amount: Int] = [:]
            cents[.estimate] = row["estimateCents"]
            cents[.paid] = row["paidCents"]
            cents[.settled] = row["settledCents"]
            return IomTravel(stepsDone: Set(steps), cents: cents)
        }
    }

    public func saveIomTravel(caseId: String, _ travel: IomTravel) throws {
        let now = timestamp()
        let steps = "," + travel.stepsDone.sorted().map { "\($0)," }.joined()
        try write { db in
            let seq = try caseSeq(db, caseId)
            try db.execute(sql: """
                INSERT INTO iom_travel (caseSeq, stepsDone, estimateCents, paidCents, settledCents, changedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (caseSeq) DO UPDATE SET stepsDone = excluded.stepsDone, estimateCents = excluded.estimateCents,
                    paidCents = excluded.paidCents, settledCents = excluded.settledCents, changedAt = excluded.changedAt
                """, arguments: [seq, steps, travel.cents[.estimate], travel.cents[.paid], travel.cents[.settled], now])
            try audit(db, .edit, caseId: caseId, at: now)
        }
    }
}
