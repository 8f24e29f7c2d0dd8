import NareisCore

/// The printable case summary (`nareis summary`): the sponsor, every family member
/// with eligibility, framework, fee, documents (with their status when kept),
/// deadlines with their state and days left, and warnings; the fees; open tasks.
public enum CaseSummary {
    public enum Format: String, CaseIterable, Sendable {
        case text, markdown
    }

    public static func render(_ record: CaseRecord, language: Language, format: Format) -> String {
        switch format {
        case .text:
            var writer = PlainSummaryWriter()
            write(record, language: language, to: &writer)
            return writer.output
        case .markdown:
            var writer = MarkdownSummaryWriter()
            write(record, language: language, to: &writer)
            return writer.output
        }
    }

    static func write<W: SummaryWriter>(_ record: CaseRecord, language: Language, to writer: inout W) {
        let builder = SummaryBuilder(record: record, language: language)
        builder.write(to: &writer)
    }
}

/// Walks one case in a fixed order and tells the writer what to write.
private struct SummaryBuilder {
    let record: CaseRecord
    let language: Language
    let format: TextFormat
    let terms: Terms

    init(record: CaseRecord, language: Language) {
        self.record = record
        self.language = language
        self.format = TextFormat(language: language)
        self.terms = Terms(language: language)
    }

    private func say(_ text: SummaryText) -> String { text.text(language) }
    private func say(_ text: SummaryText, _ a: String) -> String { text.text(language, a) }
    private func say(_ text: SummaryText, _ a: String, _ b: String) -> String { text.text(language, a, b) }
    private func say(_ text: SummaryText, _ a: String, _ b: String, _ c: String) -> String {
        text.text(language, a, b, c)
    }

    func write<W: SummaryWriter>(to writer: inout W) {
        let assessment = record.assessment
        writer.title(say(.title, record.caseId))
        writer.paragraph(say(.assessedOn, format.date(assessment.asOf), assessment.rulesVersion))
        writeSponsor(to: &writer)
        writer.heading(say(.familyHeading), level: 1)
        for member in record.file.members {
            writeMember(member, to: &writer)
        }
        writeFees(to: &writer)
        if let tasks = record.tasks {
            writeTasks(tasks, to: &writer)
        }
    }

    private func writeSponsor<W: SummaryWriter>(to writer: inout W) {
        let sponsor = record.file.sponsor
        let assessed = record.assessment.sponsor
        writer.heading(say(.sponsorHeading), level: 1)
        writer.field(say(.name), terms.name(sponsor.name, latin: sponsor.latinName))
        if let vNumber = sponsor.vNumber { writer.field(say(.vNumber), vNumber) }
        writer.field(say(.nationality), sponsor.nationality)
        writer.field(say(.permitGranted), format.date(sponsor.permit.decisionDate))
        if let ends = assessed.applicationTermEnds {
            writer.field(say(.applicationTermEnds), format.date(ends))
        } else {
            writer.field(say(.applicationTermEnds), say(.noApplicationTerm))
        }
        let minor: SummaryText = assessed.ageUncertain ? .uncertain : (assessed.minorAtAsylumApplication ? .yes : .no)
        writer.field(say(.minorAtAsylumApplication), say(minor))
        if let counsellor = sponsor.counsellor { writer.field(say(.counsellor), counsellor) }
        if let phone = sponsor.phone { writer.field(say(.phone), phone) }
        if let email = sponsor.email { writer.field(say(.email), email) }
    }

    private func writeMember<W: SummaryWriter>(_ member: Member, to writer: inout W) {
        writer.heading(terms.name(member.name, latin: member.latinName) + " (" + member.id + ")", level: 2)
        writer.field(say(.relationship), terms.relationship(member.relationship))
        if let vNumber = member.vNumber { writer.field(say(.vNumber), vNumber) }
        guard let assessed = record.assessment.members.first(where: { $0.id == member.id }) else {
            writer.field(say(.eligibility), say(.notAssessed))
            return
        }
        let band = terms.ageBand(assessed.ageBand)
        writer.field(say(.ageBand), assessed.ageUncertain ? say(.ageUncertain, band) : band)
        let rules = assessed.reasons.map(\.rule).filter { $0.hasPrefix("FM-") || $0.hasPrefix("TWO-") }
        let eligibility = terms.eligibility(assessed.eligibility)
        writer.field(say(.eligibility), rules.isEmpty ? eligibility : eligibility + " (" + rules.joined(separator: ", ") + ")")
        writer.field(say(.framework), terms.framework(assessed.framework))
        writer.field(say(.fee), assessed.feeCents.map(format.euros(cents:)) ?? say(.feeNotInSources))
        if let i = member.procedure.investigation {
            // PROC-INVESTIGATE-EVENTS: what the IND announced, in the reader's words.
            writer.field(say(.investigation), say(.investigationDetails, i.kind.long(language), i.channel.long(language),
                                                  format.date(i.letter))
                         + (i.date.map { say(.investigationAppointment, format.date($0)) } ?? ""))
        }
        writeChecklist(assessed, to: &writer)
        writeDeadlines(assessed, to: &writer)
        writer.heading(say(.warnings), level: 3)
        if assessed.warnings.isEmpty { writer.bullet(say(.none), checked: nil) }
        for warning in assessed.warnings {
            writer.bullet(terms.warning(warning) + " (" + warning.rule + ")", checked: nil)
        }
    }

