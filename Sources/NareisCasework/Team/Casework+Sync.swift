import Foundation
import NareisCore

/// What one sync did, for the front ends to say.
public struct SyncReport: Hashable, Sendable {
    /// Colleagues' versions written here (new cases and changes).
    public var pulled = 0
    /// Changes of this laptop the server took.
    public var pushed = 0
    /// Cases where both sides changed different fields: merged here, and offered again.
    public var merged = 0
    /// Cases erased here because a colleague erased them.
    public var erased = 0
    /// Cases given a new ID because the team had another case under their old one.
    public var renumbered = 0
    /// Collisions waiting for the counsellor (all of them, not only new ones).
    public var conflicts = 0
    /// Cases changed here and not on the server after the sync (changed meanwhile, or
    /// waiting for a collision to be chosen): the next sync takes them.
    public var waiting = 0
    /// Cases the server holds that this version of nareis cannot store, by ID.
    public var unreadable: [String] = []

    public init() {}
}

extension Casework {
    /// How many cases a pull asks for at a time, and a push offers in one transaction.
    public static let syncBatchSize = 1000
    /// Rounds of pull and push: a colleague who pushed between this laptop's pull
    /// and push makes a change stale; another round merges it.
    static let syncRounds = 3

    /// Brings this laptop and the team server level: pulls the team's changes (merging
    /// them with this laptop's where both changed a case; a collision is kept for the
    /// counsellor, never settled), then offers this laptop's changes, each on the
    /// version it was made on. Every step is written before the next is taken, so a sync
    /// stopped anywhere (the server gone, the process killed) starts again where it was,
    /// and nothing is lost or counted twice.
    public func sync(with server: any TeamServer, now: String) async throws -> SyncReport {
        let identity = try await server.identity()
        if let team = try storage.syncSetting(.team), team != identity.team {
            throw SyncError.otherTeam(store: team, server: identity.team)
        }
        try storage.setSyncSetting(.team, to: identity.team)
        if try storage.syncSetting(.caseIdTag) == nil { try storage.setSyncSetting(.caseIdTag, to: Self.newCaseIdTag()) }
        var report = SyncReport()
        // Cases an older version could not store: asked for again (the setting is
        // written back with those still unreadable).
        let aside = try unreadableCaseIds()
        if !aside.isEmpty {
            try storage.setSyncSetting(.unreadable, to: "")
            try merge(try await server.fetch(caseIds: aside), pulledThrough: nil, into: &report)
        }
        var stale: [String] = []
        for _ in 0..<Self.syncRounds {
            try await pull(from: server, into: &report)
            // The stale ones' current versions, even when the pull position is past them
            // (a version skipped because the case was being edited here as it came).
            try merge(try await server.fetch(caseIds: stale), pulledThrough: nil, into: &report)
            stale = try await push(to: server, into: &report)
            if stale.isEmpty { break }
        }
        report.conflicts = try storage.conflictedCaseIds().count
        report.waiting = try storage.syncStatus().waiting
        try storage.setSyncSetting(.lastSync, to: now)
        forgetReads()
        return report
    }

    private func unreadableCaseIds() throws -> [String] {
        (try storage.syncSetting(.unreadable) ?? "").split(separator: ",").map(String.init)
    }

    /// Four letters and digits that cannot be mistaken for one another (no vowels: no words).
    static func newCaseIdTag() -> String {
        let alphabet = Array("BCDFGHJKLMNPQRSTVWXZ23456789")
        return String((0..<4).map { _ in alphabet.randomElement()! })
    }

    /// Pulls every change after the last one pulled, a batch at a time.
    private func pull(from server: any TeamServer, into report: inout SyncReport) async throws {
        let after = Int64(try storage.syncSetting(.pulledThrough) ?? "0") ?? 0
        var batch = try await server.pull(after: after, limit: Self.syncBatchSize)
        while let last = batch.last {
            // The next batch comes over the network while this one is written.
            async let next = server.pull(after: last.seq, limit: Self.syncBatchSize)
            guard try merge(batch, pulledThrough: last.seq, into: &report) else { return }
            batch = try await next
        }
    }

