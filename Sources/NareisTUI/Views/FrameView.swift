/// The header (title, date) and the footer (key hints from the action table, or a problem).
enum FrameView {
    static func drawHeader(_ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, role: .header)
        let language = state.language
        screen.put(" " + UIText.appTitle.text(language), in: rect, role: .header)
        let date = UIText.asOf.text(language, state.asOf.iso) + " "
        let width = DisplayWidth.of(date)
        if rect.width > width + DisplayWidth.of(UIText.appTitle.text(language)) + 3 {
            screen.put(date, x: rect.maxX - width, y: rect.y, maxX: rect.maxX, role: .header)
        }
    }

    static func drawFooter(_ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, role: .footer)
        let language = state.language
        if let problem = state.problem {
            screen.put(" " + UIText.problem.text(language, problem), in: rect, role: .error)
            return
        }
        if let notice = state.notice {
            screen.put(" " + notice, in: rect, role: .footer)
            return
        }
        // The hints of where keys are read: the pane's own first, then the global
        // ones; when they do not all fit, the pane's are dropped from the end so
        // help and quit stay visible.
        var shown = state.keyPlace.chain.hints
        func width(_ spec: ActionSpec) -> Int {
            DisplayWidth.of(spec.keys.first?.name ?? "") + 1 + DisplayWidth.of(spec.hint?.text(language) ?? "") + 2
        }
        while shown.reduce(1, { $0 + width($1) }) > rect.width + 2,
              let index = shown.lastIndex(where: { $0.context != .global }) ?? shown.indices.last {
            shown.remove(at: index)
        }
        var x = rect.x + 1
        for spec in shown {
            guard let hint = spec.hint else { continue }
            x += screen.put(spec.keys.first?.name ?? "", x: x, y: rect.y, maxX: rect.maxX, role: .footerKey)
            x += screen.put(" " + hint.text(language) + "  ", x: x, y: rect.y, maxX: rect.maxX, role: .footer, ellipsis: false)
        }
    }
}
