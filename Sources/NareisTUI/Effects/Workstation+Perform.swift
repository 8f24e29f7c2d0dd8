import NareisCasework
import NareisCore

/// The one place the workstation calls the casework layer: each effect `update`
/// returns is a read or a write here, and its answer goes back into the state
/// through the state's own functions (`State/Update+*.swift`). A failed read or a
/// refused write shows in the footer (or in the overlay's field) instead of
/// ending the session.
extension Workstation {
    func perform(_ effect: Effect) {
        // A write changes what waits for the team: the status line is read again.
        defer { if effect.writesCase, state.teamStatus != nil { readTeamStatus() } }
        switch effect {
        case .none, .redraw, .quit:
            break
        case .reloadCases:
            if let total = read({ try casework.caseCount(state.query, asOf: state.asOf) }) { state.casesCounted(total) }
            loadVisibleCases()
            openSelectedCase()
        case .caseSelectionMoved:
            loadVisibleCases()
            openSelectedCase()
        case .resized:
            loadVisibleCases()
            openSelectedCase()
            loadVisibleDeadlines()
            loadTaskPage()
        case .reloadDeadlines:
            if let total = read({ try casework.deadlineCount(within: state.deadlineWindow, asOf: state.asOf) }) {
                state.deadlinesCounted(total)
            }
            loadVisibleDeadlines()
        case .deadlineSelectionMoved:
            loadVisibleDeadlines()
        case .recordView:
            recordView()
        case .openDeadline:
            guard let row = state.deadlines.selectedRow else { return }
            open(caseId: row.caseId)
            recordView()
            state.deadlineCaseOpened(memberId: row.memberId)
        case .loadCounsellors:
            state.counsellorsRead(read { try casework.counsellors() })
            apply(.action(.cycleCounsellor))
        case let .openDocuments(caseId, memberId):
            if let statuses = read({ try casework.documentStatuses(caseId: caseId, memberId: memberId) }) {
                state.documentsRead(caseId: caseId, memberId: memberId, statuses: statuses)
            }
        case .openIom(let caseId):
            if let travel = read({ try casework.iomTravel(caseId: caseId) }) { state.iomRead(caseId: caseId, travel: travel) }
        case let .setIomStep(caseId, step, done):
            if let travel = read({ try casework.setIomStep(caseId: caseId, step: step, done: done) }) { state.iomSaved(travel) }
        case let .setIomAmount(caseId, amount, text):
            var saved: IomTravel?
            if let refusal = Self.refusal(in: state.language, of: { saved = try casework.setIomAmount(caseId: caseId, amount, text: text) }) {
                state.iomRefused(refusal)
            } else if let saved {
                state.iomSaved(saved)
            }
        case let .setDocument(status, caseId):
            let saved: Void? = read {
                try casework.setDocument(caseId: caseId, memberId: status.memberId, itemId: status.itemId, status: status.status,
                                         translationNeeded: status.translationNeeded)
            }
            guard saved != nil else { return }
            state.documentSet(status)
            refresh(openingCase: caseId)
        case .openNotes(let caseId):
            if let entries = read({ try casework.timeline(caseId: caseId) }) { state.notesRead(caseId: caseId, entries: entries) }
        case let .addNote(caseId, text):
            guard read({ try casework.addNote(caseId: caseId, text: text) }) != nil else {
                state.noteRefused(state.problem ?? "")
                state.problem = nil
                return
            }
            state.noteAdded(entries: read { try casework.timeline(caseId: caseId) } ?? [])
        case .openTasks:
            state.tasksOpened(total: read { try casework.openTaskCount(within: nil, asOf: state.asOf) } ?? 0)
            loadTaskPage()
        case .loadTaskPage:
            loadTaskPage()
        case let .setTaskDone(row, day):
            guard read({ try casework.setTaskDone(row.task, on: day) }) != nil else { return }
            state.taskTicked(row, on: day)
        case let .addTask(caseId, memberId, title, due):
            guard let number = read({ try casework.addTask(caseId: caseId, memberId: memberId, title: title, due: due) }) else {
                return
            }
            perform(.openTasks)
            selectOwnTask(number, caseId: caseId)
            state.notice = WorkText.saved.text(state.language)
        case let .openTaskCase(caseId, memberId):
            refresh(openingCase: caseId)
            state.taskCaseOpened(memberId: memberId)
        case .recordEvent(let editor):
            guard let refusal = Self.refusal(in: state.language, of: {
                try casework.recordEvent(editor.event, text: editor.editor.text, caseId: editor.caseId, memberId: editor.memberId,
                                         today: state.asOf)
            }) else {
                refresh(openingCase: editor.caseId)
                state.eventRecorded(editor.event)
                return
            }
            state.eventRefused(refusal)
        case .recordInvestigation(let investigation, let caseId, let memberId):
            guard let refusal = Self.refusal(in: state.language, of: {
                try casework.recordInvestigation(investigation, caseId: caseId, memberId: memberId)
            }) else {
                refresh(openingCase: caseId)
                state.eventRecorded(.investigation)
                return
            }
            state.investigationRefused(refusal)
        case .openDrafts:
            if let drafts = read({ try casework.drafts() }) {
                state.draftsRead(drafts, counsellor: read { try casework.newestCounsellor() } ?? nil)
            }
        case .keepDraft(let form):
            let caseId = form.draftIsEdit ? form.draft.caseId : nil
            if read({ try casework.saveDraft(form.draft, number: form.draftNumber, editingCase: caseId) }) != nil {
                state.draftKept()
            }
        case .saveIntake(let form):
            guard let saved = read({ try casework.completeIntake(form.draft, draftNumber: form.draftNumber) }) else {
                state.intakeRefused(state.problem ?? "")
                state.problem = nil
                return
            }
            refresh(openingCase: saved)
            state.intakeSaved(caseId: saved)
        case .assessIntake(let draft):
            // The family is looked for in the store as the review's case file has it.
            let review = read { try casework.reviewIntake(draft, asOf: state.asOf) } ?? nil
            state.intakeReviewed(draft, review,
                                 possibleDuplicates: review.flatMap { open in read { try casework.possibleDuplicates(of: open.file) } } ?? [])
        case .openKnownCase(let form, let caseId):
            let editing = form.draftIsEdit ? form.draft.caseId : nil
            guard read({ try casework.saveDraft(form.draft, number: form.draftNumber, editingCase: editing) }) != nil else { return }
            refresh(openingCase: caseId)
            state.knownCaseOpened(caseId)
        case .runSync:
            runSync()
        case .openConflicts:
            openFirstConflict(notice: nil)
        case .resolveConflict(let board):
            resolve(board)
        }
    }

