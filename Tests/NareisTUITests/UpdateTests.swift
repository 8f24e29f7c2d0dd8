import NareisCasework
import NareisCore
import Testing
@testable import NareisTUI

/// `update` is pure for every mode: an overlay's key changes the state and names
/// the casework call it needs as an effect, without making it.
@Suite("Update: overlays return effects")
struct UpdateTests {
    static func stateWithDocuments() -> WorkstationState {
        let workstation = Fixtures.workstation()
        workstation.press(.open)
        workstation.press(.moveDown)
        workstation.press(.documents)
        return workstation.state
    }

    @Test func steppingADocumentAsksForTheWriteAndChangesNothingYet() throws {
        var state = Self.stateWithDocuments()
        guard case .documents(let board)? = state.modal else { Issue.record("no documents"); return }
        let before = state.modal
        let item = try #require(board.items.first)
        let effect = update(&state, .action(.statusForward))
        #expect(effect == .setDocument(ChecklistStatus(memberId: board.memberId, itemId: item.id, status: .requested,
                                                       translationNeeded: false), caseId: board.caseId))
        #expect(state.modal == before, "the board changes when the write has worked")
        state.documentSet(ChecklistStatus(memberId: board.memberId, itemId: item.id, status: .requested, translationNeeded: false))
        guard case .documents(let after)? = state.modal else { Issue.record("board closed"); return }
        #expect(after.status(of: item.id) == .requested)
    }

    @Test func overlaysAskForTheirReads() {
        var state = Fixtures.workstation().state
        #expect(update(&state, .action(.tasks)) == .openTasks)
        #expect(update(&state, .action(.newIntake)) == .openDrafts)
        #expect(state.modal == nil)
        #expect(update(&state, .action(.nextPane)) == .redraw)
        #expect(update(&state, .action(.notes)) == .openNotes(caseId: state.openCase!.file.id!))
    }

    @Test func reachingTheReviewAsksForTheAssessmentOnce() {
        var state = Fixtures.workstation().state
        state.modal = .intake(IntakeForm())
        guard case .assessIntake(let draft) = update(&state, .action(.saveIntake)) else {
            Issue.record("no assessment asked for")
            return
        }
        state.intakeReviewed(draft, nil, possibleDuplicates: [])
        #expect(update(&state, .action(.nextField)) == .redraw, "the answers did not change")
    }
}
