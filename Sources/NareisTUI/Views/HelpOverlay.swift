/// The `?` overlay: every action of the table with its keys, grouped by where it applies.
enum HelpOverlay {
    static func lines(_ state: WorkstationState) -> [[Segment]] {
        let language = state.language
        var lines: [[Segment]] = []
        let keyWidth = ActionTable.all.map { DisplayWidth.of(ActionTable.keyNames($0)) }.max() ?? 0
        for context in KeyContext.allCases {
            let specs = ActionTable.all.filter { $0.context == context }
            guard !specs.isEmpty else { continue }
            if !lines.isEmpty { lines.append([]) }
            lines.append([Segment(contextTitle(context).text(language), .title)])
            for spec in specs {
                let keys = ActionTable.keyNames(spec)
                let pad = String(repeating: " ", count: max(0, keyWidth - DisplayWidth.of(keys)))
                lines.append([Segment("  " + keys + pad + "  ", .footerKey), Segment(spec.description.text(language), .help)])
            }
        }
        return lines + [[]] + LockView.helpLines(state)
    }

    static func contextTitle(_ context: KeyContext) -> UIText {
        switch context {
        case .global: return .contextGlobal
        case .lists: return .contextLists
        case .cases: return .contextCases
        case .deadlines: return .contextDeadlines
        case .search: return .contextSearch
        case .caseWork: return .contextCaseWork
        case .editor: return .contextEditor
        case .documents: return .contextDocuments
        case .tasks: return .contextTasks
        case .notes: return .contextNotes
        case .travel: return .contextTravel
        case .form: return .contextForm
        case .team: return .contextTeam
        case .conflict: return .contextConflict
        }
    }

    static func draw(_ state: WorkstationState, on screen: inout Screen) {
        let size = screen.size
        // Wide terminals get a centred box; narrower ones the whole width, so no
        // pane border peeks out beside it.
        let width = size.width > 100 ? 96 : size.width
        let height = size.height - 2
        guard width >= 10, height >= 4 else { return }
        let rect = Rect(x: (size.width - width) / 2, y: 1, width: width, height: height)
        let inside = screen.box(rect, title: UIText.helpIntro.text(state.language), focused: true)
        let content = lines(state)
        let scroll = min(state.helpScroll, max(0, content.count - inside.height))
        for y in 0..<inside.height where scroll + y < content.count {
            screen.segments(content[scroll + y], in: inside.row(y))
        }
    }
}
