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
    /// The IND doubts the document (DOC-DOUBTED): the family has to answer.
    case doubted

    /// The statuses that count a document as complete: in hand (a copy or the
    /// original), with the IND, or not needed.
    public static let complete: Set<DocumentStatus> = [.copyReceived, .originalInNL, .sentToIND, .notApplicable]

    /// DOC-ORIGINALS-STATUS: the items whose copy is progress, not completion; they
    /// count as complete once the original is in the Netherlands, sent to the IND, or
    /// not applicable.
    public static let originalRequired: Set<String> = ["relationship-original"]

    /// The statuses that count `itemId` as complete.
    public static func completing(_ itemId: String) -> Set<DocumentStatus> {
        originalRequired.contains(itemId) ? complete.subtracting([.copyReceived]) : complete
    }

    /// Nothing left to do for item `itemId`: shown ticked in the tree, the summary and
    /// the counts.
    public func isComplete(for itemId: String) -> Bool { Self.completing(itemId).contains(self) }
}
