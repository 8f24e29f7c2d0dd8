import NareisCore
import NareisCasework

/// The case list: ID, sponsor (original script and Latin), stage, next deadline
/// and days left, under a line showing the search and filters.
enum CaseListView {
    static func draw(_ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        let language = state.language
        let focused = state.focus == .cases
        let title = state.searchLimited ? UIText.casesTitleLimited.text(language, state.cases.total)
            : UIText.casesTitle.text(language, state.cases.total)
        let inside = screen.box(rect, title: title, focused: focused)
        guard inside.height > 0 else { return }

        drawQueryLine(state, in: inside.row(0), on: &screen)
        let plan = ColumnPlan(total: inside.width, fixed: [13, 0, 13, 5, 10, 16], flexible: 1, minimumFlexible: 18,
                              dropOrder: [4, 3, 2, 0])
        let header: [(String, Int, Role)] = [
            (UIText.columnCase.text(language), plan.widths[0], .columnHeader),
            (UIText.columnSponsor.text(language), plan.widths[1], .columnHeader),
            (UIText.columnStage.text(language), plan.widths[2], .columnHeader),
            (UIText.columnDocuments.text(language), plan.widths[3], .columnHeader),
            (UIText.columnNextDeadline.text(language), plan.widths[4], .columnHeader),
            (UIText.columnDaysLeft.text(language), plan.widths[5], .columnHeader),
        ]
        if inside.height > 1 { screen.columns(header, in: inside.row(1)) }

        let body = Rect(x: inside.x, y: inside.y + 2, width: inside.width, height: inside.height - 2)
        guard body.height > 0 else { return }
        if state.cases.total == 0 {
            let empty: UIText = state.storeEmpty ? .noCases : .noCasesFiltered
            screen.put(empty.text(language), in: body.row(0), role: .dim)
            return
        }
        screen.panel(state.cases, in: body, focused: focused, loading: UIText.loading.text(language)) { screen, row, rowRect in
            let urgency = Urgency(due: row.nextDue, asOf: state.asOf, language: language)
            let name = row.latinName.map { $0 == row.name ? row.name : row.name + " \u{00B7} " + $0 } ?? row.name
            screen.columns([
                (row.id, plan.widths[0], .normal),
                (name, plan.widths[1], .normal),
                (row.stage.short(language), plan.widths[2], .normal),
                progress(row, plan.widths[3]),
                (row.nextDue?.iso ?? "", plan.widths[4], .normal),
                (urgency.text, plan.widths[5], urgency.role),
            ], in: rowRect)
        }
    }

    /// Documents complete/required over the family (`3/7`), marked done when all are.
    static func progress(_ row: CaseListRow, _ width: Int) -> (String, Int, Role) {
        guard let required = row.documentsRequired, let complete = row.documentsComplete else { return ("", width, .dim) }
        return (String(complete) + "/" + String(required), width, complete >= required ? .met : .normal)
    }

    /// The search field while typing, or a summary of sort, filters and search.
    static func drawQueryLine(_ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        let language = state.language
        if state.searching {
            let used = screen.put(UIText.searchPrompt.text(language), in: rect, role: .search)
            let field = Rect(x: rect.x + used, y: rect.y, width: rect.width - used, height: 1)
            screen.fill(field, role: .search)
            // Show the end of a long search text, with a block cursor after it.
            let text = state.query.search
            let width = DisplayWidth.of(text)
            let shown = width < field.width ? text : String(text.suffix(max(0, field.width - 2)))
            let written = screen.put(shown, in: field, role: .search, ellipsis: false)
            screen.put("\u{2588}", x: field.x + written, y: field.y, maxX: field.maxX, role: .search)
            return
        }
        var parts = [UIText.sortLabel.text(language, Labels.sort(state.query.sort).text(language))]
        if let stage = state.query.stage { parts.append(UIText.filterStage.text(language, stage.short(language))) }
        if state.query.overdueOnly { parts.append(UIText.filterOverdue.text(language)) }
        if let counsellor = state.query.counsellor { parts.append(UIText.filterCounsellor.text(language, counsellor)) }
        if !state.query.search.isEmpty { parts.append(UIText.searchLabel.text(language, state.query.search)) }
        screen.put(parts.joined(separator: " · "), in: rect, role: state.query.isFiltered ? .search : .dim)
    }
}