    /// Writes colleagues' versions here (merging where both sides changed a case), with
    /// the pull position when given; false when a case the server holds could not be
    /// stored (the rest of the batch is, and the pull stops there).
    @discardableResult
    private func merge(_ batch: [ServerCase], pulledThrough: Int64?, into report: inout SyncReport) throws -> Bool {
        guard !batch.isEmpty else { return true }
        let records = try storage.syncRecords(ids: batch.map(\.caseId))
        // This laptop's own pushes come back in the pull: a version it holds already
        // needs nothing (and no reading of the case).
        let news = batch.filter { theirs in
            guard let record = records[theirs.caseId], !record.isConflicted else { return true }
            return record.version != theirs.version
        }
        var local = try storage.localSyncCases(ids: news.map(\.caseId))
        // Colleagues' documents read on every core (a first pull reads the whole team's).
        let read = parallelMap(news) { theirs -> ReadDocument? in
            guard let text = theirs.document, let json = try? JSONValue.parse(text),
                  let document = try? SyncDocument(json: json), let caseJSON = json["case"] else { return nil }
            return ReadDocument(document: document, caseFile: try? CaseFileReader.read(caseJSON, path: ""))
        }
        let readById = Dictionary(zip(news.map(\.caseId), read).compactMap { id, read in read.map { (id, $0) } },
                                  uniquingKeysWith: { first, _ in first })
        var writes: [SyncWrite] = []
        for theirs in news {
            if let here = local[theirs.caseId], records[theirs.caseId] == nil, let document = theirs.document,
               here.text != document {
                // Another case under the same ID, made here before this laptop saw the
                // team's: it takes a new ID (both families stay; nothing is merged
                // across them). Written before the pull goes on, so a stop here is safe.
                _ = try storage.renumberCase(id: theirs.caseId)
                local[theirs.caseId] = nil
                report.renumbered += 1
            }
            guard var write = try pulledWrite(theirs, local: local[theirs.caseId], record: records[theirs.caseId],
                                              read: readById[theirs.caseId], report: &report) else { continue }
            if case .document(let document) = write.content, let read = readById[theirs.caseId], read.document == document {
                write.caseFile = read.caseFile
            }
            writes.append(write)
        }
        do {
            // A case skipped (changed here meanwhile) stays on the waiting list.
            _ = try storage.applySync(writes, pulledThrough: pulledThrough)
            return true
        } catch let error as StoreError {
            // One case the server holds that this version cannot store must not
            // stop the team's others: the batch is written without it.
            guard case .invalid(let field, _) = error, let bad = writes.first(where: { "case \($0.caseId)" == field }) else {
                throw error
            }
            // Kept aside and asked for again at every sync (`fetch`): once this laptop
            // runs a nareis that reads it, it arrives.
            report.unreadable.append(bad.caseId)
            let aside = Set(try unreadableCaseIds()).union([bad.caseId]).sorted()
            try storage.setSyncSetting(.unreadable, to: aside.joined(separator: ","))
            writes.removeAll { $0.caseId == bad.caseId }
            return try merge(batch.filter { $0.caseId != bad.caseId }, pulledThrough: pulledThrough, into: &report)
        }
    }

    /// What a colleague's version of a case does here.
    private func pulledWrite(_ theirs: ServerCase, local: LocalSyncCase?, record: SyncRecord?, read: ReadDocument?,
                             report: inout SyncReport) throws -> SyncWrite? {
        let id = theirs.caseId
        /// The colleague's document, as read on every core (else read here, with its error).
        func theirsDocument(_ text: String) throws -> SyncDocument { try read?.document ?? SyncDocument(text: text) }
        guard let document = theirs.document else {
            // Erased on the server: erased here too, whatever was changed here.
            if local != nil { report.erased += 1 }
            return SyncWrite(caseId: id, content: local == nil ? .keep : .erase,
                             record: SyncRecord(version: theirs.version, base: nil), expectedLocal: nil)
        }
        guard let local else {
            // Not here: new to this laptop, or erased here and the erase not yet offered
            // (then it stays erased, and the erase is offered on this version).
            if let record, record.base == nil, record.version > 0 {
                return SyncWrite(caseId: id, content: .keep, record: SyncRecord(version: theirs.version, base: nil),
                                 expectedLocal: nil, waiting: true)
            }
            report.pulled += 1
            return SyncWrite(caseId: id, content: .document(try theirsDocument(document)),
                             record: SyncRecord(version: theirs.version, base: document), expectedLocal: nil)
        }
        if let record, record.isConflicted {
            // Still waiting for the counsellor: the newer colleague's version replaces the older.
            return SyncWrite(caseId: id, content: .keep,
                             record: SyncRecord(version: record.version, base: record.base, theirs: document,
                                                theirsVersion: theirs.version),
                             expectedLocal: local.text, waiting: true)
        }
        let changedHere = local.text != record?.base
        if !changedHere || local.text == document {
            if changedHere || local.text != document { report.pulled += 1 }
            return SyncWrite(caseId: id, content: local.text == document ? .keep : .document(try theirsDocument(document)),
                             record: SyncRecord(version: theirs.version, base: document), expectedLocal: local.text)
        }
        // Changed on both sides: field by field.
        let base = try record?.base.map { try JSONValue.parse($0) }
        let result = CaseMerge.merge(base: base, mine: local.document.json, theirs: try JSONValue.parse(document))
        if result.isClean {
            report.merged += 1
            return SyncWrite(caseId: id, content: .document(try SyncDocument(json: result.merged)),
                             record: SyncRecord(version: theirs.version, base: document), expectedLocal: local.text,
                             waiting: true)
        }
        return SyncWrite(caseId: id, content: .keep,
                         record: SyncRecord(version: record?.version ?? 0, base: record?.base, theirs: document,
                                            theirsVersion: theirs.version),
                         expectedLocal: local.text, waiting: true)
    }

