import NareisCasework
import NareisCore

/// The member selected in the family tree: checklist, deadlines, warnings and
/// "why" (every reason with its rule ID and source). For the sponsor: the facts
/// the sponsor's conclusions rest on, with their reasons.
enum DetailView {
    static func draw(_ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        let language = state.language
        let focused = state.focus == .detail
        guard let open = state.openCase else {
            screen.emptyPane(rect, title: UIText.paneDetail.text(language), focused: focused, message: UIText.noCaseOpen.text(language))
            return
        }
        let member = state.selectedMember
        let name = member?.name ?? open.file.sponsor.name
        let inside = screen.box(rect, title: UIText.detailTitle.text(language, name), focused: focused)
        guard inside.height > 0 else { return }
        // Long checklist items, reasons and warnings go on over as many lines as they need.
        // Wrapped only down to the pane's last row: the reasons below it can run to pages,
        // and wrapping them was most of drawing the pane. When the lines run out first,
        // all were wrapped, and the scroll is held to the last of them.
        var lines: [[Segment]] = []
        for line in member.map({ memberLines($0, open, state) }) ?? sponsorLines(open, state)
        where lines.count < state.detailScroll + inside.height {
            lines += wrapped(line, width: inside.width, indent: 6)
        }
        let scroll = min(state.detailScroll, max(0, lines.count - inside.height))
        for y in 0..<inside.height where scroll + y < lines.count {
            screen.segments(lines[scroll + y], in: inside.row(y))
        }
    }

    static func sponsorLines(_ open: OpenCase, _ state: WorkstationState) -> [[Segment]] {
        let language = state.language
        let sponsor = open.file.sponsor
        var lines: [[Segment]] = [[Segment(UIText.sponsorDetail.text(language), .title)]]
        var facts = [Segment(UIText.born.text(language, sponsor.birthDate.description)),
                     Segment(UIText.nationality.text(language, sponsor.nationality)),
                     Segment(UIText.applicationDate.text(language, sponsor.asylumApplicationDate.iso))]
        if sponsor.isUnaccompaniedAtApplication { facts.append(Segment(UIText.unaccompanied.text(language))) }
        lines.append(joined(facts))
        lines += FamilyTreeView.sponsorBlock(open, state).dropFirst()
        lines.append([])
        lines += whyLines(open.assessment.sponsor.reasons, language)
        return lines
    }

    static func memberLines(_ member: Member, _ open: OpenCase, _ state: WorkstationState) -> [[Segment]] {
        let language = state.language
        var facts = [Segment(member.relationship.short(language)),
                     Segment(UIText.born.text(language, member.birthDate.description)),
                     Segment(UIText.nationality.text(language, member.nationality))]
        if let residence = member.residence { facts.append(Segment(UIText.residence.text(language, residence))) }
        var lines: [[Segment]] = [joined(facts)]
        guard let assessed = open.memberAssessment(member.id) else {
            return lines + [[Segment(UIText.notAssessed.text(language), .dim)]]
        }
        lines.append(joined(FamilyTreeView.facts(assessed, member, open, language)))

        let done = open.completeDocuments[member.id] ?? []
        let complete = assessed.checklist.filter { done.contains($0.id) }.count
        lines.append([])
        lines.append([Segment(UIText.sectionChecklist.text(language, complete, assessed.checklist.count), .title)])
        for item in assessed.checklist {
            let box: UIText = done.contains(item.id) ? .checklistDone : .checklistOpen
            var line = [Segment("  " + box.text(language) + " ", done.contains(item.id) ? .met : .normal), Segment(item.text(language, .short)),
                        Segment("  " + item.rule, .rule)]
            if item.uncertain { line.append(Segment(" " + UIText.checklistUncertain.text(language), .uncertain)) }
            lines.append(line)
        }
        if assessed.checklist.isEmpty { lines.append([Segment("  " + UIText.noneRecorded.text(language), .dim)]) }

        lines.append([])
        lines.append([Segment(UIText.sectionDeadlines.text(language), .title)])
        for deadline in assessed.deadlines {
            lines.append(deadlineLine(deadline, state))
        }
        if assessed.deadlines.isEmpty { lines.append([Segment("  " + UIText.noneRecorded.text(language), .dim)]) }

        if !assessed.warnings.isEmpty {
            lines.append([])
            lines.append([Segment(UIText.sectionWarnings.text(language), .title)])
            for warning in assessed.warnings {
                lines.append([Segment("  ! ", .warning), Segment(warning.text(language), .warning), Segment("  " + warning.rule, .rule)])
            }
        }
        lines.append([])
        lines += whyLines(assessed.reasons, language)
        return lines
    }

    static func deadlineLine(_ deadline: Deadline, _ state: WorkstationState) -> [Segment] {
        let language = state.language
        var parts: [Segment]
        if deadline.isPending {
            let urgency = Urgency(due: deadline.due, asOf: state.asOf, language: language)
            parts = [Segment("  " + urgency.text, urgency.role)]
        } else {
            let state = deadline.state.short(language)
            parts = [Segment("  " + state, deadline.state == .late ? .warning : .met)]
        }
        parts += [Segment("  " + deadline.text(language, .short)), Segment("  " + deadline.due.iso)]
        if let done = deadline.done { parts.append(Segment(" (" + UIText.doneOn.text(language, done.iso) + ")", .dim)) }
        if let extended = deadline.extendedDue { parts.append(Segment(" " + UIText.extendedDue.text(language, extended.iso), .dim)) }
        if let last = deadline.lastLegalDay { parts.append(Segment(" " + UIText.lastLegalDay.text(language, last.iso), .dim)) }
        if deadline.excusable == true { parts.append(Segment(" " + UIText.excusable.text(language), .assessment)) }
        parts.append(Segment("  " + deadline.rule, .rule))
        return parts
    }

    static func whyLines(_ reasons: [Reason], _ language: Language) -> [[Segment]] {
        var lines: [[Segment]] = [[Segment(UIText.sectionWhy.text(language), .title)]]
        for reason in reasons {
            lines.append([Segment("  " + reason.rule, .rule), Segment("  " + reason.text(language)), Segment("  (" + reason.source + ")", .dim)])
        }
        if reasons.isEmpty { lines.append([Segment("  " + UIText.noneRecorded.text(language), .dim)]) }
        return lines
    }
}