    /// Reads the page around the visible rows of the case list when it is not held.
    func loadVisibleCases() {
        let (casework, query, asOf) = (self.casework, state.query, state.asOf)
        loadPage(of: state.cases, fetch: { try casework.cases(query, asOf: asOf, offset: $0, limit: $1) },
                 into: { $0.casePageRead(offset: $1, rows: $2) })
    }

    func loadVisibleDeadlines() {
        let (casework, window, asOf) = (self.casework, state.deadlineWindow, state.asOf)
        loadPage(of: state.deadlines, fetch: { try casework.deadlines(within: window, asOf: asOf, offset: $0, limit: $1) },
                 into: { $0.deadlinePageRead(offset: $1, rows: $2) })
    }

    /// Reads the page around the visible rows of the tasks when it is not held.
    func loadTaskPage() {
        guard case .tasks(let board)? = state.modal else { return }
        let (casework, asOf, language) = (self.casework, state.asOf, state.language)
        let total = board.total
        loadPage(of: board, fetch: { try casework.openTasks(within: nil, asOf: asOf, offset: $0, limit: $1, total: total,
                                                           language: language) },
                 into: { $0.taskPageRead(offset: $1, rows: $2) })
    }

    /// Reads the page a panel needs (`ListPanel.pageNeeded`) and hands it to `into`.
    private func loadPage<Row>(of panel: ListPanel<Row>, fetch: (Int, Int) throws -> [Row],
                               into: (inout WorkstationState, Int, [Row]) -> Void) {
        guard let page = panel.pageNeeded, let rows = read({ try fetch(page.lowerBound, page.count) }) else { return }
        into(&state, page.lowerBound, rows)
    }

    /// Opens the case under the case-list cursor in the family tree and detail.
    func openSelectedCase() {
        guard let row = state.cases.selectedRow else {
            state.caseOpened(nil)
            return
        }
        open(caseId: row.id)
    }

    func open(caseId: String) {
        if state.openCase?.file.id == caseId { return }
        if let open = read({ try casework.openCase(id: caseId, asOf: state.asOf) }) { state.caseOpened(open) }
    }

    private func recordView() {
        guard let id = state.openCase?.file.id else { return }
        _ = read { try casework.recordView(caseId: id) }
    }

    /// After a write: the deadlines, the case list and the open case read again,
    /// so states, warnings and the panes show the change at once. The tree keeps
    /// its row.
    func refresh(openingCase caseId: String) {
        let tree = state.tree
        reloadLists()
        open(caseId: caseId)
        state.treeKept(tree)
    }

    /// Forgets what was read and reads the deadlines, the counts and the visible page
    /// of the case list again; the open case is closed (the caller opens one).
    func reloadLists() {
        casework.forgetReads()
        perform(.reloadDeadlines)
        if let counsellors = read({ try casework.counsellors() }),
           let stored = read({ try casework.caseTotal() }),
           let total = read({ try casework.caseCount(state.query, asOf: state.asOf) }) {
            state.counsellorsRead(counsellors)
            state.storeCounted(stored)
            state.casesCounted(total, keepSelection: true)
        }
        loadVisibleCases()
        state.caseOpened(nil)
    }

    /// Puts the tasks cursor on a newly added own task, wherever it sorts.
    private func selectOwnTask(_ number: Int64, caseId: String) {
        guard case .tasks? = state.modal,
              let position = read({ try casework.openTaskPosition(caseId: caseId, taskNumber: number) }) ?? nil else { return }
        state.taskSelected(position)
        loadTaskPage()
    }

    /// Runs a casework call; a failure shows in the footer and gives nil.
    func read<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            state.problem = String(describing: error)
            return nil
        }
    }
}

extension Workstation {
    /// Runs a recording; nil when it was stored, else why not (an event's refusal in
    /// `language`; else each problem's message), for the form that stays open.
    static func refusal(in language: Language, of record: () throws -> Void) -> String? {
        do {
            try record()
            return nil
        } catch let refusal as EventRefusal {
            return EventRefusalText.text(refusal, language)
        } catch let error as CaseFileError {
            return error.problems.map(\.message).joined(separator: "; ")
        } catch {
            return String(describing: error)
        }
    }
}
