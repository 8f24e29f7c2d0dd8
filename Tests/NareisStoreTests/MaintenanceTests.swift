import Foundation
import GRDB
import NareisCasework
import NareisCore
@testable import NareisStore
import Testing

@Suite struct MaintenanceTests {
    @Test func eraseRemovesEveryTraceButTheAuditLine() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        let store = try openStore(path)
        let marker = "Qwzxvbnmk Erasable"
        try store.importCases([sampleCase(id: "keep"), sampleCase(id: "gone", sponsor: marker, submitted: "2024-10-01")])
        try store.setChecklistStatus(caseId: "gone", memberId: "m1", itemId: "photo", status: .requested, translationNeeded: true)
        try store.addTask(caseId: "gone", title: "Call \(marker)")
        try store.addNote(caseId: "gone", text: "Spoke with \(marker)")
        try store.markTask(caseId: "gone", taskId: "submit-application:m1", doneOn: day("2024-10-01"))
        try store.eraseCase(id: "gone")

        #expect(try store.loadCase(id: "gone") == nil)
        #expect(try store.search("qwzx").isEmpty)
        let leftovers = try store.pool.read { db in
            try ["members", "deadlines", "checklist_status", "tasks", "notes", "task_marks"].map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0) WHERE caseSeq NOT IN (SELECT seq FROM cases)")!
            }
        }
        #expect(leftovers == [0, 0, 0, 0, 0, 0])
        #expect(try store.auditTrail(caseId: "gone").last?.action == "erase")
        #expect(try store.check().isSound)
        for file in [path, path + "-wal"] {
            if let bytes = contents(file) {
                #expect(bytes.range(of: Data(marker.utf8)) == nil, "\(file) still holds the erased name")
                #expect(bytes.range(of: Data("qwzxvbnmk".utf8)) == nil, "\(file) still holds the erased search words")
            }
        }
        #expect((contents(path + "-wal")?.count ?? 0) == 0, "the WAL is truncated")
        #expect(throws: StoreError.unknownCase(id: "gone")) { try store.eraseCase(id: "gone") }
    }

    @Test func theAuditTrailIsAppendOnlyAndHoldsNoNames() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        let id = try store.saveCase(sampleCase(sponsor: "Private Person"))
        _ = try store.openCase(id: id)
        try store.recordExport(caseId: nil, count: 1)
        let trail = try store.auditTrail()
        #expect(trail.map(\.action) == ["create", "view", "export"])
        #expect(trail.allSatisfy { $0.who == "tester" && $0.at == "2025-01-10T12:00:00Z" })
        #expect(!String(describing: trail).contains("Private"))
        #expect(throws: (any Error).self) { try store.pool.write { try $0.execute(sql: "DELETE FROM audit") } }
        #expect(throws: (any Error).self) { try store.pool.write { try $0.execute(sql: "UPDATE audit SET who = 'x'") } }
    }

    @Test func backupThenRestoreBringsBackTheStoreAsItWas() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        try store.importCases([sampleCase(id: "one"), sampleCase(id: "two")])
        try store.addNote(caseId: "one", text: "kept in the backup")
        let backup = dir.file("backups/monday.sqlite")
        try store.backup(to: backup)
        try store.eraseCase(id: "two")
        try store.saveCase(sampleCase(id: "three"))

        try store.restore(from: backup)
        var ids: [String] = []
        try store.forEachCase { ids.append($0.id!) }
        #expect(ids == ["one", "two"])
        #expect(try store.notes(caseId: "one").map(\.text) == ["kept in the backup"])
        #expect(try store.check().isSound)
        #expect(try store.auditTrail().last?.action == "restore")
        // A second store on the same file sees the restored content.
        #expect(try openStore(dir.file("cases.sqlite")).count() == 2)
    }

    @Test func restoreRefusesAnythingButASoundNareisStore() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        try store.saveCase(sampleCase(id: "mine"))
        let junk = dir.file("junk.sqlite")
        #expect(FileManager.default.createFile(atPath: junk, contents: Data("not a database at all".utf8)))
        let other = dir.file("other.sqlite")
        try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE t(x)") }
        for source in [junk, other, dir.file("missing.sqlite")] {
            #expect(throws: StoreError.self) { try store.restore(from: source) }
        }
        #expect(try store.loadCase(id: "mine") != nil)
    }

    @Test func backupRefusesToOverwriteAFileThatIsNotABackup() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        let thesis = dir.file("thesis.txt")
        #expect(FileManager.default.createFile(atPath: thesis, contents: Data("four years of work".utf8)))
        #expect(throws: StoreError.self) { try store.backup(to: thesis) }
        #expect(contents(thesis) == Data("four years of work".utf8))
        try store.backup(to: dir.file("b.sqlite"))
        try store.backup(to: dir.file("b.sqlite"))   // an older backup is replaced
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }.isEmpty,
                "no temporary files left behind")
    }

    @Test func migratingFromEveryEarlierVersionKeepsTheCases() throws {
        let migrations = Schema.migrator.migrations
        for earlier in migrations.dropLast() {
            let dir = TemporaryDirectory()
            let path = dir.file("cases.sqlite")
            do {
                // A store as that version left it, with a case in it.
                let old = try DatabasePool(path: path, configuration: CaseStore.configuration())
                try Schema.migrator.migrate(old, upTo: earlier)
                try old.write { db in
                    try db.execute(sql: """
                        INSERT INTO cases (id, document, sponsorName, sponsorNationality, sortName, memberCount, stage,
                            createdAt, changedAt, assessedOn)
                        VALUES ('old-1', ?, 'Old Sponsor', 'ERI', 'old sponsor', 2, 'intake', 'x', 'x', '2024-01-01')
                        """, arguments: [JSONWriter.string(CaseFileWriter.json(sampleCase(id: "old-1")), pretty: false)])
                    try db.execute(sql: "INSERT INTO case_search (rowid, text) SELECT seq, 'old-1 Old Sponsor' FROM cases")
                }
            }
            let store = try openStore(path)
            #expect(try store.pool.read(Schema.migrator.hasCompletedMigrations), "from \(earlier)")
            #expect(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == Schema.version)
            #expect(try store.loadCase(id: "old-1") == sampleCase(id: "old-1"))
            #expect(try store.search("old spo").map(\.id) == ["old-1"], "the search index survives the migration")
            // (A case written after the name keys came, without its rows, as this test
            // writes it, is no case a store ever held.)
            if migrations.firstIndex(of: earlier)! < migrations.firstIndex(of: "v15-person-keys")! {
                #expect(try store.caseIds(withPeopleUnder: [NameKey.key("Saba Tesfaye")!], bornIn: 1991...1993, limit: 5)
                        == ["old-1"], "the people of a case from before the name keys are keyed")
            }
            #expect(try store.check().isSound)
            try store.markTask(caseId: "old-1", taskId: "t", doneOn: day("2024-02-02"))
        }
    }

    /// Only pending deadlines are stored; a store from before that loses its met and
    /// late rows on opening, and keeps the pending ones.
    @Test func onlyPendingDeadlinesAreStored() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        try makeOldStore(path, upTo: "v4-search-deadlines", with: """
            INSERT INTO deadlines (caseSeq, caseId, memberId, deadlineId, due, done, rule) VALUES
                (1, 'old-1', 'm1', 'decision', '2024-06-01', '2024-05-01', 'PROC-DECISION-9M'),
                (1, 'old-1', 'm2', 'decision', '2025-01-12', NULL, 'PROC-DECISION-9M');
            """)
        let store = try openStore(path)
        let stored = { try store.pool.read { try String.fetchAll($0, sql: "SELECT caseId || ' ' || memberId FROM deadlines ORDER BY 1") } }
        #expect(try stored() == ["old-1 m2"])
        #expect(try store.pendingDeadlines(within: 14, asOf: day("2025-01-10")).map(\.memberId) == ["m2"])

        // Decided: its decision deadline is met, nothing is stored for it; submitted
        // and waiting: stored.
        try store.saveCase(sampleCase(id: "decided", submitted: "2024-03-01", decided: "2024-10-01"))
        try store.saveCase(sampleCase(id: "waiting", submitted: "2024-05-01"))
        #expect(try stored() == ["old-1 m2", "waiting m1", "waiting m2"])
    }

    /// Follow-up rows lost the columns their ID and case hold (v10): a store from
    /// before keeps every task, its due day and its done mark, listed as before.
    @Test func followUpsKeepTheirDaysAndMarksWhenSlimmed() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        try makeOldStore(path, upTo: "v9-follow-ups", with: """
            INSERT INTO follow_ups (caseSeq, taskId, template, memberId, due, caseId, doneOn) VALUES
                (1, 'tb-test:m2', 'tb-test', 'm2', '2025-01-15', 'old-1', NULL),
                (1, 'refugee-fund', 'refugee-fund', NULL, NULL, 'old-1', '2025-01-02');
            """)
        let store = try openStore(path)
        let open = try store.openTasks(dueBy: nil)
        #expect(open.map { "\($0.caseId) \($0.id) \($0.memberId ?? "-") \($0.due?.iso ?? "-")" } == ["old-1 tb-test:m2 m2 2025-01-15"])
        #expect(try store.tasks(caseId: "old-1").first { $0.id == "refugee-fund" }?.doneOn == day("2025-01-02"))
        #expect(try store.openTasks(dueBy: nil, offset: 0, limit: 5, total: nil).first?.who == "Old Sponsor")
    }

    /// Procedure events moved from rows of their own to columns of `members`: a
    /// store from before keeps every recorded day, and new writes fill the columns.
    @Test func procedureEventsMoveOntoTheirMembers() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        try makeOldStore(path, upTo: "v6-pending-deadlines-only", with: """
            INSERT INTO members (caseSeq, memberId, position, name, relationship, birthDate, nationality, stage)
                VALUES (1, 'm1', 0, 'Saba', 'partner', '1992', 'ERI', 'decided'),
                       (1, 'm2', 1, 'Yonas', 'child', '2011-02-14', 'ERI', 'submitted');
            INSERT INTO procedure_events (caseSeq, memberId, event, day) VALUES
                (1, 'm1', 'submitted', '2024-10-01'), (1, 'm1', 'decision', '2025-03-02'),
                (1, 'm1', 'mvvIssued', '2025-04-20'), (1, 'm2', 'submitted', '2024-10-03');
            """)
        let store = try openStore(path)
        let events = {
            try store.pool.read { db in
                try String.fetchAll(db, sql: """
                    SELECT memberId || ' ' || coalesce(submitted, '-') || ' ' || coalesce(decision, '-') || ' '
                        || coalesce(mvvIssued, '-') || ' ' || coalesce(arrival, '-')
                    FROM members ORDER BY caseSeq, position
                    """)
            }
        }
        #expect(try events() == ["m1 2024-10-01 2025-03-02 2025-04-20 -", "m2 2024-10-03 - - -"])
        #expect(try store.pool.read { try $0.tableExists("procedure_events") } == false)

        var file = sampleCase(id: "old-1", submitted: "2024-10-05", decided: "2025-03-09")
        file.members[1].procedure.arrival = day("2025-06-01")
        try store.saveCase(file)
        #expect(try events() == ["m1 2024-10-05 2025-03-09 - -", "m2 2024-10-05 2025-03-09 - 2025-06-01"])
    }

    /// A store from before follow-ups were stored: opening it plans the follow-ups of
    /// its cases once, keeping the counsellor's earlier done marks on them.
    @Test func followUpsArePlannedForCasesStoredBefore() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        var approved = sampleCase(id: "old-1", submitted: "2024-10-01", decided: "2025-01-05")
        approved.members[0].procedure.arrival = day("2025-03-01")
        try makeOldStore(path, upTo: "v8-derived-since", with: """
            UPDATE cases SET document = '\(JSONWriter.string(CaseFileWriter.json(approved), pretty: false))' WHERE seq = 1;
            INSERT INTO task_marks (caseSeq, taskId, doneOn, changedAt) VALUES (1, 'refugee-fund', '2025-01-20', 'x');
            """)
        let store = try openStore(path)
        let tasks = try store.tasks(caseId: "old-1")
        #expect(Set(tasks.map(\.id)).isSuperset(of: ["iom-consultation", "iom-travel-assistance", "refugee-fund"]))
        #expect(tasks.first { $0.id == "refugee-fund" }?.doneOn == day("2025-01-20"))
        #expect(try store.openTaskCount(dueBy: nil) == tasks.filter { !$0.isDone }.count)
    }

    @Test func theWorklistIsKeptPerCaseAndMember() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        try store.saveCase(sampleCase(id: "c", submitted: "2024-10-01", decided: "2025-01-05"))
        try store.setChecklistStatus(caseId: "c", memberId: "m2", itemId: "photo", status: .copyReceived, translationNeeded: false)
        try store.setChecklistStatus(caseId: "c", memberId: "m2", itemId: "photo", status: .sentToIND, translationNeeded: true)
        try store.setChecklistStatus(caseId: "c", memberId: "m1", itemId: "relationship-original", status: .originalInNL, translationNeeded: true)
        #expect(try store.checklistStatuses(caseId: "c").map { "\($0.memberId) \($0.itemId) \($0.status.rawValue) \($0.translationNeeded)" }
                == ["m1 relationship-original original-in-nl true", "m2 photo sent-to-ind true"])
        #expect(throws: StoreError.unknownMember(caseId: "c", memberId: "m9")) {
            try store.setChecklistStatus(caseId: "c", memberId: "m9", itemId: "photo", status: .missing, translationNeeded: false)
        }
        let first = try store.addTask(caseId: "c", memberId: "m1", title: "Ask the embassy", due: day("2025-02-01"))
        try store.addTask(caseId: "c", title: "Call COA")
        try store.setTaskDone(caseId: "c", taskNumber: first, on: day("2025-01-11"))
        #expect(try ownTitles(store.tasks(caseId: "c")) == ["Call COA", "Ask the embassy"])
        #expect(throws: StoreError.self) { try store.addTask(caseId: "c", title: "   ") }
        try store.markTask(caseId: "c", taskId: "iom-consultation", doneOn: day("2025-01-09"))
        try store.markTask(caseId: "c", taskId: "refugee-fund", doneOn: day("2025-01-09"))
        try store.markTask(caseId: "c", taskId: "refugee-fund", doneOn: nil)
        let followUps = try store.tasks(caseId: "c").filter { if case .followUp = $0.kind { true } else { false } }
        #expect(followUps.map(\.id).sorted() == ["iom-consultation", "iom-travel-assistance", "refugee-fund"])
        #expect(followUps.filter(\.isDone).map { "\($0.id) \($0.doneOn?.iso ?? "")" } == ["iom-consultation 2025-01-09"])
        try store.addNote(caseId: "c", memberId: "m2", text: "Passport renewal under way")
        #expect(try store.notes(caseId: "c").map(\.text) == ["Passport renewal under way"])

        // Saving the case again keeps the worklist, except for a member who left the case.
        var file = try #require(try store.loadCase(id: "c"))
        file.members.removeAll { $0.id == "m2" }
        try store.saveCase(file)
        #expect(try store.checklistStatuses(caseId: "c").map(\.memberId) == ["m1"])
        #expect(try ownTitles(store.tasks(caseId: "c")).count == 2)
    }

    /// The titles of the counsellor's own tasks among a case's tasks, in list order.
    func ownTitles(_ tasks: [StoredTask]) -> [String] {
        tasks.compactMap { if case .own(_, let title) = $0.kind { title } else { nil } }
    }
}

