import FuzzSupport
@testable import NareisTUI

/// Every list's cursor stays on a row of its list and inside its window.
enum CursorInvariants {
    static func check(_ state: WorkstationState, after step: String) {
        checkPanel(state.cases.cursor, visible: state.cases.visible, "the case list", step)
        checkPanel(state.deadlines.cursor, visible: state.deadlines.visible, "the deadlines", step)
        checkRow(state.tree, "the family tree", step)
        if let file = state.openCase?.file {
            require(state.tree.total == file.members.count + 1,
                    "the family tree counts \(state.tree.total) rows for \(file.members.count) members after \(step)")
        }
        // The overlays' lists, wherever a modal keeps one.
        if let modal = state.modal { visitPanels(in: modal, step) }
    }

    private static func checkRow(_ cursor: ListCursor, _ list: String, _ step: String) {
        if cursor.total == 0 {
            require(cursor.selected == 0 && cursor.top == 0, "\(list) is empty but selects \(cursor) after \(step)")
        } else {
            require((0..<cursor.total).contains(cursor.selected), "\(list) selects outside its rows: \(cursor) after \(step)")
        }
    }

    private static func checkPanel(_ cursor: ListCursor, visible: Int, _ list: String, _ step: String) {
        checkRow(cursor, list, step)
        require(cursor.top >= 0 && cursor.top <= cursor.selected, "\(list) scrolled past its selection: \(cursor) after \(step)")
        require(cursor.selected < cursor.top + max(1, visible),
                "\(list) selects a row below its \(visible) visible rows: \(cursor) after \(step)")
    }

    /// Finds the `ListPanel`s inside a modal by reflection, so a new overlay's list is
    /// checked without this file knowing of it.
    private static func visitPanels(in value: Any, _ step: String, depth: Int = 0) {
        guard depth < 6 else { return }
        let mirror = Mirror(reflecting: value)
        if String(describing: mirror.subjectType).hasPrefix("ListPanel<"),
           let cursor = mirror.descendant("cursor") as? ListCursor, let visible = mirror.descendant("visible") as? Int {
            checkPanel(cursor, visible: visible, "the overlay's \(mirror.subjectType)", step)
            return
        }
        for child in mirror.children { visitPanels(in: child.value, step, depth: depth + 1) }
    }
}
