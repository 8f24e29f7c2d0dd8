import NareisCasework
import NareisCore

/// A member's documents: the checklist of the assessment with where each document
/// stands and whether a sworn translation is needed. Every step is written at once.
extension Workstation {
    func openDocuments() {
        guard let (open, member) = selectedMemberOfOpenCase(), let caseId = open.file.id else { return }
        let items = open.memberAssessment(member.id)?.checklist ?? []
        var statuses: [String: ChecklistStatus] = [:]
        let loaded = write { statuses = try casework.documentStatuses(caseId: caseId, memberId: member.id) }
        guard loaded else { return }
        state.modal = .documents(DocumentsBoard(caseId: caseId, memberId: member.id, items: items, statuses: statuses,
                                                cursor: ListCursor(total: items.count)))
    }

    func documentsKey(_ action: Action, _ board: DocumentsBoard) {
        var board = board
        if moveCursor(&board.cursor, action) {
            state.modal = .documents(board)
            return
        }
        guard action != .back else {
            state.modal = nil
            return
        }
        guard board.items.indices.contains(board.cursor.selected) else { return }
        let item = board.items[board.cursor.selected].id
        var status = board.status(of: item)
        var translation = board.translationNeeded(item)
        let road = DocumentsBoard.road
        switch action {
        case .statusForward:
            let index = road.firstIndex(of: status) ?? -1
            status = road[min(road.count - 1, index + 1)]
        case .statusBack:
            let index = road.firstIndex(of: status) ?? 1
            status = road[max(0, index - 1)]
        case .statusNotApplicable:
            status = status == .notApplicable ? .missing : .notApplicable
        case .toggleTranslation:
            translation.toggle()
        default:
            return
        }
        let saved = write {
            try casework.setDocument(caseId: board.caseId, memberId: board.memberId, itemId: item, status: status,
                                     translationNeeded: translation)
        }
        guard saved else { return }
        board.statuses[item] = ChecklistStatus(memberId: board.memberId, itemId: item, status: status,
                                               translationNeeded: translation)
        state.modal = .documents(board)
        refresh(openingCase: board.caseId)
    }
}
