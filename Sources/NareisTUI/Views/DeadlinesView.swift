import NareisCore

/// Deadlines across all cases in a window of days: overdue first, then by due date.
enum DeadlinesView {
    static func draw(_ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        let language = state.language
        let focused = state.focus == .deadlines
        let title = UIText.deadlinesTitle.text(language, state.deadlineWindow, state.deadlines.total)
        let inside = screen.box(rect, title: title, focused: focused)
        guard inside.height > 0 else { return }
        let plan = ColumnPlan(total: inside.width, fixed: [16, 10, 13, 16, 0, 16], flexible: 4, minimumFlexible: 10,
                              dropOrder: [5, 3, 1])
        screen.columns([
            (UIText.columnDaysLeft.text(language), plan.widths[0], .columnHeader),
            (UIText.columnDue.text(language), plan.widths[1], .columnHeader),
            (UIText.columnCase.text(language), plan.widths[2], .columnHeader),
            (UIText.columnMember.text(language), plan.widths[3], .columnHeader),
            (UIText.columnWhat.text(language), plan.widths[4], .columnHeader),
            (UIText.columnRule.text(language), plan.widths[5], .columnHeader),
        ], in: inside.row(0))
        let body = Rect(x: inside.x, y: inside.y + 1, width: inside.width, height: inside.height - 1)
        guard body.height > 0 else { return }
        if state.deadlines.total == 0 {
            screen.put(UIText.noDeadlines.text(language), in: body.row(0), role: .dim)
            return
        }
        screen.panel(state.deadlines, in: body, focused: focused, loading: UIText.loading.text(language)) { screen, row, rowRect in
            let urgency = Urgency(due: row.due, asOf: state.asOf, language: language)
            screen.columns([
                (urgency.text, plan.widths[0], urgency.role),
                (row.due.iso, plan.widths[1], .normal),
                (row.caseId, plan.widths[2], .normal),
                (row.memberLatinName.map { row.memberName + " \u{00B7} " + $0 } ?? row.memberName, plan.widths[3], .normal),
                (DeadlineWord.text(of: row.deadline, language, .short), plan.widths[4], .normal),
                (row.rule, plan.widths[5], .rule),
            ], in: rowRect)
        }
    }
}
