import NareisCore
import NareisCasework

/// The open case as a tree: the sponsor at the root, each member a branch with
/// relationship, age band (marked when uncertain), eligibility, framework, fee,
/// documents complete/required and current step.
enum FamilyTreeView {
    static func draw(_ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        let language = state.language
        let focused = state.focus == .tree
        guard let open = state.openCase else {
            screen.emptyPane(rect, title: UIText.paneTree.text(language), focused: focused, message: UIText.noCaseOpen.text(language))
            return
        }
        let inside = screen.box(rect, title: UIText.treeTitle.text(language, open.file.id ?? ""), focused: focused)
        guard inside.height > 0 else { return }
        let width = inside.width
        let blocks = [sponsorBlock(open, state, width: width)] + open.file.members.enumerated().map { index, member in
            memberBlock(member, last: index == open.file.members.count - 1, open, state, width: width)
        }
        // Blocks take as many lines as their facts need: scroll by lines so the
        // whole selected block shows (its first line when it is taller than the pane).
        var lines: [(line: [Segment], block: Int)] = []
        for (index, block) in blocks.enumerated() { lines += block.map { ($0, index) } }
        let first = lines.firstIndex { $0.block == state.tree.selected } ?? 0
        let last = lines.lastIndex { $0.block == state.tree.selected } ?? 0
        var offset = max(0, last + 1 - inside.height)
        offset = min(offset, first)
        for y in 0..<inside.height where offset + y < lines.count {
            let row = inside.row(y)
            screen.segments(lines[offset + y].line, in: row)
            if lines[offset + y].block == state.tree.selected { screen.paint(row, role: focused ? .selectionFocus : .selection) }
        }
    }

    /// Facts laid out after `indent`, as many per line as fit in `width` columns.
    static func wrapped(_ facts: [Segment], indent: Segment, width: Int) -> [[Segment]] {
        let separator = Segment(" \u{00B7} ", .dim)
        var lines: [[Segment]] = []
        var line = [indent]
        var used = DisplayWidth.of(indent.text)
        for fact in facts {
            let size = DisplayWidth.of(fact.text)
            if line.count > 1 && used + DisplayWidth.of(separator.text) + size > width {
                lines.append(line)
                line = [indent, fact]
                used = DisplayWidth.of(indent.text) + size
            } else {
                if line.count > 1 {
                    line.append(separator)
                    used += DisplayWidth.of(separator.text)
                }
                line.append(fact)
                used += size
            }
        }
        lines.append(line)
        return lines
    }

    static func sponsorBlock(_ open: OpenCase, _ state: WorkstationState, width: Int = .max) -> [[Segment]] {
        let language = state.language
        let sponsor = open.file.sponsor
        var first = [Segment("\u{25CF} ", .dim), Segment(sponsor.name, .title)]
        if let latin = sponsor.latinName, latin != sponsor.name { first += [Segment(" \u{00B7} ", .dim), Segment(latin)] }
        first.append(Segment(" (" + UIText.sponsorRole.text(language) + ")", .dim))
        var facts = [Segment(sponsor.nationality), Segment(UIText.permitDecided.text(language, sponsor.permit.decisionDate.iso))]
        if let term = open.assessment.sponsor.applicationTermEnds {
            let urgency = Urgency(due: term, asOf: state.asOf, language: language)
            facts.append(Segment(UIText.termEnds.text(language, term.iso)))
            let filed = open.file.members.allSatisfy { $0.procedure.submitted != nil } && !open.file.members.isEmpty
            if !filed { facts.append(Segment(urgency.text, urgency.role)) }
        } else {
            facts.append(Segment(UIText.noTerm.text(language), .dim))
        }
        if open.assessment.sponsor.minorAtAsylumApplication { facts.append(Segment(UIText.minorAtApplication.text(language), .warning)) }
        if open.assessment.sponsor.ageUncertain { facts.append(Segment(UIText.ageUncertainSponsor.text(language), .uncertain)) }
        return [first] + wrapped(facts, indent: Segment("  "), width: width)
    }

    static func memberBlock(_ member: Member, last: Bool, _ open: OpenCase, _ state: WorkstationState,
                            width: Int) -> [[Segment]] {
        let language = state.language
        var first = [Segment(last ? "\u{2514}\u{2500} " : "\u{251C}\u{2500} ", .dim),
                     Segment(member.relationship.short(language) + ": ", .dim),
                     Segment(member.name)]
        if let latin = member.latinName, latin != member.name { first += [Segment(" \u{00B7} ", .dim), Segment(latin)] }
        let indent = Segment(last ? "     " : "\u{2502}    ", .dim)
        guard let assessed = open.memberAssessment(member.id) else {
            return [first, [indent, Segment(UIText.notAssessed.text(language), .dim)]]
        }
        return [first] + wrapped(facts(assessed, member, open, language), indent: indent, width: width)
    }

    /// The one-line summary of a member: used by the tree and the detail header.
    static func facts(_ assessed: MemberAssessment, _ member: Member, _ open: OpenCase, _ language: Language) -> [Segment] {
        let band = assessed.ageBand.short(language)
        let age = assessed.ageUncertain
            ? Segment(UIText.ageBandUncertain.text(language, band), .uncertain)
            : Segment(UIText.ageBand.text(language, band))
        let eligibility = assessed.eligibility.short(language)
        let fee = assessed.feeCents.map { UIText.fee.text(language, Labels.euros($0, language)) } ?? UIText.feeUnknown.text(language)
        let required = assessed.checklist.count
        let complete = open.completeDocuments[member.id].map { done in assessed.checklist.filter { done.contains($0.id) }.count } ?? 0
        return [
            age,
            Segment(eligibility, Labels.role(assessed.eligibility)),
            Segment(assessed.framework.short(language)),
            Segment(fee),
            Segment(UIText.documents.text(language, complete, required), complete < required ? .urgent : .met),
            Segment(CaseStage.of(member.procedure).short(language)),
        ]
    }
}
