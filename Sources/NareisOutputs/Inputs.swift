import NareisCore

/// One case as the outputs see it: the case file, its assessment, and what the
/// caller keeps beside them (follow-up tasks, document status). The outputs never
/// read a store or a clock: the caller gathers these values and passes them in.
public struct CaseRecord: Sendable {
    public var file: CaseFile
    public var assessment: Assessment
    /// nil: tasks are not known to the caller (the summary then leaves the section out).
    public var tasks: [OutputTask]?
    /// nil: document status is not kept (the checklist then shows no status).
    public var documents: ChecklistProgress?

    public init(file: CaseFile, assessment: Assessment, tasks: [OutputTask]? = nil, documents: ChecklistProgress? = nil) {
        self.file = file
        self.assessment = assessment
        self.tasks = tasks
        self.documents = documents
    }

    /// The case's ID, or the assessment's when the file has none.
    public var caseId: String { file.id ?? assessment.caseId ?? "" }

    /// The member with this ID, and its index in the case file (for field paths).
    func member(_ id: String) -> (index: Int, member: Member)? {
        guard let index = file.members.firstIndex(where: { $0.id == id }) else { return nil }
        return (index, file.members[index])
    }
}

/// A follow-up task, its title already in the output's language (the caller's
/// task catalogue translates it).
public struct OutputTask: Hashable, Sendable {
    /// Stable across recomputations; part of the calendar UID.
    public var id: String
    /// nil for a task of the whole family.
    public var memberId: String?
    public var title: String
    public var due: Day?
    public var isDone: Bool

    public init(id: String, memberId: String?, title: String, due: Day?, isDone: Bool) {
        self.id = id
        self.memberId = memberId
        self.title = title
        self.due = due
        self.isDone = isDone
    }
}

/// The recorded state per (member, checklist item); items not recorded are `missing`.
public struct ChecklistProgress: Hashable, Sendable {
    private var states: [Key: DocumentStatus]

    struct Key: Hashable, Sendable {
        var memberId: String
        var itemId: String
    }

    public init() { states = [:] }

    public mutating func set(_ state: DocumentStatus, member memberId: String, item itemId: String) {
        states[Key(memberId: memberId, itemId: itemId)] = state
    }

    public func state(member memberId: String, item itemId: String) -> DocumentStatus {
        states[Key(memberId: memberId, itemId: itemId)] ?? .missing
    }
}
