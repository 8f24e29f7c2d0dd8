import Foundation
import GRDB
import NareisCasework
import NareisCore

extension CaseStore {
    static let rowColumns = """
        id, sponsorName, sponsorLatinName, sponsorNationality, counsellor, memberCount, stage, nextDue, changedAt,
        (SELECT sum(checklistCount) FROM members m WHERE m.caseSeq = cases.seq) AS documentsRequired,
        (SELECT count(*) FROM checklist_status s JOIN members m ON m.caseSeq = s.caseSeq AND m.memberId = s.memberId
         WHERE s.caseSeq = cases.seq AND \(completeCondition)
         AND instr(m.checklistItems, ',' || s.itemId || ',') > 0) AS documentsComplete
        """

    /// `DocumentStatus.isComplete(for:)` in SQL over `checklist_status s`: a copy of an
    /// item whose original is asked for does not count (DOC-ORIGINALS-STATUS).
    static let completeCondition: String = {
        func list<S: Sequence>(_ values: S) -> String where S.Element == String {
            "(" + values.sorted().map { "'\($0)'" }.joined(separator: ", ") + ")"
        }
        let originals = DocumentStatus.originalRequired
        let anyItem = DocumentStatus.complete.map(\.rawValue)
        let originalItems = DocumentStatus.completing(originals.first ?? "").map(\.rawValue)
        return "(CASE WHEN s.itemId IN \(list(originals)) THEN s.status IN \(list(originalItems)) ELSE s.status IN \(list(anyItem)) END)"
    }()

    /// A page of the case list, sorted and filtered in SQL: only `limit` rows are read.
    ///
    /// With `total` (the filter's count) a page in the second half of the list is read
    /// from the other end of the index, so the last page of 100,000 cases costs what
    /// the first does (an OFFSET walks every row it skips). Every order ends on the
    /// unique `id`, so both directions give the same rows.
    public func caseRows(filter: CaseFilter = CaseFilter(), sort: CaseSort = .nextDeadline,
                         offset: Int = 0, limit: Int = 100, total: Int? = nil) throws -> [CaseRow] {
        let (whereClause, arguments) = Self.whereClause(filter)
        let offset = max(0, offset)
        var limit = max(0, limit)
        let reversed = total.map { offset > $0 / 2 } ?? false
        var skip = offset
        if let total, reversed {
            limit = max(0, min(limit, total - offset))
            skip = max(0, total - offset - limit)
        }
        let ascending = !reversed
        let order: String
        switch sort {
        case .nextDeadline: order = ascending ? "coalesce(nextDue, '9999-12-31'), id" : "coalesce(nextDue, '9999-12-31') DESC, id DESC"
        case .name: order = ascending ? "sortName, id" : "sortName DESC, id DESC"
        case .lastChange: order = ascending ? "changedAt DESC, id DESC" : "changedAt, id"
        }
        let sql = "SELECT \(Self.rowColumns) FROM cases \(whereClause) ORDER BY \(order) LIMIT ? OFFSET ?"
        // Cached (one statement per filter, sort and direction): preparing the row
        // columns' subqueries costs about what reading a page does.
        let rows = try read { db in
            try CaseRow.fetchAll(db.cachedStatement(sql: sql), arguments: arguments + [limit, skip])
        }
        return reversed ? rows.reversed() : rows
    }

    /// How many cases the filter lets through.
    public func caseCount(filter: CaseFilter = CaseFilter()) throws -> Int {
        let (whereClause, arguments) = Self.whereClause(filter)
        if whereClause.isEmpty { return try count() }
        return try read {
            try Int.fetchOne($0.cachedStatement(sql: "SELECT count(*) FROM cases \(whereClause)"), arguments: arguments) ?? 0
        }
    }

    /// The distinct counsellors named in the store, for the list's filter.
    public func counsellors() throws -> [String] {
        try read { try String.fetchAll($0, sql: "SELECT DISTINCT counsellor FROM cases WHERE counsellor IS NOT NULL ORDER BY counsellor") }
    }

    public func newestCounsellor() throws -> String? {
        // Newest first by row number (the primary key): no index needed, and the
        // walk stops at the first case with a counsellor.
        try read { try String.fetchOne($0, sql: "SELECT counsellor FROM cases WHERE counsellor IS NOT NULL ORDER BY seq DESC LIMIT 1") }
    }

