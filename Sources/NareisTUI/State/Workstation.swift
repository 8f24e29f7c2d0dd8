import NareisCasework
import NareisCore

/// Runs the workstation over the casework layer: turns keys into input through the
/// action table, applies `update`, and performs the effects (casework reads and writes).
/// It holds no terminal: the curses loop, the tests and the benchmark all drive it.
public final class Workstation {
    public internal(set) var state: WorkstationState
    let casework: Casework
    /// Rows fetched per page; a page covers the visible rows with room to scroll.
    let pageSize: Int
    private var counsellorsLoaded = false

    public init(casework: Casework, size: Size, language: Language = .en, asOf: Day, pageSize: Int = 120) {
        self.casework = casework
        self.pageSize = pageSize
        state = WorkstationState(size: size, language: language, asOf: asOf)
        state.searchMatchLimit = casework.searchMatchLimit
        perform(.reloadCases)
        state.storeEmpty = state.cases.total == 0
        perform(.reloadDeadlines)
    }

    /// Handles one key; returns false when the workstation should quit.
    @discardableResult
    public func handle(_ key: Key) -> Bool {
        if key == .resize { return true }
        state.notice = nil
        if state.modal != nil { return handleWork(key) }
        let chain = state.keyPlace.chain
        guard let action = chain.action(for: key) else {
            if chain.typesText, let character = key.typedCharacter { return apply(.type(character)) }
            return true
        }
        if !state.showHelp, startWork(action) { return true }
        return apply(.action(action))
    }

    /// Applies one input; returns false when the workstation should quit.
    @discardableResult
    public func apply(_ input: Input) -> Bool {
        // The counsellors are read when first needed: a scan the first frame can skip.
        if input == .action(.cycleCounsellor) && !counsellorsLoaded {
            counsellorsLoaded = true
            attempt { state.counsellorChoices = try casework.counsellors() }
        }
        let effect = update(&state, input)
        if effect == .quit { return false }
        perform(effect)
        return true
    }

    public func resize(to size: Size) {
        apply(.resize(size))
    }

    public func render() -> Screen { WorkstationView.render(state) }

    func perform(_ effect: Effect) {
        state.problem = nil
        switch effect {
        case .none, .redraw, .quit:
            break
        case .reloadCases:
            attempt {
                let total = try casework.caseCount(state.query, asOf: state.asOf)
                state.cases.reset(total: total, visible: state.layout.visibleRows(.cases), keepSelection: false)
                state.caseRows = []
            }
            loadVisibleCases()
            openSelectedCase()
        case .caseSelectionMoved:
            loadVisibleCases()
            openSelectedCase()
        case .reloadDeadlines:
            attempt {
                let total = try casework.deadlineCount(within: state.deadlineWindow, asOf: state.asOf)
                state.deadlines.reset(total: total, visible: state.layout.visibleRows(.deadlines), keepSelection: false)
                state.deadlineRows = []
            }
            loadVisibleDeadlines()
        case .deadlineSelectionMoved:
            loadVisibleDeadlines()
        case .recordView:
            if let id = state.openCase?.file.id { attempt { try casework.recordView(caseId: id) } }
        case .openDeadline:
            guard let row = state.selectedDeadlineRow else { return }
            open(caseId: row.caseId)
            if let id = state.openCase?.file.id { attempt { try casework.recordView(caseId: id) } }
            if let index = state.openCase?.file.members.firstIndex(where: { $0.id == row.memberId }) {
                state.tree.select(index + 1, visible: max(1, state.layout.visibleRows(.tree) / 2))
                state.focus = .detail
            } else {
                state.focus = .tree
            }
        }
    }

    /// Fetches the page around the visible rows of the case list when it is not loaded.
    func loadVisibleCases() {
        let (casework, query, asOf) = (self.casework, state.query, state.asOf)
        var (offset, rows) = (state.caseRowsOffset, state.caseRows)
        let problem = loadPage(state.cases, visible: state.layout.visibleRows(.cases), offset: &offset, rows: &rows) { offset, limit in
            try casework.cases(query, asOf: asOf, offset: offset, limit: limit)
        }
        (state.caseRowsOffset, state.caseRows) = (offset, rows)
        if let problem { state.problem = problem }
    }

    func loadVisibleDeadlines() {
        let (casework, window, asOf) = (self.casework, state.deadlineWindow, state.asOf)
        var (offset, rows) = (state.deadlineRowsOffset, state.deadlineRows)
        let problem = loadPage(state.deadlines, visible: state.layout.visibleRows(.deadlines), offset: &offset,
                               rows: &rows) { offset, limit in
            try casework.deadlines(within: window, asOf: asOf, offset: offset, limit: limit)
        }
        (state.deadlineRowsOffset, state.deadlineRows) = (offset, rows)
        if let problem { state.problem = problem }
    }

    /// Loads the page `pageStart` asks for into `rows`; returns the problem, if any.
    private func loadPage<Row>(_ cursor: ListCursor, visible: Int, offset: inout Int, rows: inout [Row],
                               fetch: (Int, Int) throws -> [Row]) -> String? {
        guard let start = Self.pageStart(cursor: cursor, visible: visible, loadedOffset: offset, loadedCount: rows.count,
                                         pageSize: pageSize) else { return nil }
        do {
            rows = try fetch(start, pageSize)
            offset = start
            return nil
        } catch {
            return String(describing: error)
        }
    }

    /// The offset of the page to fetch, or nil when the visible rows are loaded.
    static func pageStart(cursor: ListCursor, visible: Int, loadedOffset: Int, loadedCount: Int, pageSize: Int) -> Int? {
        let first = cursor.top
        let last = min(cursor.total, cursor.top + max(visible, 1)) - 1
        guard cursor.total > 0 else { return nil }
        if first >= loadedOffset && last < loadedOffset + loadedCount { return nil }
        // Centre the page on the visible rows so scrolling either way stays loaded.
        let margin = max(0, (pageSize - visible) / 2)
        return max(0, min(first - margin, cursor.total - pageSize))
    }

    /// Opens the case under the case-list cursor in the family tree and detail.
    func openSelectedCase() {
        guard let row = state.selectedCaseRow else {
            state.openCase = nil
            return
        }
        if state.openCase?.file.id == row.id { return }
        open(caseId: row.id)
    }

    func open(caseId: String) {
        if state.openCase?.file.id == caseId { return }
        attempt {
            state.openCase = try casework.openCase(id: caseId, asOf: state.asOf)
            state.tree = ListCursor(total: 1 + (state.openCase?.file.members.count ?? 0))
            state.detailScroll = 0
        }
    }

    /// Runs a store read; a failure shows in the footer instead of ending the session.
    func attempt(_ body: () throws -> Void) {
        do {
            try body()
        } catch {
            state.problem = String(describing: error)
        }
    }
}
