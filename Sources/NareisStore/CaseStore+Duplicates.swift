import GRDB
import NareisCasework
import NareisCore

/// "Is this family already here?": the look-ups over `person_keys` and the
/// V-number indexes. The casework layer compares the people it finds
/// (`DuplicateRule`); the store only narrows the cases to compare.
extension CaseStore {
    public func caseIds(withPeopleUnder nameKeys: [String], bornIn years: ClosedRange<Int>, limit: Int) throws -> [String] {
        guard !nameKeys.isEmpty else { return [] }
        return try read { db in
            var ids: [String] = []
            let statement = try db.cachedStatement(sql: """
                SELECT DISTINCT c.id FROM person_keys k JOIN cases c ON c.seq = k.caseSeq
                WHERE k.nameHash = ? AND k.birthYear BETWEEN ? AND ?
                ORDER BY c.changedAt DESC LIMIT ?
                """)
            for key in nameKeys where ids.count < limit {
                for id in try String.fetchAll(statement, arguments: [NameKey.hash(key), years.lowerBound, years.upperBound, limit])
                where !ids.contains(id) && ids.count < limit {
                    ids.append(id)
                }
            }
            return ids
        }
    }

    public func caseIds(withVNumbers vNumbers: [String]) throws -> [String] {
        guard !vNumbers.isEmpty else { return [] }
        return try read { db in
            var ids: [String] = []
            for v in vNumbers {
                let found = try String.fetchAll(db.cachedStatement(sql: """
                    SELECT id FROM cases WHERE sponsorVNumber = ?1
                    UNION SELECT c.id FROM members m JOIN cases c ON c.seq = m.caseSeq WHERE m.vNumber = ?1
                    """), arguments: [v])
                for id in found where !ids.contains(id) { ids.append(id) }
            }
            return ids
        }
    }

    /// One join over the `person_keys` index: the people of two cases under one key,
    /// their birth years close enough, counted per pair of cases (a person under two
    /// keys counts once). Keys held by more than `crowded` people of one birth year
    /// are left out first (one pass over the index, in its order): a placeholder name
    /// on thousands of people would otherwise pair every case with every other.
    public func casePairsSharingPeople(yearsApart: Int, people: Int, crowded: Int) throws -> [CasePair] {
        try read { db in
            try Row.fetchAll(db, sql: """
                WITH compared AS (
                    SELECT k.nameHash, k.birthYear, k.caseSeq, k.memberId FROM person_keys k
                    JOIN (SELECT nameHash, birthYear FROM person_keys GROUP BY nameHash, birthYear HAVING count(*) <= ?3) c
                        ON c.nameHash = k.nameHash AND c.birthYear = k.birthYear
                )
                SELECT ca.id AS one, cb.id AS other FROM (
                    SELECT a.caseSeq AS one, b.caseSeq AS other
                    FROM compared a JOIN person_keys b
                        ON b.nameHash = a.nameHash AND b.birthYear BETWEEN a.birthYear - ?1 AND a.birthYear + ?1
                        AND b.caseSeq > a.caseSeq
                    GROUP BY a.caseSeq, b.caseSeq
                    HAVING count(DISTINCT a.memberId) >= ?2 AND count(DISTINCT b.memberId) >= ?2
                ) p JOIN cases ca ON ca.seq = p.one JOIN cases cb ON cb.seq = p.other
                ORDER BY ca.id, cb.id
                """, arguments: [yearsApart, people, crowded]).map { CasePair(one: $0["one"], other: $0["other"]) }
        }
    }

    public func casePairsSharingVNumbers() throws -> [CasePair] {
        try read { db in
            try Row.fetchAll(db, sql: """
                WITH numbers(caseSeq, vNumber) AS (
                    SELECT seq, sponsorVNumber FROM cases WHERE sponsorVNumber IS NOT NULL AND sponsorVNumber <> ''
                    UNION ALL SELECT caseSeq, vNumber FROM members WHERE vNumber IS NOT NULL AND vNumber <> ''
                )
                SELECT DISTINCT ca.id AS one, cb.id AS other
                FROM numbers a JOIN numbers b ON b.vNumber = a.vNumber AND b.caseSeq > a.caseSeq
                JOIN cases ca ON ca.seq = a.caseSeq JOIN cases cb ON cb.seq = b.caseSeq
                ORDER BY ca.id, cb.id
                """).map { CasePair(one: $0["one"], other: $0["other"]) }
        }
    }
}
