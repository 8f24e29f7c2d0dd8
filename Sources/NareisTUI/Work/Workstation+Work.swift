import Foundation
import NareisCasework
import NareisCore

/// The counsellor's work on cases: the overlays a work action opens, their keys,
/// and the writes through the case store, after which every pane recomputes.
extension Workstation {
    /// The rules the panes use, for the intake's live review.
    func assessDraft(_ file: CaseFile) -> Assessment {
        casework.assessment(of: file, asOf: state.asOf)
    }

    /// Opens the overlay a work action stands for; false when `action` is not one.
    func startWork(_ action: Action) -> Bool {
        switch action {
        case .recordEvent: openEvents()
        case .documents: openDocuments()
        case .notes: openNotes()
        case .editCase: openEditCase()
        case .tasks: openTasks()
        case .newIntake: openDrafts()
        default: return false
        }
        return true
    }

    /// A key while an overlay is open. Always true: quitting is not an overlay's business.
    func handleWork(_ key: Key) -> Bool {
        guard let modal = state.modal else { return true }
        state.problem = nil
        let chain = modal.keyPlace.chain
        let action = chain.action(for: key)
        if action == nil, chain.typesText, let character = key.typedCharacter {
            typeInto(modal, character)
            return true
        }
        guard let action else { return true }
        switch modal {
        case .events(let picker): eventsKey(action, picker)
        case .eventDate(let editor): eventDateKey(action, editor)
        case .documents(let board): documentsKey(action, board)
        case .tasks(let board): tasksKey(action, board)
        case .taskEditor(let editor): taskEditorKey(action, editor)
        case .notes(let board): notesKey(action, board)
        case .drafts(let chooser): draftsKey(action, chooser)
        case .intake(let form): intakeKey(action, form)
        }
        return true
    }

    private func typeInto(_ modal: WorkModal, _ character: Character) {
        switch modal {
        case .eventDate(var editor):
            editor.editor.insert(character)
            editor.message = nil
            state.modal = .eventDate(editor)
        case .taskEditor(var editor):
            if editor.field == 0 { editor.title.insert(character) } else { editor.due.insert(character) }
            editor.message = nil
            state.modal = .taskEditor(editor)
        case .notes(var board):
            board.editor?.insert(character)
            board.message = nil
            state.modal = .notes(board)
        case .intake(var form):
            form.type(character)
            state.modal = .intake(form)
        default:
            break
        }
    }

    /// Moves a list cursor for the movement actions; true when `action` was one.
    func moveCursor(_ cursor: inout ListCursor, _ action: Action) -> Bool {
        let visible = max(1, state.size.height - 8)
        switch action {
        case .moveUp: cursor.move(by: -1, visible: visible)
        case .moveDown: cursor.move(by: 1, visible: visible)
        case .pageUp: cursor.move(by: -visible, visible: visible)
        case .pageDown: cursor.move(by: visible, visible: visible)
        case .first: cursor.select(0, visible: visible)
        case .last: cursor.select(cursor.total - 1, visible: visible)
        default: return false
        }
        return true
    }

    /// After a write: the deadlines, the case list and the open case read again,
    /// so states, warnings and the panes show the change at once. The tree keeps
    /// its row.
    func refresh(openingCase caseId: String) {
        let tree = state.tree
        casework.forgetReads()
        perform(.reloadDeadlines)
        attempt {
            state.counsellorChoices = try casework.counsellors()
            state.storeEmpty = try casework.caseTotal() == 0
            let total = try casework.caseCount(state.query, asOf: state.asOf)
            state.cases.reset(total: total, visible: state.layout.visibleRows(.cases), keepSelection: true)
            state.caseRows = []
        }
        loadVisibleCases()
        state.openCase = nil
        open(caseId: caseId)
        if tree.total == state.tree.total {
            state.tree.select(tree.selected, visible: max(1, state.layout.visibleRows(.tree) / 2))
        }
    }

    /// The member selected in the tree of the open case, or nil with a message.
    func selectedMemberOfOpenCase() -> (OpenCase, Member)? {
        guard let open = state.openCase, open.file.id != nil else {
            state.problem = WorkText.openCaseFirst.text(state.language)
            return nil
        }
        guard let member = state.selectedMember else {
            state.problem = WorkText.chooseMember.text(state.language)
            return nil
        }
        return (open, member)
    }

    /// Runs a store write; a refusal shows in the footer. Returns whether it worked.
    @discardableResult
    func write(_ body: () throws -> Void) -> Bool {
        do {
            try body()
            return true
        } catch {
            state.problem = String(describing: error)
            return false
        }
    }
}