@Suite struct CheckTests {
    @Test func checkNamesCasesWhoseDocumentNoLongerReads() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        try store.importCases([sampleCase(id: "fine"), sampleCase(id: "broken"), sampleCase(id: "odd")])
        #expect(try store.check(readBack: true).isSound)
        try store.pool.write { db in
            try db.execute(sql: "UPDATE cases SET document = '{\"format\": \"nareis-case/1\"' WHERE id = 'broken'")
            try db.execute(sql: "UPDATE cases SET document = '{\"format\": \"nareis-case/1\", \"sponsor\": 3}' WHERE id = 'odd'")
        }
        #expect(try store.check().unreadableCases == ["broken"])
        #expect(try store.check(readBack: true).unreadableCases == ["broken", "odd"])
        #expect(throws: StoreError.self) { try store.loadCase(id: "odd") }
    }

    /// A large import into an empty store sets the indexes it fills aside and makes
    /// them again at its end: the store then holds the same indexes a fresh one does,
    /// whether the import was taken or refused, and reads through them.
    @Test func aLargeImportIntoAnEmptyStoreKeepsEveryIndex() throws {
        let dir = TemporaryDirectory()
        func indexes(_ store: CaseStore) throws -> [String] {
            try store.pool.read { try String.fetchAll($0, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name") }
        }
        let fresh = try indexes(try openStore(dir.file("fresh.sqlite")))
        let many = (0..<CaseStore.bulkImportCases).map { sampleCase(id: "bulk-\($0)", submitted: "2024-10-01") }

        let refused = try openStore(dir.file("refused.sqlite"))
        #expect(throws: StoreError.self) { try refused.importCases(many + [sampleCase(id: "bulk-0")]) }
        #expect(try indexes(refused) == fresh)

        let store = try openStore(dir.file("cases.sqlite"))
        try store.importCases(many)
        #expect(try indexes(store) == fresh)
        #expect(try store.check().isSound)
        let plan = try store.pool.read {
            try Row.fetchAll($0, sql: "EXPLAIN QUERY PLAN SELECT id FROM cases ORDER BY sortName, id LIMIT 5").map { $0["detail"] as String }
        }
        #expect(plan.joined().contains("cases_by_name"), "\(plan)")
        #expect(try store.pendingDeadlines(within: 400, asOf: day("2025-01-10")).count
                == store.pendingDeadlineCount(within: 400, asOf: day("2025-01-10")))
    }

    /// The list's total is kept beside the cases (the workstation shows it on its first
    /// frame without counting): it follows every way a case comes and goes, and a kept
    /// number that no longer fits is reported.
    @Test func theKeptTotalFollowsTheCasesAndCheckReportsItWhenItDoesNot() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        try store.importCases([sampleCase(id: "a"), sampleCase(id: "b"), sampleCase(id: "c")])
        _ = try store.saveCase(sampleCase(id: "d"))
        _ = try store.saveCase(sampleCase(id: "a", sponsor: "Amanuel Tesfay Gebre"))
        try store.eraseCase(id: "b")
        #expect(try store.count() == 3)
        #expect(try store.caseCount() == 3)
        #expect(try store.check().isSound)

        // A large import counts once at its end, and a refused one changes nothing.
        // (Into a store that holds cases: its indexes stay as they are.)
        let many = (0..<CaseStore.bulkImportCases).map { sampleCase(id: "bulk-\($0)") }
        try store.importCases(many)
        #expect(try store.count() == 3 + many.count)
        #expect(throws: StoreError.self) { try store.importCases(many) }
        _ = try store.saveCase(sampleCase(id: "e"))
        try store.eraseCase(id: "a")
        #expect(try store.count() == 3 + many.count, "the triggers are back after both")
        #expect(try store.check().isSound)

        try store.pool.write { try $0.execute(sql: "UPDATE case_total SET cases = 7") }
        let report = try store.check()
        #expect(!report.isSound)
        #expect(report.keptTotal == 7 && report.cases == 3 + many.count)
    }

    /// The deadlines pane's total comes from counts kept per due day: whatever writes
    /// or removes deadlines, the total for any window is the number of deadlines
    /// listed for it, and a kept count that no longer fits is reported.
    @Test func theDeadlineCountsKeptPerDayFollowEveryWriteAndCheckReportsThemWhenTheyDoNot() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        let asOf = day("2025-01-10")
        func totalsMatchTheList(_ note: Comment) throws {
            for days in [0, 14, 90, 400, 3650] {
                #expect(try store.pendingDeadlineCount(within: days, asOf: asOf)
                        == store.pendingDeadlines(within: days, asOf: asOf).count, "\(days) days: \(note)")
            }
        }
        // Into an empty store a large import sets its indexes aside and counts at its end.
        let many = (0..<CaseStore.bulkImportCases).map {
            sampleCase(id: "bulk-\($0)", permit: $0 % 2 == 0 ? "2024-12-01" : "2024-11-15", submitted: "2025-01-02")
        }
        try store.importCases(many)
        #expect(try store.pendingDeadlineCount(within: 3650, asOf: asOf) > 0)
        try totalsMatchTheList("after a large import into an empty store")

        try store.importCases([sampleCase(id: "a"), sampleCase(id: "b", permit: "2024-10-20"), sampleCase(id: "c")])
        _ = try store.saveCase(sampleCase(id: "a", permit: "2024-12-20", submitted: "2025-01-05"))
        try store.eraseCase(id: "b")
        try totalsMatchTheList("after a small import, an edit that moves deadlines and an erasure")

        #expect(throws: StoreError.self) { try store.importCases(many) }
        try store.importCases((0..<CaseStore.bulkImportCases).map { sampleCase(id: "more-\($0)", permit: "2024-12-24") })
        _ = try store.saveCase(sampleCase(id: "c", decided: "2025-01-08"))
        try totalsMatchTheList("after a refused and a completed large import into a store that holds cases")
        #expect(try store.check().isSound)

        try store.pool.write {
            try $0.execute(sql: "UPDATE pending_deadlines_per_day SET pending = pending + 1 WHERE due = (SELECT min(due) FROM pending_deadlines_per_day)")
        }
        let report = try store.check()
        #expect(!report.isSound)
        #expect(report.miscountedDeadlineDays == 1)
    }

    /// A store from before the counts were kept has them counted once when it is opened.
    @Test func aStoreFromBeforeHasItsDeadlinesCountedPerDay() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        try makeOldStore(path, upTo: "v20-case-total", with: """
            INSERT INTO members (caseSeq, memberId, position, name, relationship, birthDate, nationality, stage)
                VALUES (1, 'm1', 0, 'Saba', 'partner', '1992', 'ERI', 'intake');
            INSERT INTO deadlines (caseSeq, memberId, deadlineId, due, rule, caseId) VALUES
                (1, 'm1', 'favourable-window', '2025-01-20', 'NR-01', 'old-1'),
                (1, 'm1', 'report-arrival', '2025-01-20', 'NR-02', 'old-1'),
                (1, 'm1', 'ind-decision', '2025-06-01', 'NR-03', 'old-1');
            """)
        let store = try openStore(path)
        let asOf = day("2025-01-10")
        for days in [0, 14, 400] {
            #expect(try store.pendingDeadlineCount(within: days, asOf: asOf) == store.pendingDeadlines(within: days, asOf: asOf).count)
        }
        #expect(try store.check().miscountedDeadlineDays == nil)
    }
}

/// A store as an earlier version left it (migrated up to `migration`), holding case
/// `old-1` (seq 1) and the rows `sql` adds.
private func makeOldStore(_ path: String, upTo migration: String, with sql: String) throws {
    let old = try DatabasePool(path: path, configuration: CaseStore.configuration())
    try Schema.migrator.migrate(old, upTo: migration)
    try old.write { db in
        try db.execute(sql: """
            INSERT INTO cases (seq, id, document, sponsorName, sponsorNationality, sortName, memberCount, stage,
                createdAt, changedAt, assessedOn)
            VALUES (1, 'old-1', ?, 'Old Sponsor', 'ERI', 'old sponsor', 2, 'intake', 'x', 'x', '2024-01-01');
            """, arguments: [JSONWriter.string(CaseFileWriter.json(sampleCase(id: "old-1")), pretty: false)])
        try db.execute(sql: sql)
    }
}
