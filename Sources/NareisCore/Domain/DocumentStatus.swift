/// Where a document of the checklist stands for one member, as the counsellor
/// records it (the store's `checklist_status.status` values; items never recorded
/// are `missing`).
public enum DocumentStatus: String, CaseIterable, Sendable {
    case missing
    case requested
    case copyReceived = "copy-received"
    case originalInNL = "original-in-nl"
    case sentToIND = "sent-to-ind"
    case notApplicable = "not-applicable"

    /// The statuses that count a document as complete: in hand (a copy or the
    /// original), with the IND, or not needed.
    public static let complete: Set<DocumentStatus> = [.copyReceived, .originalInNL, .sentToIND, .notApplicable]

    /// Nothing left to do for it: shown ticked in the tree, the summary and the counts.
    public var isComplete: Bool { Self.complete.contains(self) }
}
