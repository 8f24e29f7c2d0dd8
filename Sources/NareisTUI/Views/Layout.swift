/// Where each pane goes for a terminal size.
///
/// - full (100x30 and up): case list and deadlines on the left, family tree and
///   detail on the right, header and footer rows;
/// - single (40x12 up to full): the focused pane alone;
/// - too small (below 40x12): only a message saying so.
public struct Layout: Equatable, Sendable {
    public enum Mode: Equatable, Sendable { case full, single, tooSmall }

    public static let fullMinimum = Size(width: 100, height: 30)
    public static let singleMinimum = Size(width: 40, height: 12)

    public let size: Size
    public let mode: Mode
    public let header: Rect
    public let footer: Rect
    private let panes: [Pane: Rect]

    public init(size: Size, focus: Pane) {
        self.size = size
        if size.width >= Layout.fullMinimum.width && size.height >= Layout.fullMinimum.height {
            mode = .full
        } else if size.width >= Layout.singleMinimum.width && size.height >= Layout.singleMinimum.height {
            mode = .single
        } else {
            mode = .tooSmall
        }
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        guard mode != .tooSmall else {
            header = Rect(x: 0, y: 0, width: 0, height: 0)
            footer = header
            panes = [:]
            return
        }
        let (top, rest) = screen.splitTop(1)
        let body = Rect(x: rest.x, y: rest.y, width: rest.width, height: rest.height - 1)
        header = top
        footer = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        switch mode {
        case .full:
            let (left, right) = body.splitLeft(body.width * 11 / 20)
            let (casesRect, deadlinesRect) = left.splitTop(left.height * 3 / 5)
            let (treeRect, detailRect) = right.splitTop(right.height * 2 / 5)
            panes = [.cases: casesRect, .deadlines: deadlinesRect, .tree: treeRect, .detail: detailRect]
        default:
            panes = [focus: body]
        }
    }

    /// The rectangle of `pane` (with its border), or nil when it is not shown.
    public func rect(_ pane: Pane) -> Rect? { panes[pane] }

    public var visiblePanes: [Pane] { Pane.allCases.filter { panes[$0] != nil } }

    /// Rows of data a list pane shows: its height less the border and the column header.
    public func visibleRows(_ pane: Pane) -> Int {
        guard let rect = panes[pane] else {
            // A hidden pane keeps the rows it would have in single mode.
            return max(1, size.height - 2 - 3)
        }
        switch pane {
        case .cases: return max(1, rect.height - 4)   // border, search/filter line, column header
        case .deadlines: return max(1, rect.height - 3)
        case .tree, .detail: return max(1, rect.height - 2)
        }
    }
}
