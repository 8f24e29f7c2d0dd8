import NareisCore

/// A member's documents: where each document of the checklist stands, and whether
/// it needs a sworn translation.
extension Casework {
    /// The recorded status of a member's documents, by checklist item ID (items never
    /// recorded are `missing`).
    public func documentStatuses(caseId: String, memberId: String) throws -> [String: ChecklistStatus] {
        var statuses: [String: ChecklistStatus] = [:]
        for status in try storage.checklistStatuses(caseId: caseId) where status.memberId == memberId {
            statuses[status.itemId] = status
        }
        return statuses
    }

    /// Records where a document stands (audited), at once.
    public func setDocument(caseId: String, memberId: String, itemId: String, status: DocumentStatus,
                            translationNeeded: Bool) throws {
        try writing {
            try storage.setChecklistStatus(caseId: caseId, memberId: memberId, itemId: itemId, status: status,
                                           translationNeeded: translationNeeded)
        }
    }
}
