import NareisCasework
import NareisCore

/// What the casework layer answered for the panes, written into the state: the
/// effects' counterpart of `update` (`Effects/Workstation+Perform.swift` calls them).
extension WorkstationState {
    mutating func casesCounted(_ total: Int, keepSelection: Bool = false) {
        cases.reset(total: total, visible: layout.visibleRows(.cases), keepSelection: keepSelection)
    }

    mutating func casePageRead(offset: Int, rows: [CaseListRow]) {
        cases.pageRead(offset: offset, rows: rows)
    }

    mutating func deadlinesCounted(_ total: Int) {
        deadlines.reset(total: total, visible: layout.visibleRows(.deadlines), keepSelection: false)
    }

    mutating func deadlinePageRead(offset: Int, rows: [DeadlineRow]) {
        deadlines.pageRead(offset: offset, rows: rows)
    }

    /// A case opens in the family tree (on the sponsor) and the detail.
    mutating func caseOpened(_ open: OpenCase?) {
        openCase = open
        tree = ListCursor(total: 1 + (open?.file.members.count ?? 0))
        detailScroll = 0
    }

    /// A deadline's case opened: the detail shows the member the deadline concerns.
    mutating func deadlineCaseOpened(memberId: String) {
        if let index = openCase?.file.members.firstIndex(where: { $0.id == memberId }) {
            tree.select(index + 1, visible: max(1, layout.visibleRows(.tree) / 2))
            focus = .detail
        } else {
            focus = .tree
        }
    }

    /// After a write the tree keeps its row when the family has as many rows as before.
    mutating func treeKept(_ before: ListCursor) {
        if before.total == tree.total { tree.select(before.selected, visible: max(1, layout.visibleRows(.tree) / 2)) }
    }

    mutating func counsellorsRead(_ counsellors: [String]?) {
        counsellorsRead = true
        if let counsellors { counsellorChoices = counsellors }
    }

    /// A key that means nothing here still clears the notice (and in an overlay, the problem).
    mutating func keyIgnored() {
        notice = nil
        if modal != nil { problem = nil }
    }

    mutating func storeCounted(_ total: Int) {
        storeEmpty = total == 0
    }
}
