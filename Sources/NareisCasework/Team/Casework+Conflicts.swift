import Foundation
import NareisCore

/// A case where a colleague's change collides with one made on this laptop: the
/// fields both changed to different values, each with both values, for the counsellor
/// to choose field by field. Everything else both sides changed is merged already.
public struct CaseConflict: Sendable {
    public var caseId: String
    public var fields: [MergeConflict]
    /// The case file as changed here (for names in labels).
    public var file: CaseFile?

    let result: MergeResult
    let local: String
    let theirs: String
    let theirsVersion: Int64

    /// The family member a conflict path lies under (`case.members[id]…` or a checklist
    /// entry of the member), with its name here; nil for the sponsor and the family.
    public func member(of field: MergeConflict) -> Member? {
        let path = field.path
        let memberId: String?
        switch (path.first, path.dropFirst().first, path.dropFirst(2).first) {
        case (.key("case")?, .key("members")?, .id(let id)?): memberId = id
        case (.key("checklist")?, .key(let id)?, _): memberId = id
        default: memberId = nil
        }
        return memberId.flatMap { id in file?.members.first { $0.id == id } }
    }
}

extension Casework {
    /// The cases waiting for the counsellor to choose, by ID.
    public func conflictedCases() throws -> [String] { try storage.conflictedCaseIds() }

    /// The collision of one case (nil when there is none, e.g. it was chosen meanwhile).
    public func conflict(caseId: String) throws -> CaseConflict? {
        guard let record = try storage.syncRecords(ids: [caseId])[caseId], let theirs = record.theirs,
              let theirsVersion = record.theirsVersion,
              let local = try storage.localSyncCases(ids: [caseId])[caseId] else { return nil }
        let base = try record.base.map { try JSONValue.parse($0) }
        let result = CaseMerge.merge(base: base, mine: local.document.json, theirs: try JSONValue.parse(theirs))
        let file = try? CaseFileReader.read(local.document.caseDocument)
        return CaseConflict(caseId: caseId, fields: result.conflicts, file: file, result: result, local: local.text,
                            theirs: theirs, theirsVersion: theirsVersion)
    }

    /// Settles a collision as the counsellor chose (`takingTheirs[i]` for
    /// `conflict.fields[i]`): the case as merged is stored here and offered to the
    /// server at the next sync, on the colleague's version. Refused (`false`) when the
    /// case changed since the conflict was read: read it again.
    @discardableResult
    public func resolve(_ conflict: CaseConflict, takingTheirs choices: [Bool]) throws -> Bool {
        precondition(choices.count == conflict.fields.count, "one choice per field")
        let merged = CaseMerge.resolve(conflict.result, takingTheirs: choices)
        let document = try SyncDocument(json: merged)
        let write = SyncWrite(caseId: conflict.caseId, content: .document(document),
                              record: SyncRecord(version: conflict.theirsVersion, base: conflict.theirs),
                              expectedLocal: conflict.local, waiting: true)
        return try writing { try storage.applySync([write], pulledThrough: nil).isEmpty }
    }
}
