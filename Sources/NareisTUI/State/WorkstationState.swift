import NareisCore
import NareisCasework

/// Everything the screens show, in one value. Views draw it; `update` changes it.
public struct WorkstationState: Sendable {
    public var size: Size
    public var language: Language
    public var asOf: Day
    public var focus: Pane = .cases
    public var showHelp = false
    public var helpScroll = 0

    // Case list: the query, the cursor, and the page of rows the store gave.
    public var query = CaseQuery()
    public var searching = false
    public var counsellorChoices: [String] = []
    /// Whether the counsellors have been read (they are, when the filter is first cycled).
    public var counsellorsRead = false
    public var cases = ListCursor()
    public var caseRows: [CaseListRow] = []
    public var caseRowsOffset = 0
    /// True when the store holds no case at all (not just none matching).
    public var storeEmpty = false
    /// The most cases a search lists (nil: no limit); reaching it means "type more".
    public var searchMatchLimit: Int?

    /// True when the search found as many cases as it may list: there may be more.
    public var searchLimited: Bool {
        guard let limit = searchMatchLimit, !query.search.isEmpty else { return false }
        return cases.total >= limit
    }

    // Deadlines across all cases.
    public static let deadlineWindows = [7, 14, 30, 90]
    public var deadlineWindow = 14
    public var deadlines = ListCursor()
    public var deadlineRows: [DeadlineRow] = []
    public var deadlineRowsOffset = 0

    // The open case: its family tree (row 0 the sponsor, then the members) and detail.
    public var openCase: OpenCase?
    public var tree = ListCursor()
    public var detailScroll = 0

    /// The work overlay open over the panes (event, documents, tasks, notes, intake), if any.
    public var modal: WorkModal?
    /// A short confirmation to show in the footer ("Saved"), cleared by the next key.
    public var notice: String?

    /// A problem to show in the footer (a store error), already in the user's language.
    public var problem: String?

    public init(size: Size, language: Language = .en, asOf: Day) {
        self.size = size
        self.language = language
        self.asOf = asOf
    }

    /// The case row under the cursor, if its page is loaded.
    public var selectedCaseRow: CaseListRow? { row(in: caseRows, offset: caseRowsOffset, at: cases.selected) }
    public var selectedDeadlineRow: DeadlineRow? { row(in: deadlineRows, offset: deadlineRowsOffset, at: deadlines.selected) }

    func row<T>(in rows: [T], offset: Int, at index: Int) -> T? {
        let local = index - offset
        return rows.indices.contains(local) ? rows[local] : nil
    }

    /// The member selected in the family tree; nil when the sponsor (row 0) is.
    public var selectedMember: Member? {
        guard let file = openCase?.file, tree.selected > 0, tree.selected <= file.members.count else { return nil }
        return file.members[tree.selected - 1]
    }

    /// The layout for the current size and focus.
    public var layout: Layout { Layout(size: size, focus: focus) }
}
