import NareisCore
import NareisStore

/// The overlay open over the panes while the counsellor works on a case. Keys go
/// to it first (`Workstation.handleWork`); Esc closes it.
public enum WorkModal: Hashable, Sendable {
    /// Which procedure event to record for a member.
    case events(EventPicker)
    /// The day (or, for representation, the place) of one event.
    case eventDate(EventEditor)
    case documents(DocumentsBoard)
    case tasks(TaskBoard)
    case taskEditor(TaskEditor)
    case notes(NotesBoard)
    /// A new intake, or a saved draft to resume.
    case drafts(DraftChooser)
    case intake(IntakeForm)

    /// The action-table contexts whose keys apply, first match wins.
    public var contexts: [KeyContext] {
        switch self {
        case .events, .drafts: return [.lists]
        case .eventDate: return [.editor]
        case .taskEditor: return [.editor, .form]
        case .documents: return [.documents, .lists]
        case .tasks: return [.tasks, .lists]
        case .notes(let board): return board.editor == nil ? [.notes, .lists] : [.editor]
        case .intake: return [.form, .editor]
        }
    }

    /// The contexts whose hints the footer shows.
    public var hintContexts: [KeyContext] {
        switch self {
        case .taskEditor: return [.editor]
        case .intake: return [.form]
        default: return contexts
        }
    }

    /// Whether typed characters go into a text field.
    var typesText: Bool { contexts.contains(.editor) }
}

public struct EventPicker: Hashable, Sendable {
    public var caseId: String
    public var memberId: String
    public var cursor = ListCursor(total: ProcedureEvent.allCases.count)
    public var event: ProcedureEvent { ProcedureEvent.allCases[cursor.selected] }
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
}

public struct DocumentsBoard: Hashable, Sendable {
    public var caseId: String
    public var memberId: String
    public var items: [ChecklistItem]
    /// Item ID -> the recorded status (absent: missing, no translation needed).
    public var statuses: [String: ChecklistStatus]
    public var cursor: ListCursor

    public func status(of itemId: String) -> DocumentStatus { statuses[itemId]?.status ?? .missing }
    public func translationNeeded(_ itemId: String) -> Bool { statuses[itemId]?.translationNeeded ?? false }

    /// The road a document travels; "not applicable" stands beside it.
    public static let road: [DocumentStatus] = [.missing, .requested, .copyReceived, .originalInNL, .sentToIND]
}

/// One follow-up task in the list across cases: derived from the rules and the
/// events (`planned`, its ID stable) or the counsellor's own (`own`, its number).
public struct TaskRow: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        case planned(String)
        case own(Int64)
    }

    public var caseId: String
    public var memberId: String?
    /// The member's (or for a family task, the sponsor's) name.
    public var who: String
    public var title: String
    public var due: Day?
    public var done: Bool
    /// Done because an event was recorded (filing, decision…): undo by clearing the event.
    public var doneByEvent: Bool
    public var source: Source
}

public struct TaskBoard: Hashable, Sendable {
    public var rows: [TaskRow]
    public var cursor: ListCursor
    /// Set when only the cases with the nearest deadlines were planned (large stores).
    public var caseLimit: Int? = nil
    public var selected: TaskRow? { rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil }
}

/// A new task of the counsellor's own: a title and an optional due day.
public struct TaskEditor: Hashable, Sendable {
    public var caseId: String
    public var title = LineEditor(limit: 500)
    public var due = LineEditor(limit: 10)
    /// 0: the title, 1: the due day.
    public var field = 0
    public var message: String?
    var board: TaskBoard
}

/// A line of a case's timeline: a note, or an audit line (a change, a view).
public struct TimelineEntry: Hashable, Sendable {
    public var at: String
    public var who: String
    public var text: String
    public var isNote: Bool
}

public struct NotesBoard: Hashable, Sendable {
    public var caseId: String
    public var entries: [TimelineEntry]
    public var cursor: ListCursor
    /// The note being typed, when adding one.
    public var editor: LineEditor?
    public var message: String?
}

public struct DraftChooser: Hashable, Sendable {
    /// Row 0 is "new case"; then the drafts.
    public var drafts: [StoredDraft]
    public var cursor: ListCursor
}
