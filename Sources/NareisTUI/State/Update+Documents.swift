import NareisCasework
import NareisCore

/// A member's documents: the checklist of the assessment with where each document
/// stands and whether a sworn translation is needed. Every step is written at once
/// (`Effect.setDocument`).

func updateDocuments(_ state: inout WorkstationState, _ board: DocumentsBoard, _ action: Action) -> Effect {
    guard action != .back else {
        state.modal = nil
        return .redraw
    }
    guard let item = board.panel.selectedRow?.id else { return .none }
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
    case .statusDoubted:
        // The IND doubts what it was sent (DOC-DOUBTED); undoing returns it there.
        status = status == .doubted ? .sentToIND : .doubted
    case .toggleTranslation:
        translation.toggle()
    default:
        return .none
    }
    return .setDocument(ChecklistStatus(memberId: board.memberId, itemId: item, status: status, translationNeeded: translation),
                        caseId: board.caseId)
}

extension WorkstationState {
    /// The statuses were read: the board opens on the member's checklist.
    mutating func documentsRead(caseId: String, memberId: String, statuses: [String: ChecklistStatus]) {
        let items = openCase?.memberAssessment(memberId)?.checklist ?? []
        modal = .documents(DocumentsBoard(caseId: caseId, memberId: memberId, panel: ListPanel(rows: items, visible: overlayRows()),
                                          statuses: statuses))
    }

    mutating func documentSet(_ status: ChecklistStatus) {
        guard case .documents(var board)? = modal else { return }
        board.statuses[status.itemId] = status
        modal = .documents(board)
    }
}
