import NareisCore

/// A case opened in the family tree: the file, its assessment on `asOf`, and
/// which checklist items are done per member (the store's document statuses).
public struct OpenCase: Hashable, Sendable {
    public var file: CaseFile
    public var assessment: Assessment
    /// Member ID -> checklist item IDs that are complete.
    public var completeDocuments: [String: Set<String>]

    public init(file: CaseFile, assessment: Assessment, completeDocuments: [String: Set<String>] = [:]) {
        self.file = file
        self.assessment = assessment
        self.completeDocuments = completeDocuments
    }

    public func memberAssessment(_ id: String) -> MemberAssessment? {
        assessment.members.first { $0.id == id }
    }
}