    private func writeChecklist<W: SummaryWriter>(_ assessed: MemberAssessment, to writer: inout W) {
        writer.heading(say(.documents), level: 3)
        if assessed.checklist.isEmpty { writer.bullet(say(.none), checked: nil) }
        for item in assessed.checklist {
            var label = terms.checklist(item)
            if item.uncertain { label = say(.documentUncertain, label) }
            if let documents = record.documents {
                let state = documents.state(member: assessed.id, item: item.id)
                writer.bullet(label + " (" + terms.document(state) + ")", checked: state.isComplete(for: item.id))
                if state == .doubted {
                    writer.bullet(RuleText.documentDoubted.text(language, .long) + " (DOC-DOUBTED)", checked: nil)
                }
            } else {
                writer.bullet(label, checked: nil)
            }
        }
    }

    private func writeDeadlines<W: SummaryWriter>(_ assessed: MemberAssessment, to writer: inout W) {
        writer.heading(say(.deadlines), level: 3)
        if assessed.deadlines.isEmpty { writer.bullet(say(.none), checked: nil) }
        for deadline in assessed.deadlines {
            var details = [terms.state(deadline.state)]
            if deadline.isPending {
                details.append(format.daysLeft(from: record.assessment.asOf, to: deadline.due))
            } else if let done = deadline.done {
                details.append(say(.doneOn, format.date(done)))
            }
            if let extended = deadline.extendedDue { details.append(say(.extendableTo, format.date(extended))) }
            if let last = deadline.lastLegalDay { details.append(say(.lastLegalDay, format.date(last))) }
            if let excusable = deadline.excusable { details.append(say(excusable ? .excusable : .notExcusable)) }
            let line = say(.deadlineLine, terms.deadline(deadline), format.date(deadline.due),
                           details.joined(separator: ", "))
            writer.bullet(line + " (" + deadline.rule + ")", checked: nil)
        }
    }

    private func writeFees<W: SummaryWriter>(to writer: inout W) {
        writer.heading(say(.feesHeading), level: 1)
        let members = record.assessment.members
        let total = format.euros(cents: members.compactMap(\.feeCents).reduce(0, +))
        let unknown = members.filter { $0.feeCents == nil }.map { member in
            record.member(member.id).map { terms.name($0.member.name, latin: $0.member.latinName) } ?? member.id
        }
        writer.paragraph(unknown.isEmpty ? say(.feesTotal, total)
                                         : say(.feesTotalPlusUnknown, total, unknown.joined(separator: ", ")))
    }

    private func writeTasks<W: SummaryWriter>(_ tasks: [OutputTask], to writer: inout W) {
        writer.heading(say(.tasksHeading), level: 1)
        let open = tasks.filter { !$0.isDone }.sorted { ($0.due ?? .distantFuture, $0.id) < ($1.due ?? .distantFuture, $1.id) }
        if open.isEmpty { writer.bullet(say(.none), checked: nil) }
        for task in open {
            let who = task.memberId.flatMap { record.member($0) }.map { terms.name($0.member.name, latin: $0.member.latinName) }
                ?? say(.wholeFamily)
            let title = task.title + " (" + who + ")"
            if let due = task.due {
                writer.bullet(say(.taskDue, title, format.date(due), format.daysLeft(from: record.assessment.asOf, to: due)),
                              checked: nil)
            } else {
                writer.bullet(say(.taskNoDue, title), checked: nil)
            }
        }
    }
}

extension Day {
    /// Sorts tasks without a due day after every dated one.
    static let distantFuture = Day(year: 9999, month: 12, day: 31)!
}
