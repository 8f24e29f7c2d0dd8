import NareisCasework
import NareisCore

/// The overlay open over the panes while the counsellor works on a case. Keys go
/// to it first (`Workstation.handleWork`); Esc closes it.
public enum WorkModal: Hashable, Sendable {
    /// Which procedure event to record for a member.
    case events(EventPicker)
    /// The day (or, for representation, the place) of one event.
    case eventDate(EventEditor)
    /// The further investigation of one member, as a small form.
    case investigation(InvestigationEditor)
    case documents(DocumentsBoard)
    /// The family's IOM travel: steps and amounts.
    case iom(IomBoard)
    case tasks(TaskBoard)
    case taskEditor(TaskEditor)
    case notes(NotesBoard)
    /// A new intake, or a saved draft to resume.
    case drafts(DraftChooser)
    case intake(IntakeForm)
    /// A colleague's change colliding with this laptop's, to choose field by field.
    case conflict(ConflictBoard)
}

public struct EventPicker: Hashable, Sendable {
    public var caseId: String
    public var memberId: String
    public var panel: ListPanel<ProcedureEvent>
    public var event: ProcedureEvent { panel.selectedRow ?? ProcedureEvent.allCases[0] }
}

public struct EventEditor: Hashable, Sendable {
    public var caseId: String
    public var memberId: String
    public var event: ProcedureEvent
    public var editor: LineEditor
    /// Why the last Enter was refused, in place under the field.
    public var message: String?
    /// The picker row to return to on Esc.
    var picker: EventPicker

    /// Rows the field takes under the list.
    static let rows = 4
}

public struct DocumentsBoard: Hashable, Sendable {
    public var caseId: String
    public var memberId: String
    /// The member's checklist.
    public var panel: ListPanel<ChecklistItem>
    /// Item ID -> the recorded status (absent: missing, no translation needed).
    public var statuses: [String: ChecklistStatus]

    public var items: [ChecklistItem] { panel.rows }

    public func status(of itemId: String) -> DocumentStatus { statuses[itemId]?.status ?? .missing }
    public func translationNeeded(_ itemId: String) -> Bool { statuses[itemId]?.translationNeeded ?? false }

    /// The road a document travels; "not applicable" stands beside it.
    public static let road: [DocumentStatus] = [.missing, .requested, .copyReceived, .originalInNL, .sentToIND]
}

/// The open follow-up tasks across the store, a page at a time (by due day, undated
/// last). A task ticked here stays in its row, shown done, so undo is one key away.
public typealias TaskBoard = ListPanel<TaskRow>

/// A new task of the counsellor's own: a title and an optional due day.
public struct TaskEditor: Hashable, Sendable {
    public var caseId: String
    public var title = LineEditor(limit: 500)
    public var due = LineEditor(limit: 10)
    /// 0: the title, 1: the due day.
    public var field = 0
    public var message: String?
    var board: TaskBoard

    /// Rows the fields take under the list.
    static let rows = 6
}

public struct NotesBoard: Hashable, Sendable {
    public var caseId: String
    /// The timeline, oldest first.
    public var panel: ListPanel<TimelineEntry>
    /// The note being typed, when adding one.
    public var editor: LineEditor?
    public var message: String?

    public var entries: [TimelineEntry] { panel.rows }

    /// Rows the field takes under the list while a note is typed.
    static let editorRows = 4
}

public struct DraftChooser: Hashable, Sendable {
    public enum Choice: Hashable, Sendable {
        case newCase
        case draft(StoredDraft)
    }

    /// "New case" first; then the drafts.
    public var panel: ListPanel<Choice>

    public var drafts: [StoredDraft] {
        panel.rows.compactMap { if case .draft(let draft) = $0 { draft } else { nil } }
    }
}