    static func whereClause(_ filter: CaseFilter) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let stage = filter.stage {
            conditions.append("stage = ?")
            arguments += [stage.rawValue]
        }
        if let day = filter.overdueOn {
            // The form of the cases_by_next_due index, so the count is an index range.
            conditions.append("coalesce(nextDue, '9999-12-31') < ?")
            arguments += [day.iso]
        }
        if let counsellor = filter.counsellor {
            conditions.append("counsellor = ?")
            arguments += [counsellor.precomposedStringWithCanonicalMapping]
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// Cases whose names, V-numbers or ID start with the words typed (every word
    /// must match the start of a word; accents and case do not matter), sorted by name.
    public func search(_ text: String, limit: Int = 50) throws -> [CaseRow] {
        guard let query = Self.searchQuery(text) else { return [] }
        return try read { db in
            // A case ID being typed ("NR-2026-0") is a range of the ID index: every
            // case shares "NR" and the year, which the word index would intersect whole.
            let typed = text.trimmingCharacters(in: .whitespaces).uppercased()
            if typed.count >= 3, typed.contains("-"), typed.allSatisfy({ $0.isASCII && !$0.isWhitespace }) {
                let rows = try CaseRow.fetchAll(db, sql: """
                    SELECT \(Self.rowColumns) FROM cases WHERE id >= ? AND id < ? ORDER BY id LIMIT ?
                    """, arguments: [typed, typed + "\u{10FFFF}", max(0, limit)])
                if !rows.isEmpty { return rows }
            }
            return try CaseRow.fetchAll(db, sql: """
                SELECT \(Self.rowColumns) FROM cases
                WHERE seq IN (SELECT rowid FROM case_search WHERE case_search MATCH ? LIMIT ?)
                ORDER BY sortName, id
                """, arguments: [query, max(0, limit)])
        }
    }

    /// The FTS5 query for what was typed: each word a quoted prefix, all required.
    /// Punctuation separates words (as the index's tokenizer does), so nothing typed
    /// can be read as FTS5 syntax. nil when nothing searchable was typed.
    static func searchQuery(_ text: String) -> String? {
        var words: [String] = []
        var current = ""
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars.prefix(200) {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
                || p.generalCategory == .spacingMark {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        guard !words.isEmpty else { return nil }
        return words.prefix(16).map { "\"\($0)\"*" }.joined(separator: " ")
    }

    /// Every pending deadline due on or before `asOf + days` across the store
    /// (overdue ones included), overdue first, then by due date. Reads only the
    /// stored deadlines: no case is assessed.
    public func pendingDeadlines(within days: Int, asOf: Day) throws -> [PendingDeadline] {
        let last = asOf.adding(days: days).iso
        return try read { db in
            // Tens of thousands of rows for a cron job: read straight from SQLite's
            // columns rather than through a GRDB row each, into an array sized from
            // the counts kept per day (a page read): grown by doubling, it was copied
            // four times into fresh pages, a quarter of the command's page faults.
            var deadlines: [PendingDeadline] = []
            deadlines.reserveCapacity(try Int.fetchOne(db.cachedStatement(sql: Schema.pendingThroughDay), arguments: [last]) ?? 0)
            let query = try BulkStatement(db, """
                SELECT caseId, memberId, deadlineId, due, rule FROM deadlines
                WHERE done IS NULL AND due <= ?
                ORDER BY due, caseId, memberId, deadlineId
                """)
            query.bind(1, last)
            // The columns are found by name once, here, and every row is read at their
            // positions: reading each value by name would hash (and lowercase) its name,
            // five times a row over tens of thousands of rows.
            let caseId = try query.column("caseId"), memberId = try query.column("memberId")
            let deadlineId = try query.column("deadlineId"), dueDay = try query.column("due"), rule = try query.column("rule")
            // Rows come by due day, hundreds to a day: parse each day once. Member IDs,
            // deadline IDs and rules repeat a handful of values over tens of thousands
            // of rows: each is made a String once.
            var dueText = ""
            var due = asOf
            var members = RepeatedTexts(), deadlineIds = RepeatedTexts(), rules = RepeatedTexts()
            try query.forEachRow {
                let text = query.text(dueDay)
                if text != dueText {
                    dueText = text
                    due = Day(iso: text) ?? asOf
                }
                deadlines.append(PendingDeadline(caseId: query.text(caseId), memberId: query.text(memberId, reusing: &members),
                                                 deadlineId: query.text(deadlineId, reusing: &deadlineIds), due: due,
                                                 rule: query.text(rule, reusing: &rules)))
            }
            return deadlines
        }
    }

    /// The stored case, as it was saved; nil when there is no such case. A cached
    /// statement: the workstation loads the case under its cursor on every move.
    public func loadCase(id: String) throws -> CaseFile? {
        guard let document = try read({
            try String.fetchOne($0.cachedStatement(sql: "SELECT document FROM cases WHERE id = ?"), arguments: [id])
        }) else { return nil }
        return try decodeRecent(document)
    }

    /// Loads a case for a counsellor to look at, and records the view in the audit trail.
    public func openCase(id: String) throws -> CaseFile {
        let now = timestamp()
        let document = try write { db -> String in
            guard let document = try String.fetchOne(db, sql: "SELECT document FROM cases WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownCase(id: id)
            }
            try audit(db, .view, caseId: id, at: now)
            return document
        }
        return try decodeRecent(document)
    }

    /// The assessment of a stored case on `asOf` (default: the case's own asOf, else today).
    public func assessment(ofCase id: String, asOf: Day? = nil) throws -> Assessment? {
        guard let file = try loadCase(id: id) else { return nil }
        return assess(file, asOf ?? file.asOf ?? today())
    }

    /// The number of cases stored.
    public func count() throws -> Int {
        try read { try Schema.keptCaseTotal($0) ?? 0 }
    }

    /// Calls `body` with every stored case in ID order, one at a time (constant memory).
    public func forEachCase(_ body: (CaseFile) throws -> Void) throws {
        try read { db in
            let documents = try String.fetchCursor(db, sql: "SELECT document FROM cases ORDER BY id")
            while let document = try documents.next() {
                try body(try Self.decode(document, path: path))
            }
        }
    }

    /// Up to `limit` stored cases in ID order, starting after `afterId` (from the
    /// first when nil): a page at a time, for outputs that do more per case than one
    /// read allows (the worklist of each case is read separately). The documents are
    /// read back on every core.
    public func loadCases(after afterId: String?, limit: Int) throws -> [CaseFile] {
        let stored = try read { db in
            try Row.fetchAll(db, sql: "SELECT id, document FROM cases WHERE id > ? ORDER BY id LIMIT ?",
                             arguments: [afterId ?? "", max(0, limit)]).map { (id: $0["id"] as String, document: $0["document"] as String) }
        }
        let path = self.path
        return try parallelMap(stored) { stored in
            Result {
                var file = try Self.decode(stored.document, path: path)
                file.id = stored.id   // the row's ID, which the next page starts after
                return file
            }
        }.map { try $0.get() }
    }

    /// The audit trail, oldest first.
    public func auditTrail(caseId: String? = nil) throws -> [AuditEntry] {
        try read { db in
            let sql = "SELECT at, who, action, caseId, memberId, count FROM audit"
                + (caseId == nil ? "" : " WHERE caseId = ?") + " ORDER BY id"
            return try AuditEntry.fetchAll(db, sql: sql, arguments: caseId.map { [$0] } ?? [])
        }
    }

    /// `decode`, through the documents decoded lately (a case opened again).
    func decodeRecent(_ document: String) throws -> CaseFile {
        try decoded.file(for: document) { [path] in try Self.decode($0, path: path) }
    }

    /// A stored document that does not read back is damage, not bad input.
    static func decode(_ document: String, path: String) throws -> CaseFile {
        do {
            return try CaseFileReader.read(document)
        } catch {
            throw StoreError.damaged(path: path, detail: "a stored case does not read back as \(CaseFile.format)")
        }
    }

    /// Records an export (how many cases, or which one) in the audit trail.
    public func recordExport(caseId: String?, count: Int) throws {
        let now = timestamp()
        try write { try audit($0, .export, caseId: caseId, count: count, at: now) }
    }
}
