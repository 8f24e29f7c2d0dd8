import GRDB

extension Schema {
    /// Pending deadlines counted per due day, kept by triggers in the transaction that
    /// writes or removes a deadline. The workstation shows how many deadlines fall in
    /// its window on its first frame and after every write, and `count(*)` steps the
    /// whole window of the due-day index to give it: 86 of the first frame's 187 page
    /// reads and about 1.8 ms at 100,000 cases. Summing the days reads a page or two.
    /// A day keeps its row at zero (a few hundred rows a year). `nareis check`
    /// compares the rows with the deadlines.
    static let pendingPerDay = """
        CREATE TABLE pending_deadlines_per_day (
            due TEXT PRIMARY KEY,
            pending INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO pending_deadlines_per_day (due, pending)
            SELECT due, count(*) FROM deadlines WHERE done IS NULL GROUP BY due;
        \(pendingPerDayTriggers)
        """

    /// Every way a deadline row comes, goes or changes its day or state (a case
    /// erased removes its deadlines by cascade, which fires the delete trigger). A
    /// large import drops them and counts once at its end, as it does the case total.
    /// Never edited: changed triggers are a new migration with new names.
    static let pendingPerDayTriggers = """
        CREATE TRIGGER pending_per_day_added AFTER INSERT ON deadlines WHEN NEW.done IS NULL BEGIN
            INSERT INTO pending_deadlines_per_day (due, pending) VALUES (NEW.due, 1)
                ON CONFLICT (due) DO UPDATE SET pending = pending + 1;
        END;
        CREATE TRIGGER pending_per_day_removed AFTER DELETE ON deadlines WHEN OLD.done IS NULL BEGIN
            UPDATE pending_deadlines_per_day SET pending = pending - 1 WHERE due = OLD.due;
        END;
        CREATE TRIGGER pending_per_day_changed AFTER UPDATE OF due, done ON deadlines BEGIN
            UPDATE pending_deadlines_per_day SET pending = pending - 1 WHERE due = OLD.due AND OLD.done IS NULL;
            INSERT INTO pending_deadlines_per_day (due, pending) SELECT NEW.due, 1 WHERE NEW.done IS NULL
                ON CONFLICT (due) DO UPDATE SET pending = pending + 1;
        END;
        """

    /// `pendingPerDayTriggers` dropped, for a large import.
    static let dropPendingPerDayTriggers = """
        DROP TRIGGER pending_per_day_added; DROP TRIGGER pending_per_day_removed; DROP TRIGGER pending_per_day_changed
        """

    /// The triggers again and the days counted, at a large import's end (after its
    /// indexes are made again: the count reads the due-day index).
    static let recountPendingPerDay = """
        \(pendingPerDayTriggers)
        DELETE FROM pending_deadlines_per_day;
        INSERT INTO pending_deadlines_per_day (due, pending)
            SELECT due, count(*) FROM deadlines WHERE done IS NULL GROUP BY due;
        """

    /// How many pending deadlines are due on or before `last` (an ISO day), from the
    /// kept counts.
    static let pendingThroughDay = "SELECT coalesce(sum(pending), 0) FROM pending_deadlines_per_day WHERE due <= ?"

    /// The days whose kept count is not the number of pending deadlines due that day.
    static func pendingDaysMiscounted(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: """
            WITH counted AS (SELECT due, count(*) AS pending FROM deadlines WHERE done IS NULL GROUP BY due),
                 kept AS (SELECT due, pending FROM pending_deadlines_per_day WHERE pending <> 0)
            SELECT count(*) FROM (
                SELECT due FROM (SELECT * FROM counted EXCEPT SELECT * FROM kept)
                UNION SELECT due FROM (SELECT * FROM kept EXCEPT SELECT * FROM counted))
            """) ?? 0
    }
}
