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
    /// The cases matching the query, a page at a time.
    public var cases: ListPanel<CaseListRow>
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
    public var deadlines: ListPanel<DeadlineRow>

    // The open case: its family tree (row 0 the sponsor, then the members) and detail.
    public var openCase: OpenCase?
    public var tree = ListCursor()
    public var detailScroll = 0

    /// The work overlay open over the panes (event, documents, tasks, notes, intake), if any.
    public var modal: WorkModal?
    /// A short confirmation to show in the footer ("Saved"), cleared by the next key.
    public var notice: String?
    /// The counsellor a new intake starts with (of the store's newest case), read with the drafts.
    public var intakeCounsellor: String?

    /// Where this laptop stands with its team (the footer's status line); nil when the
    /// store has never synced with a team (then nothing of the team shows).
    public var teamStatus: SyncStatus?

    /// A problem to show in the footer (a store error), already in the user's language.
    public var problem: String?

    /// The cover that hides the cases after a while without a key (off unless set).
    public var idleLock = IdleLock()

    /// The most rows held of a long list (the case list, the deadlines, the tasks).
    public let pageSize: Int

    /// About three screens of the case list at 120x40 (18 rows): the visible rows and
    /// 21 either way, so scrolling reads 21 rows at a time (`ListPanel.pageNeeded`).
    /// Every row read costs its case's page of the store and its members' (about 10 µs
    /// at 100,000 cases, more before they are cached).
    public static let defaultPageSize = 60

    public init(size: Size, language: Language = .en, asOf: Day, pageSize: Int = defaultPageSize) {
        self.size = size
        self.language = language
        self.asOf = asOf
        self.pageSize = pageSize
        let layout = Layout(size: size, focus: focus)
        // A page move in a pane keeps one row of the last page on screen.
        cases = ListPanel(visible: layout.visibleRows(.cases), pageSize: pageSize, overlap: 1)
        deadlines = ListPanel(visible: layout.visibleRows(.deadlines), pageSize: pageSize, overlap: 1)
    }

    /// The member selected in the family tree; nil when the sponsor (row 0) is.
    public var selectedMember: Member? {
        guard let file = openCase?.file, tree.selected > 0, tree.selected <= file.members.count else { return nil }
        return file.members[tree.selected - 1]
    }

    /// The layout for the current size and focus.
    public var layout: Layout { Layout(size: size, focus: focus) }
}