    /// Offers every waiting change; returns those that were stale (another round).
    private func push(to server: any TeamServer, into report: inout SyncReport) async throws -> [String] {
        let waiting = try storage.collectWaiting()
        var stale: [String] = []
        // While this laptop's accepted changes take the change order's next numbers, no
        // colleague's change came between: the pull position moves past them, so they
        // are not pulled back (a laptop's first push would otherwise come back whole).
        var through: Int64? = Int64(try storage.syncSetting(.pulledThrough) ?? "0") ?? 0
        var start = 0
        while start < waiting.count {
            let ids = Array(waiting[start..<min(start + Self.syncBatchSize, waiting.count)])
            start += ids.count
            let local = try storage.localSyncCases(ids: ids)
            let records = try storage.syncRecords(ids: ids)
            var changes: [CaseChange] = []
            var settled: [SyncWrite] = []
            for id in ids {
                let record = records[id]
                if record?.isConflicted == true { continue }
                if let local = local[id] {
                    if let record, local.text == record.base {
                        settled.append(SyncWrite(caseId: id, content: .keep, record: record, expectedLocal: local.text))
                        continue
                    }
                    changes.append(CaseChange(caseId: id, baseVersion: record?.version ?? 0, document: local.text,
                                              counsellor: local.counsellor, deadlines: local.pendingDeadlines))
                } else if let record, record.version > 0, record.base != nil || record.theirs == nil {
                    // Erased here: the erase is offered on the version last seen.
                    changes.append(CaseChange(caseId: id, baseVersion: record.version, document: nil, counsellor: nil,
                                              deadlines: []))
                } else {
                    settled.append(SyncWrite(caseId: id, content: .keep,
                                             record: record ?? SyncRecord(version: 0, base: nil), expectedLocal: nil))
                }
            }
            let outcomes = changes.isEmpty ? [] : try await server.push(changes)
            var writes = settled
            var renumber: [String] = []
            for (change, outcome) in zip(changes, outcomes) {
                switch outcome {
                case .accepted(let version, _):
                    report.pushed += 1
                    writes.append(SyncWrite(caseId: change.caseId, content: .keep,
                                            record: SyncRecord(version: version, base: change.document),
                                            expectedLocal: change.document))
                case .erased:
                    if change.document != nil { report.erased += 1 }
                    writes.append(SyncWrite(caseId: change.caseId, content: change.document == nil ? .keep : .erase,
                                            record: SyncRecord(version: max(change.baseVersion, 1), base: nil),
                                            expectedLocal: change.document))
                case .stale:
                    if change.baseVersion == 0 && records[change.caseId] == nil {
                        // The team has another case under this ID (made on another laptop).
                        renumber.append(change.caseId)
                    } else {
                        stale.append(change.caseId)
                    }
                }
            }
            let seqs = outcomes.compactMap { outcome -> Int64? in
                if case .accepted(_, let seq) = outcome { return seq } else { return nil }
            }.sorted()
            if let last = through, !seqs.isEmpty {
                through = seqs == Array(last + 1...last + Int64(seqs.count)) ? seqs.last : nil
            }
            _ = try storage.applySync(writes, pulledThrough: seqs.isEmpty ? nil : through)
            for id in renumber {
                _ = try storage.renumberCase(id: id)
                report.renumbered += 1
                stale.append(id)
            }
        }
        return stale
    }
}

/// A colleague's document read ahead, with its case file (nil when it does not read).
struct ReadDocument: Sendable {
    var document: SyncDocument
    var caseFile: CaseFile?
}

/// Why a sync did not start; nothing was changed.
public enum SyncError: Error, Hashable, Sendable {
    /// The store synced with another team before (a store never mixes two teams' cases).
    case otherTeam(store: String, server: String)
}

extension Casework {
    /// Where this laptop stands with the team server (no server needed).
    public func syncStatus() throws -> SyncStatus { try storage.syncStatus() }

    /// The team this store syncs with (nil before its first sync).
    public func syncTeam() throws -> String? { try storage.syncSetting(.team) }

    /// Hands a case to a colleague (an audit line; the team sees it at the next sync).
    public func assign(caseId: String, to counsellor: String) throws {
        try writing { try storage.assignCase(id: caseId, to: counsellor) }
    }
}
