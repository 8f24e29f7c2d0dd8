import GRDB

extension Schema {
    /// The number of cases, kept in one row by triggers in the transaction that adds
    /// or removes a case. The workstation shows the whole list's total on its first
    /// frame, and `count(*)` reads a whole index to give it: about 250 pages and
    /// 2.5 ms at 100,000 cases, the largest part of starting up. `nareis check`
    /// compares the row with the table.
    static let caseTotal = """
        CREATE TABLE case_total (
            only INTEGER PRIMARY KEY CHECK (only = 1),
            cases INTEGER NOT NULL
        );
        INSERT INTO case_total (only, cases) SELECT 1, count(*) FROM cases;
        \(caseTotalTriggers)
        """

    /// A trigger costs about a microsecond a case written, 0.1 s of an import of
    /// 100,000: a large import drops them, counts once at its end and makes them
    /// again, in its transaction (`CaseStore.importCases`). Never edited: changed
    /// triggers are a new migration with a new name.
    static let caseTotalTriggers = """
        CREATE TRIGGER case_total_added AFTER INSERT ON cases BEGIN
            UPDATE case_total SET cases = cases + 1;
        END;
        CREATE TRIGGER case_total_removed AFTER DELETE ON cases BEGIN
            UPDATE case_total SET cases = cases - 1;
        END;
        """

    /// `caseTotalTriggers` dropped, for a large import.
    static let dropCaseTotalTriggers = "DROP TRIGGER case_total_added; DROP TRIGGER case_total_removed"

    /// The triggers again and the total counted, at a large import's end.
    static let recountCaseTotal = """
        \(caseTotalTriggers)
        UPDATE case_total SET cases = (SELECT count(*) FROM cases);
        """

    /// The number kept (nil when the row is missing: a damaged store).
    static func keptCaseTotal(_ db: Database) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT cases FROM case_total")
    }
}
