/// The whole screen for a state: a pure function of (state, size), so every
/// screen is testable as text. Colours come later, from the theme, by role.
public enum WorkstationView {
    public static func render(_ state: WorkstationState) -> Screen {
        var screen = Screen(size: state.size)
        draw(state, on: &screen)
        return screen
    }

    public static func draw(_ state: WorkstationState, on screen: inout Screen) {
        // The cover replaces everything, at any size: nothing below it is drawn.
        guard !state.idleLock.isLocked else {
            LockView.draw(state, on: &screen)
            return
        }
        let layout = state.layout
        guard layout.mode != .tooSmall else {
            drawTooSmall(state, on: &screen)
            return
        }
        FrameView.drawHeader(state, in: layout.header, on: &screen)
        for pane in layout.visiblePanes {
            guard let rect = layout.rect(pane) else { continue }
            switch pane {
            case .cases: CaseListView.draw(state, in: rect, on: &screen)
            case .tree: FamilyTreeView.draw(state, in: rect, on: &screen)
            case .detail: DetailView.draw(state, in: rect, on: &screen)
            case .deadlines: DeadlinesView.draw(state, in: rect, on: &screen)
            }
        }
        if let modal = state.modal { WorkOverlay.draw(modal, state, on: &screen) }
        FrameView.drawFooter(state, in: layout.footer, on: &screen)
        if state.showHelp { HelpOverlay.draw(state, on: &screen) }
    }

    /// Below 40x12: the size and what is needed, centred, word-wrapped to fit.
    static func drawTooSmall(_ state: WorkstationState, on screen: inout Screen) {
        let language = state.language
        let size = state.size
        let message = UIText.tooSmall.text(language, size.width, size.height) + " "
            + UIText.tooSmallNeed.text(language, Layout.singleMinimum.width, Layout.singleMinimum.height)
        let lines = wrap(message, width: size.width)
        let top = max(0, (size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < size.height {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            screen.put(line, x: x, y: top + index, role: .error)
        }
    }

    /// Greedy word wrap by display width; a word longer than the width is cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if DisplayWidth.of(candidate) <= width {
                current = candidate
            } else {
                if !current.isEmpty { lines.append(current) }
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
