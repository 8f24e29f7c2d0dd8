import FuzzSupport
@testable import NareisTUI

/// What must hold of every frame, whatever keys came before.
enum ScreenInvariants {
    /// The grid is sound (a wide glyph and its continuation always together, every
    /// row exactly the screen's width) and holds no character a terminal would obey.
    static func checkGrid(_ screen: Screen, after step: String) {
        let size = screen.size
        require(screen.cells.count == size.width * size.height, "the grid is not \(size) after \(step)")
        screen.cells.withUnsafeBufferPointer { cells in
            for y in 0..<size.height {
                var columns = 0
                for x in 0..<size.width {
                    let cell = cells[y * size.width + x]
                    columns += Int(cell.width)
                    // Printable ASCII, the most of any frame, needs no closer look.
                    if cell.width == 1, cell.text.utf8.count == 1, let byte = cell.text.utf8.first, byte >= 0x20, byte < 0x7F {
                        continue
                    }
                    require(!holdsControl(cell.text), "a control character \(cell.text.debugDescription) at \(x),\(y) after \(step)")
                    require(cell.width <= 2, "a cell \(cell.width) columns wide at \(x),\(y) after \(step)")
                    if cell.width == 2 {
                        require(x + 1 < size.width && cells[y * size.width + x + 1].isContinuation,
                                "a wide glyph at \(x),\(y) without its right half after \(step)")
                    }
                    if cell.isContinuation {
                        require(x > 0 && cells[y * size.width + x - 1].width == 2, "half a wide glyph at \(x),\(y) after \(step)")
                        require(cell.text.isEmpty, "a continuation cell with text at \(x),\(y) after \(step)")
                    } else {
                        require(!cell.text.isEmpty, "an empty cell at \(x),\(y) after \(step)")
                    }
                }
                require(columns == size.width, "row \(y) is \(columns) columns, not \(size.width), after \(step)")
            }
        }
    }

    /// Each part of the screen, drawn alone on a blank screen, writes only inside its
    /// rectangle: a pane never spills into its neighbour, an overlay never over the
    /// header or the footer.
    static func checkContainment(_ state: WorkstationState, after step: String) {
        let layout = state.layout
        guard layout.mode != .tooSmall else { return }
        within(layout.header, "the header", state, step) { FrameView.drawHeader(state, in: layout.header, on: &$0) }
        within(layout.footer, "the footer", state, step) { FrameView.drawFooter(state, in: layout.footer, on: &$0) }
        for pane in layout.visiblePanes {
            guard let rect = layout.rect(pane) else { continue }
            within(rect, "the \(pane) pane", state, step) { screen in
                switch pane {
                case .cases: CaseListView.draw(state, in: rect, on: &screen)
                case .tree: FamilyTreeView.draw(state, in: rect, on: &screen)
                case .detail: DetailView.draw(state, in: rect, on: &screen)
                case .deadlines: DeadlinesView.draw(state, in: rect, on: &screen)
                }
            }
        }
        // The overlays take the rows between the header and the footer.
        let between = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
        if let modal = state.modal {
            within(between, "the overlay", state, step) { WorkOverlay.draw(modal, state, on: &$0) }
        }
        if state.showHelp {
            within(between, "the help", state, step) { HelpOverlay.draw(state, on: &$0) }
        }
    }

    private static func within(_ rect: Rect, _ part: String, _ state: WorkstationState, _ step: String,
                               draw: (inout Screen) -> Void) {
        var screen = Screen(size: state.size)
        draw(&screen)
        let width = state.size.width
        screen.cells.withUnsafeBufferPointer { cells in
            for (index, cell) in cells.enumerated() where !isBlank(cell) {
                let x = index % width, y = index / width
                let inside = x >= rect.x && x < rect.maxX && y >= rect.y && y < rect.maxY
                require(inside, "\(part) wrote \(cell.text.debugDescription) at \(x),\(y), outside \(rect), after \(step)")
            }
        }
    }

    private static func isBlank(_ cell: Cell) -> Bool {
        cell.width == 1 && cell.role == .normal && cell.text.utf8.count == 1 && cell.text.utf8.first == 0x20
    }
}
