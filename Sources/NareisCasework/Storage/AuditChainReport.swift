/// What the check of the audit trail's hash chain found (`CheckReport.auditChain`).
public struct AuditChainReport: Hashable, Sendable {
    /// The lines that fit the chain, from the first up to the end or to the break.
    public var intactLines: Int
    /// The first line that does not fit; nil when the whole trail does.
    public var firstBreak: AuditChainBreak?
    /// The hash of the last line (hexadecimal) when the whole trail fits: written
    /// down elsewhere, it shows later whether lines were cut off the end or the
    /// chain was made again from scratch, which the chain alone cannot show.
    public var head: String?

    public init(intactLines: Int, firstBreak: AuditChainBreak? = nil, head: String? = nil) {
        self.intactLines = intactLines
        self.firstBreak = firstBreak
        self.head = head
    }
}

/// The first audit line that does not fit the chain: its number, when and what (as
/// stored; never personal data), and how it does not fit.
public struct AuditChainBreak: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// It carries no hash nareis writes: it was put there by hand.
        case unsealed
        /// Its number does not follow the line before it (`after`; 0: it is the
        /// first): the lines in between were removed.
        case linesMissing(after: Int64)
        /// Its hash does not match its content and the line before it: it or that
        /// line was changed, or it was put there by hand.
        case mismatch
    }

    public var id: Int64
    public var at: String
    public var action: String
    public var reason: Reason

    public init(id: Int64, at: String, action: String, reason: Reason) {
        self.id = id
        self.at = at
        self.action = action
        self.reason = reason
    }
}
