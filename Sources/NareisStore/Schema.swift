import Foundation
import GRDB
import NareisCasework
import NareisCore

/// The store's schema, as an ordered, append-only list of migrations.
///
/// A shipped migration is never edited: a change is a new migration at the end.
/// `PRAGMA user_version` follows the number of migrations, for tools outside nareis.
///
/// The canonical case document (`nareis-case/1`, compact) is the truth for a case;
/// the other case tables are derived from it on every write (members, procedure
/// events, deadlines, search text), except the counsellor's own work on a case
/// (checklist status, tasks, notes), which the case file format does not carry.
enum Schema {
    /// The migrations, oldest first. Each runs once, in its own transaction, and
    /// leaves `user_version` at its position in this list.
    private static let steps: [(identifier: String, apply: @Sendable (Database) throws -> Void)] = [
        ("v1-cases", { db in
            try db.execute(sql: "PRAGMA application_id = \(StoreFile.applicationID)")
            try db.execute(sql: version1)
        }),
        ("v2-task-marks", { try $0.execute(sql: version2) }),
        ("v3-drafts-note-authors", { try $0.execute(sql: version3) }),
        ("v4-search-deadlines", { try $0.execute(sql: version4) }),
        ("v5-member-checklists", { db in
            try db.execute(sql: version5)
            try backfillChecklists(db)
        }),
        ("v6-pending-deadlines-only", { try $0.execute(sql: version6) }),
        ("v7-events-on-members", { try $0.execute(sql: version7) }),
        ("v8-derived-since", { try $0.execute(sql: version8) }),
        ("v9-follow-ups", { db in
            try db.execute(sql: version9)
            try backfillFollowUps(db)
        }),
        ("v10-slim-follow-ups", { try $0.execute(sql: version10) }),
        ("v11-doubted-documents", { try $0.execute(sql: version11) }),
        ("v12-decision-extended", { try $0.execute(sql: version12) }),
        ("v13-coa-and-permit", { try $0.execute(sql: version13) }),
        ("v14-iom-travel", { try $0.execute(sql: version14) }),
        ("v15-person-keys", { db in
            try db.execute(sql: version15)
            try backfillPersonKeys(db)
        }),
        ("v16-team-sync", { try $0.execute(sql: version16) }),
        ("v17-audit-hash-chain", { try chainAuditTrail($0) }),
        ("v18-received-handovers", { try $0.execute(sql: receivedHandovers) }),
        ("v19-search-order", { try $0.execute(sql: searchOrder) }),
        ("v20-case-total", { try $0.execute(sql: caseTotal) }),
        ("v21-pending-per-day", { try $0.execute(sql: pendingPerDay) }),
    ]

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        for (position, step) in steps.enumerated() {
            migrator.registerMigration(step.identifier) { db in
                try step.apply(db)
                try db.execute(sql: "PRAGMA user_version = \(position + 1)")
            }
        }
        return migrator
    }()

    /// The number of migrations this version knows (= `user_version` once migrated).
    static var version: Int { migrator.migrations.count }

    static let version1 = """
        CREATE TABLE cases (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            document TEXT NOT NULL,
            sponsorName TEXT NOT NULL,
            sponsorLatinName TEXT,
            sponsorVNumber TEXT,
            sponsorNationality TEXT NOT NULL,
            sortName TEXT NOT NULL,
            counsellor TEXT,
            memberCount INTEGER NOT NULL,
            stage TEXT NOT NULL,
            nextDue TEXT,
            createdAt TEXT NOT NULL,
            changedAt TEXT NOT NULL,
            assessedOn TEXT NOT NULL
        );
        CREATE INDEX cases_by_next_due ON cases(coalesce(nextDue, '9999-12-31'), id);
        CREATE INDEX cases_by_name ON cases(sortName, id);
        CREATE INDEX cases_by_change ON cases(changedAt, id);
        CREATE INDEX cases_by_stage ON cases(stage);
        CREATE INDEX cases_by_counsellor ON cases(counsellor);

        CREATE TABLE members (
            caseSeq INTEGER NOT NULL REFERENCES cases(seq) ON DELETE CASCADE,
            memberId TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            latinName TEXT,
            vNumber TEXT,
            relationship TEXT NOT NULL,
            birthDate TEXT NOT NULL,
            nationality TEXT NOT NULL,
            stage TEXT NOT NULL,
            PRIMARY KEY (caseSeq, memberId)
        ) WITHOUT ROWID;
        CREATE INDEX members_by_v_number ON members(vNumber) WHERE vNumber IS NOT NULL;

        CREATE TABLE procedure_events (
            caseSeq INTEGER NOT NULL REFERENCES cases(seq) ON DELETE CASCADE,
            memberId TEXT NOT NULL,
            event TEXT NOT NULL,
            day TEXT NOT NULL,
            PRIMARY KEY (caseSeq, memberId, event)
        ) WITHOUT ROWID;
        CREATE INDEX procedure_events_by_day ON procedure_events(event, day);

        CREATE TABLE deadlines (
            caseSeq INTEGER NOT NULL REFERENCES cases(seq) ON DELETE CASCADE,
            memberId TEXT NOT NULL,
            deadlineId TEXT NOT NULL,
            due TEXT NOT NULL,
            done TEXT,
            rule TEXT NOT NULL,
            PRIMARY KEY (caseSeq, memberId, deadlineId)
        ) WITHOUT ROWID;
        CREATE INDEX pending_deadlines_by_due ON deadlines(due) WHERE done IS NULL;

        CREATE TABLE checklist_status (
            caseSeq INTEGER NOT NULL REFERENCES cases(seq) ON DELETE CASCADE,
            memberId TEXT NOT NULL,
            itemId TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN
                ('missing', 'requested', 'copy-received', 'original-in-nl', 'sent-to-ind', 'not-applicable')),
            translationNeeded INTEGER NOT NULL DEFAULT 0 CHECK (translationNeeded IN (0, 1)),
            changedAt TEXT NOT NULL,
            PRIMARY KEY (caseSeq, memberId, itemId)
        ) WITHOUT ROWID;

        CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            caseSeq INTEGER NOT NULL REFERENCES cases(seq) ON DELETE CASCADE,
            memberId TEXT,
            title TEXT NOT NULL,
            due TEXT,
            doneOn TEXT,
            createdAt TEXT NOT NULL
        );
        CREATE INDEX tasks_by_case ON tasks(caseSeq);
        CREATE INDEX open_tasks_by_due ON tasks(due) WHERE doneOn IS NULL;

        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            caseSeq INTEGER NOT NULL REFERENCES cases(seq) ON DELETE CASCADE,
            memberId TEXT,
            text TEXT NOT NULL,
            createdAt TEXT NOT NULL
        );
        CREATE INDEX notes_by_case ON notes(caseSeq);

        -- Case numbers handed out per year; never reused, even after an erase.
        CREATE TABLE case_numbers (
            year INTEGER PRIMARY KEY,
            last INTEGER NOT NULL
        );

        -- Who did what to which case, when. IDs only: never names or other case data.
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            action TEXT NOT NULL,
            caseId TEXT,
            memberId TEXT,
            count INTEGER
        );
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

        -- One row per case (rowid = cases.seq): case ID, V-numbers, every name as given
        -- and in Latin spelling. Diacritics are folded, so "jael" finds "Jaël".
        CREATE VIRTUAL TABLE case_search USING fts5(
            text,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        """

    /// Done marks of the follow-up tasks Core's `FollowUpPlanner` derives from a case
    /// (their IDs are stable: template, or template:member). `tasks` keeps the
    /// counsellor's own tasks.
    static let version2 = """
        CREATE TABLE task_marks (
            caseSeq INTEGER NOT NULL REFERENCES cases(seq) ON DELETE CASCADE,
            taskId TEXT NOT NULL,
            doneOn TEXT NOT NULL,
            changedAt TEXT NOT NULL,
            PRIMARY KEY (caseSeq, taskId)
        ) WITHOUT ROWID;
        """

    /// Half-done intakes (`drafts`: the draft's JSON as `IntakeDraft.json` writes it;
    /// `caseSeq` set when the draft edits a stored case, so erasing the case erases
    /// its draft), and who wrote each note (the OS user, as in the audit trail).
    static let version3 = """
        CREATE TABLE drafts (
            number INTEGER PRIMARY KEY,
            caseSeq INTEGER REFERENCES cases(seq) ON DELETE CASCADE,
            document TEXT NOT NULL,
            changedAt TEXT NOT NULL
        );
        ALTER TABLE notes ADD COLUMN author TEXT;
        """

    /// Faster reads at 100,000 cases.
    ///
    /// Search as you type: one- to three-letter prefixes get their own index, so "a"
    /// or "12" reads a single list instead of merging every word that starts so
    /// (p99 of a search at 100,000 cases went from about 30 ms to about 10). The index
    /// of procedure events by day had no reader and cost 1.4 KB a case: dropped.
    ///
    /// `nareis deadlines` joined each pending deadline to its case row for the case
    /// ID: one random page of the large cases table per line (about 100 ms at
    /// 100,000 cases). The deadline rows now carry the case ID, and the pending ones
    /// are indexed by due day with every column the command reads (`done` too: SQLite
    /// does not count the index's own WHERE as covering it), so it reads one index
    /// range and nothing else.
    static let version4 = """
        ALTER TABLE deadlines ADD COLUMN caseId TEXT NOT NULL DEFAULT '';
        UPDATE deadlines SET caseId = (SELECT id FROM cases WHERE cases.seq = deadlines.caseSeq);
        DROP INDEX pending_deadlines_by_due;
        CREATE INDEX pending_deadlines_by_due ON deadlines(due, caseId, memberId, deadlineId, rule, done) WHERE done IS NULL;
        DROP INDEX procedure_events_by_day;
        CREATE VIRTUAL TABLE case_search_v4 USING fts5(
            text,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '1 2 3'
        );
        INSERT INTO case_search_v4 (rowid, text) SELECT rowid, text FROM case_search;
        DROP TABLE case_search;
        ALTER TABLE case_search_v4 RENAME TO case_search;
        """

    /// Each member's required documents at the last write of its case (`,id1,id2,`
    /// and their count), so the case list shows documents complete/required in SQL.
    static let version5 = """
        ALTER TABLE members ADD COLUMN checklistItems TEXT;
        ALTER TABLE members ADD COLUMN checklistCount INTEGER;
        """

    /// Fills the checklist columns of the cases stored before version 5, with the
    /// standard rules on the day of the migration (as a write of the case would).
    static func backfillChecklists(_ db: Database) throws {
        let today = LocalClock.day(of: Date())
        let update = try db.makeStatement(sql: """
            UPDATE members SET checklistItems = ?, checklistCount = ? WHERE caseSeq = ? AND memberId = ?
            """)
        let rows = try Row.fetchCursor(db, sql: "SELECT seq, document FROM cases")
        while let row = try rows.next() {
            let seq: Int64 = row["seq"]
            guard let file = try? CaseStore.decode(row["document"], path: "") else { continue }
            for member in Assessor.assess(file, asOf: today).members {
                let items = member.checklist.map(\.id)
                try update.execute(arguments: [PreparedCase.checklistColumn(items), items.count, seq, member.id])
            }
        }
    }

    /// Only pending deadlines are stored. Every reader (`nareis deadlines`, the
    /// workstation's deadlines pane and next-deadline column) asks for pending ones
    /// alone; met and late ones were nine rows in ten, written on every import and
    /// edit for nothing. The assessment of a case's document still lists them all.
    static let version6 = """
        DELETE FROM deadlines WHERE done IS NOT NULL;
        """

    /// Procedure events are columns of `members` (one per event, named as in the case
    /// file, holding the day), no longer rows of their own. An import wrote about
    /// nineteen event rows a case, each a statement with its own key and foreign-key
    /// look-ups: two fifths of the writing thread's time at 100,000 cases. A member
    /// row carries them for a dozen bytes' worth of NULLs.
    /// The column list is written out: a shipped migration never changes, whatever
    /// `ProcedureEvents.columns` becomes later.
    static let version7: String = {
        let events = [
            "submitted", "rectificationLetter", "rectificationDue", "completed", "decision", "objectionFiled",
            "mvvAppointment", "mvvIssued", "travelBooked", "plannedArrival", "arrival", "registeredAtIND",
        ]
        let add = events.map { "ALTER TABLE members ADD COLUMN \($0) TEXT;" }
        let copy = events.map {
            "\($0) = (SELECT day FROM procedure_events e WHERE e.caseSeq = members.caseSeq AND e.memberId = members.memberId AND e.event = '\($0)')"
        }
        return (add + ["UPDATE members SET " + copy.joined(separator: ",\n    ") + ";", "DROP TABLE procedure_events;"])
            .joined(separator: "\n")
    }()

    /// Facts about the store as a whole. `derivedSince`: no case's derived rows
    /// (deadlines, checklist columns, stage) were computed before this day (every
    /// write lowers it to its day if need be). When rules take effect after it, the
    /// cases computed before are computed again (`CaseStore.rederiveIfRulesChanged`);
    /// one row read at opening tells whether any are.
    static let version8 = """
        CREATE TABLE store_facts (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO store_facts (name, value)
            SELECT 'derivedSince', coalesce(min(assessedOn), '9999-12-31') FROM cases;
        """

    /// Follow-up tasks derived from each case (`FollowUpPlanner.followUps`), stored on
    /// every write like the pending deadlines, so the task list across cases is a page
    /// of one index at any size (it used to plan only the 200 cases with the nearest
    /// deadlines: a task due tomorrow on any other case never showed). `doneOn` copies
    /// the task's mark in `task_marks` (which keeps marks across writes), so the open
    /// tasks are one partial index, by due day (undated last), counted and paged without
    /// a join; it holds `doneOn` and `due`, so a count (by due day or not) never touches the
    /// table (450,000 open tasks: about 5 ms instead of 220; SQLite reads the column
    /// itself to check a condition on the indexed expression), and a page reads the
    /// table for its own rows only. The cases stored before are planned once, by the standard rules on the day
    /// of the migration (`backfillFollowUps`); their deadlines stay as they were.
    /// The index of the open follow-ups, as migration v9 made it (v10 replaced it).
    /// Never edited: a changed index is a new migration with a new name.
    static let openFollowUpsIndex = """
        CREATE INDEX open_follow_ups_by_due ON follow_ups(coalesce(due, '9999-12-31'), caseId, taskId, doneOn, due)
            WHERE doneOn IS NULL
        """

    static let version9 = """
        CREATE TABLE follow_ups (
            caseSeq INTEGER NOT NULL REFERENCES cases(seq) ON DELETE CASCADE,
            taskId TEXT NOT NULL,
            template TEXT NOT NULL,
            memberId TEXT,
            due TEXT,
            caseId TEXT NOT NULL,
            doneOn TEXT,
            PRIMARY KEY (caseSeq, taskId)
        ) WITHOUT ROWID;
        \(openFollowUpsIndex);
        CREATE INDEX open_tasks_by_due_day ON tasks(coalesce(due, '9999-12-31'), id) WHERE doneOn IS NULL;
        """

    /// Follow-up rows hold what cannot be derived: the case (by `seq`), the task ID,
    /// its due day and done mark. The template and member are the task ID's parts
    /// (`template:member`, `FollowUpTask.parts(ofId:)`), the case ID is the case's.
    /// An import writes 450,000 of them at 100,000 demo cases: three columns fewer and an
    /// index without the case ID took a third of their writing time. Open tasks of the
    /// same day list by case in the order the cases were stored.
    static let version10 = """
        CREATE TABLE follow_ups_slim (
            caseSeq INTEGER NOT NULL REFERENCES cases(seq) ON DELETE CASCADE,
            taskId TEXT NOT NULL,
            due TEXT,
            doneOn TEXT,
            PRIMARY KEY (caseSeq, taskId)
        ) WITHOUT ROWID;
        INSERT INTO follow_ups_slim (caseSeq, taskId, due, doneOn) SELECT caseSeq, taskId, due, doneOn FROM follow_ups;
        DROP TABLE follow_ups;
        ALTER TABLE follow_ups_slim RENAME TO follow_ups;
        \(openFollowUpsByDueDayIndex);
        """

    /// A document the IND doubts (DOC-DOUBTED) has its own status, `doubted`. SQLite
    /// cannot change a CHECK constraint, so the table is made again with every row.
    static let version11 = """
        CREATE TABLE checklist_status_v11 (
            caseSeq INTEGER NOT NULL REFERENCES cases(seq) ON DELETE CASCADE,
            memberId TEXT NOT NULL,
            itemId TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN
                ('missing', 'requested', 'copy-received', 'original-in-nl', 'sent-to-ind', 'not-applicable', 'doubted')),
            translationNeeded INTEGER NOT NULL DEFAULT 0 CHECK (translationNeeded IN (0, 1)),
            changedAt TEXT NOT NULL,
            PRIMARY KEY (caseSeq, memberId, itemId)
        ) WITHOUT ROWID;
        INSERT INTO checklist_status_v11 SELECT caseSeq, memberId, itemId, status, translationNeeded, changedAt
            FROM checklist_status;
        DROP TABLE checklist_status;
        ALTER TABLE checklist_status_v11 RENAME TO checklist_status;
        """

    /// The day the IND extended its decision period to (PROC-DECISION-EXTEND) is an event
    /// column like the others. No stored case has one: the case-file reader refused
    /// the field before.
    static let version12 = """
        ALTER TABLE members ADD COLUMN decisionExtendedTo TEXT;
        """

    /// The COA request and confirmation (PROC-COA) and the permit's collection
    /// (PROC-PERMIT-COLLECT) are event columns like the others; no stored case has
    /// them (the case-file reader refused the fields before).
    static let version13 = """
        ALTER TABLE members ADD COLUMN coaRequested TEXT;
        ALTER TABLE members ADD COLUMN coaConfirmed TEXT;
        ALTER TABLE members ADD COLUMN permitCollected TEXT;
        """

    /// A family's journey through IOM (PROC-IOM): the steps done (`,0,3,`) and the
    /// amounts in euro cents (estimate, paid, settled). One row per case, when any.
    static let version14 = """
        CREATE TABLE iom_travel (
            caseSeq INTEGER PRIMARY KEY REFERENCES cases(seq) ON DELETE CASCADE,
            stepsDone TEXT NOT NULL DEFAULT ',',
            estimateCents INTEGER CHECK (estimateCents >= 0),
            paidCents INTEGER CHECK (paidCents >= 0),
            settledCents INTEGER CHECK (settledCents >= 0),
            changedAt TEXT NOT NULL
        );
        """

    /// "Is this family already here?": every person of every case (the sponsor as
    /// `memberId` '') under each key of their name (`NameKey.keys`, stored as its
    /// number `NameKey.hash`), with the birth year, so that the intake's check is one index look-up per person and the
    /// whole-store list one join over the index. Derived on every write, as members.
    /// Sponsors' V-numbers get the index members' have.
    static let version15 = """
        CREATE TABLE person_keys (
            nameHash INTEGER NOT NULL,
            birthYear INTEGER NOT NULL,
            caseSeq INTEGER NOT NULL REFERENCES cases(seq) ON DELETE CASCADE,
            memberId TEXT NOT NULL,
            PRIMARY KEY (nameHash, birthYear, caseSeq, memberId)
        ) WITHOUT ROWID;
        CREATE INDEX person_keys_by_case ON person_keys(caseSeq);
        CREATE INDEX cases_by_sponsor_v_number ON cases(sponsorVNumber) WHERE sponsorVNumber IS NOT NULL;
        """

    /// A team's shared caseload (`Casework.sync`): per case, the server version the
    /// last sync saw and its document (the base of a three-way merge), and a colleague's
    /// colliding version until the counsellor chooses; the cases changed here and not
    /// yet on the server; and settings (how far the pull came, the audit line the
    /// waiting list was last collected up to, when the last sync ended, the team, the
    /// tag this laptop's new case IDs carry).
    static let version16 = """
        CREATE TABLE sync_cases (
            caseId TEXT PRIMARY KEY,
            version INTEGER NOT NULL,
            base TEXT,
            theirs TEXT,
            theirsVersion INTEGER
        ) WITHOUT ROWID;
        CREATE INDEX sync_cases_conflicted ON sync_cases(caseId) WHERE theirs IS NOT NULL;
        CREATE TABLE sync_waiting (caseId TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE sync_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        """

    static func backfillPersonKeys(_ db: Database) throws {
        let insert = try db.makeStatement(sql: """
            INSERT OR IGNORE INTO person_keys (nameHash, birthYear, caseSeq, memberId) VALUES (?, ?, ?, ?)
            """)
        var after: Int64 = 0
        while true {
            let stored = try Row.fetchAll(db, sql: "SELECT seq, document FROM cases WHERE seq > ? ORDER BY seq LIMIT 4096",
                                          arguments: [after]).map { (seq: $0["seq"] as Int64, document: $0["document"] as String) }
            guard let last = stored.last else { break }
            let keyed = parallelMap(stored) { stored -> [PersonKeyRow] in
                guard let file = try? CaseStore.decode(stored.document, path: "") else { return [] }
                return PersonKeyRow.rows(of: file)
            }
            for (stored, rows) in zip(stored, keyed) {
                for row in rows {
                    try insert.execute(arguments: [row.nameHash, row.birthYear, stored.seq, row.memberId])
                }
            }
            after = last.seq
        }
    }

    /// The index of the open follow-ups since migration v10: by due day (undated last),
    /// then case and task, with `doneOn` and `due` so that counts never read the table.
    /// A large import drops it and makes it again (`CaseStore.importCases`). Never
    /// edited: a changed index is a new migration with a new name.
    static let openFollowUpsByDueDayIndex = """
        CREATE INDEX open_follow_ups_by_due_day ON follow_ups(coalesce(due, '9999-12-31'), caseSeq, taskId, doneOn, due)
            WHERE doneOn IS NULL
        """

    /// Plans the follow-ups of every stored case (4,096 at a time, read back and
    /// planned on every core, as computing cases again is).
    static func backfillFollowUps(_ db: Database) throws {
        let today = LocalClock.day(of: Date())
        let insert = try db.makeStatement(sql: """
            INSERT INTO follow_ups (caseSeq, taskId, template, memberId, due, caseId) VALUES (?, ?, ?, ?, ?, ?)
            """)
        var after: Int64 = 0
        while true {
            let stored = try Row.fetchAll(db, sql: "SELECT seq, id, document FROM cases WHERE seq > ? ORDER BY seq LIMIT 4096",
                                          arguments: [after]).map { (seq: $0["seq"] as Int64, id: $0["id"] as String,
                                                                     document: $0["document"] as String) }
            guard let last = stored.last else { break }
            let planned = parallelMap(stored) { stored -> [FollowUpTask] in
                guard let file = try? CaseStore.decode(stored.document, path: "") else { return [] }
                return FollowUpPlanner.followUps(for: file, assessment: Assessor.assess(file, asOf: today))
            }
            for (stored, tasks) in zip(stored, planned) {
                for task in tasks {
                    try insert.execute(arguments: [stored.seq, task.id, task.template.rawValue, task.memberId, task.due?.iso,
                                                   stored.id])
                }
            }
            after = last.seq
        }
        try CaseStore.copyTaskMarks(db, caseSeq: nil)
    }
}
