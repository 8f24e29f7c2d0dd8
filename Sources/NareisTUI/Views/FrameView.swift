import NareisCasework

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

    static func drawFooter(_ state: WorkstationState, in full: Rect, on screen: inout Screen) {
        screen.fill(full, role: .footer)
        let language = state.language
        // The team's status at the right end, when the store syncs with a team and the
        // footer keeps room for the rest.
        var rect = full
        if let status = state.teamStatus {
            // In full, else without "synced" (the time alone), else not at all.
            for compact in [false, true] {
                let line = teamLine(status, state, compact: compact)
                let width = line.reduce(0) { $0 + DisplayWidth.of($1.text) } + 1
                guard full.width - width >= 32 else { continue }
                rect = Rect(x: full.x, y: full.y, width: full.width - width - 2, height: 1)
                screen.segments(line, in: Rect(x: full.maxX - width, y: full.y, width: width, height: 1))
                break
            }
        }
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

    /// `Team: synced 14:05 · 3 waiting · 1 conflict` (times in UTC, as stored, like the
    /// notes'; the day too when it is not the workstation's day).
    static func teamLine(_ status: SyncStatus, _ state: WorkstationState, compact: Bool = false) -> [Segment] {
        let language = state.language
        let synced = status.lastSync.map { stamp -> String in
            let shown = NotesOverlay.displayTime(stamp)
            let time = stamp.hasPrefix(state.asOf.iso) && shown.count > 11 ? String(shown.dropFirst(11)) : shown
            return compact ? time : WorkText.teamSynced.text(language, time)
        } ?? (compact ? WorkText.teamNeverShort : WorkText.teamNeverSynced).text(language)
        var parts = [Segment(WorkText.teamStatus.text(language, synced), .footer)]
        if status.waiting > 0 { parts.append(Segment(WorkText.teamWaiting.text(language, status.waiting), .footer)) }
        if status.conflicts > 0 {
            let text = status.conflicts == 1 ? WorkText.teamConflictOne.text(language)
                : WorkText.teamConflictMany.text(language, status.conflicts)
            parts.append(Segment(text, .footerKey))
        }
        return joined(parts).map { $0.role == .dim ? Segment($0.text, .footer) : $0 }
    }
}
