import NareisCore
import NareisCasework

/// The intake form: one step at a time (sponsor, each member, review). Each field
/// shows its label, its answer, the expected format at the field being typed, and
/// the reader's message once the field has been visited. The review shows the
/// live assessment: framework, fee, documents and the application-term countdown.
enum IntakeView {
    static func draw(_ form: IntakeForm, _ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        let language = state.language
        let stepName: String
        switch form.step {
        case .sponsor: stepName = WorkText.stepSponsor.text(language)
        case .member(let index): stepName = WorkText.stepMember.text(language, index + 1)
        case .review: stepName = WorkText.stepReview.text(language)
        }
        let title = form.draftIsEdit
            ? WorkText.editTitle.text(language, form.draft.caseId ?? "", form.stepIndex + 1, form.stepCount, stepName)
            : WorkText.intakeTitle.text(language, form.stepIndex + 1, form.stepCount, stepName)
        let inside = screen.box(rect, title: title, focused: true)
        guard inside.height > 0 else { return }
        var lines: [[Segment]] = []
        var fieldLine = 0
        if let message = form.message { lines.append([Segment(message, .error)]) }
        if case .review = form.step {
            // Problems, reasons and warnings wrap, as in the detail pane.
            lines += reviewLines(form, state).flatMap { wrapped($0, width: inside.width, indent: 4) }
        } else {
            let labelWidth = min(inside.width / 2, form.fields.map { DisplayWidth.of(label($0, language)) + 3 }.max() ?? 0)
            for (index, field) in form.fields.enumerated() {
                let name = label(field, language)
                let mark = field.required ? " *" : "  "
                let pad = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(name) - 2))
                let current = index == form.fieldIndex
                if current { fieldLine = lines.count }
                lines.append([Segment(" " + name + mark + pad, current ? .title : .dim), Segment(current ? "" : form.shown(field))])
                let expected = IntakeProblemText.expected(field, language)
                if current, let understood = understood(form.editor.text, field, language) {
                    // What the date typed so far reads as, before it is accepted.
                    lines.append([Segment(String(repeating: " ", count: labelWidth + 1)), Segment(understood, .met)])
                } else if current, !expected.isEmpty {
                    lines.append([Segment(String(repeating: " ", count: labelWidth + 1)), Segment(expected, .help)])
                }
                if let problem = form.problem(at: field) {
                    // Wrapped under the answer: the allowed form is at the end of the message.
                    lines += wrapped([Segment(String(repeating: " ", count: labelWidth + 1) + "! ", .error), Segment(problem, .error)],
                                     width: inside.width, indent: labelWidth + 3)
                }
            }
            if form.fields.isEmpty { lines.append([Segment(WorkText.noMembers.text(language), .dim)]) }
            let top = max(0, min(fieldLine - inside.height / 2, lines.count - inside.height))
            for y in 0..<inside.height where top + y < lines.count {
                screen.segments(lines[top + y], in: inside.row(y))
            }
            let y = fieldLine - top
            if form.field != nil, y >= 0, y < inside.height {
                let x = inside.x + labelWidth + 1
                WorkOverlay.drawField(form.editor, in: Rect(x: x, y: inside.y + y, width: max(2, inside.maxX - x - 1), height: 1),
                                      on: &screen)
            }
            return
        }
        for y in 0..<inside.height where y < lines.count {
            screen.segments(lines[y], in: inside.row(y))
        }
    }

    static func label(_ field: IntakeField, _ language: Language) -> String {
        FieldText(rawValue: field.key)?.text(language) ?? field.key
    }

    /// A date field's text as the date it reads as, in words ("maart 1990, dag
    /// onbekend"), a country field's as the country it names; nil for other fields
    /// and for text that is neither (yet).
    static func understood(_ text: String, _ field: IntakeField, _ language: Language) -> String? {
        switch field.kind {
        case .fullDate: return DateInput.day(text, today: nil)?.text(language)
        case .birthDate: return DateInput.partialDate(text)?.text(language)
        case .choice, .yesNo:
            // The value the text picks, in the interface language.
            guard let value = field.choice(typed: text) else { return nil }
            return "< " + field.label(of: value, language) + " >"
        case .country:
            // The country the name means, or the few it may mean.
            if let one = CountryNames.resolve(text) { return one.name(language) + " (" + one.code + ")" }
            let some = CountryNames.matches(text, limit: 4)
            return some.isEmpty ? nil : some.map { $0.name(language) }.joined(separator: " · ") + " …"
        default: return nil
        }
    }

    static func reviewLines(_ form: IntakeForm, _ state: WorkstationState) -> [[Segment]] {
        let language = state.language
        var lines: [[Segment]] = []
        if form.problems.isEmpty {
            lines.append([Segment(WorkText.reviewReady.text(language), .met)])
        } else {
            lines.append([Segment(WorkText.reviewProblems.text(language), .error)])
            for (location, message) in form.allProblems {
                lines.append([Segment("  ! " + place(location, language) + ": ", .error), Segment(message)])
            }
        }
        lines += knownCaseLines(form.possibleDuplicates, selected: form.knownSelection, language)
        guard let open = form.review else { return lines }
        let (file, assessment) = (open.file, open.assessment)
        lines.append([])
        if let term = assessment.sponsor.applicationTermEnds {
            let urgency = Urgency(due: term, asOf: state.asOf, language: language)
            lines.append([Segment(WorkText.reviewTerm.text(language, term.iso, urgency.text), urgency.role)])
        } else {
            lines.append([Segment(WorkText.reviewNoTerm.text(language), .dim)])
        }
        for member in file.members {
            guard let assessed = open.memberAssessment(member.id) else { continue }
            lines.append([])
            lines.append([Segment(member.relationship.short(language) + ": ", .dim), Segment(member.name, .title)])
            lines.append([Segment("  ")] + joined(FamilyTreeView.facts(assessed, member, open, language)))
            let documents = assessed.checklist.map { $0.text(language, .short) }.joined(separator: "; ")
            lines.append([Segment("  " + WorkText.reviewChecklist.text(language, documents), .dim)])
            for warning in assessed.warnings {
                lines.append([Segment("  ! ", .warning), Segment(warning.text(language), .warning)])
            }
        }
        return lines
    }

    /// "Is this family already here?": the stored cases it may be in, each with the
    /// people who match and why, and the keys that open the one marked or save anyway.
    static func knownCaseLines(_ known: [PossibleDuplicate], selected: Int, _ language: Language) -> [[Segment]] {
        guard !known.isEmpty else { return [] }
        let keys = [Action.openKnownCase, .saveIntake].map { ActionTable.keyNames(ActionTable.spec($0)) }
        var lines: [[Segment]] = [[], [Segment(WorkText.reviewKnown.text(language, known.count, keys[0], keys[1]), .warning)]]
        for (index, duplicate) in known.prefix(IntakeForm.knownCasesShown).enumerated() {
            // The one Ctrl-O opens is marked.
            let mark = index == selected ? "\u{203A} " : "  "
            lines.append([Segment(mark + duplicate.caseId + "  ", .title), Segment(duplicate.sponsor.displayName)])
            for matched in duplicate.people {
                lines.append([Segment("    " + matched.person.displayName + " ~ "),
                              Segment(matched.stored.displayName + " (" + matched.stored.birthDate.text(language) + "): "),
                              Segment(matched.match.short(language, DuplicateRule.birthYearsApart), .dim)])
            }
        }
        if known.count > IntakeForm.knownCasesShown {
            lines.append([Segment("  " + WorkText.reviewKnownMore.text(language, known.count - IntakeForm.knownCasesShown), .dim)])
        }
        return lines
    }

    /// Where a problem is: "sponsor · Birth date", "family member 2 · Nationality".
    static func place(_ location: IntakeDraft.Location, _ language: Language) -> String {
        switch location {
        case .sponsor(let key):
            return WorkText.stepSponsor.text(language) + " \u{00B7} " + fieldLabel(key, language)
        case .member(let index, let key):
            return WorkText.stepMember.text(language, index + 1) + " \u{00B7} " + fieldLabel(key, language)
        case .caseFile:
            return WorkText.stepReview.text(language)
        }
    }

    static func drawDrafts(_ chooser: DraftChooser, _ state: WorkstationState, in rect: Rect, on screen: inout Screen) {
        let language = state.language
        let inside = screen.box(rect, title: WorkText.draftsTitle.text(language), focused: true)
        screen.panel(chooser.panel, in: inside) { screen, choice, row in
            guard case .draft(let draft) = choice else {
                screen.segments([Segment(" + " + WorkText.newCase.text(language), .title)], in: row)
                return
            }
            let name = IntakeForm.sponsorName(ofDraft: draft.document) ?? WorkText.draftUnnamed.text(language)
            let when = NotesOverlay.displayTime(draft.changedAt)
            let text = draft.caseId.map { WorkText.draftEdit.text(language, $0, name, when) }
                ?? WorkText.draftNew.text(language, name, when)
            screen.segments([Segment("   " + text)], in: row)
        }
    }

    /// A field's label by its path; an object the reader names as a whole (`permit`)
    /// by its first question (`permit.kind`).
    static func fieldLabel(_ key: String, _ language: Language) -> String {
        let field = FieldText(rawValue: key) ?? IntakeField.sponsorFields.first { $0.key.hasPrefix(key + ".") }
            .flatMap { FieldText(rawValue: $0.key) } ?? IntakeField.memberFields.first { $0.key.hasPrefix(key + ".") }
            .flatMap { FieldText(rawValue: $0.key) }
        return field?.text(language) ?? key
    }
}
