import NareisCore

/// One line of a case's timeline: a note, or a line of the audit trail.
public struct TimelineEntry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case note(text: String, memberId: String?)
        /// An audit line: what was done (`AuditAction`'s raw value) and to which member.
        case audit(action: String, memberId: String?)
    }

    /// ISO 8601 UTC.
    public var at: String
    public var who: String
    public var kind: Kind

    public init(at: String, who: String, kind: Kind) {
        self.at = at
        self.who = who
        self.kind = kind
    }

    public var isNote: Bool {
        if case .note = kind { return true }
        return false
    }
}

/// Notes and the case's own audit trail.
extension Casework {
    /// A case's notes among its audit lines (created, changed, opened, exported),
    /// oldest first; a note after the audit line of its writing.
    public func timeline(caseId: String) throws -> [TimelineEntry] {
        let notes = try storage.notes(caseId: caseId).map {
            TimelineEntry(at: $0.createdAt, who: $0.author ?? "", kind: .note(text: $0.text, memberId: $0.memberId))
        }
        let audit = try storage.auditTrail(caseId: caseId).map {
            TimelineEntry(at: $0.at, who: $0.who, kind: .audit(action: $0.action, memberId: $0.memberId))
        }
        // Stable: a note and the audit line of its writing share a second.
        return (audit + notes).enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    @discardableResult
    public func addNote(caseId: String, memberId: String? = nil, text: String) throws -> Int64 {
        try writing { try storage.addNote(caseId: caseId, memberId: memberId, text: text) }
    }

    /// The audit trail, of one case or of the store.
    public func auditTrail(caseId: String? = nil) throws -> [AuditEntry] { try storage.auditTrail(caseId: caseId) }
}
