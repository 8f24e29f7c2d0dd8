import Foundation
import NareisCasework
import NareisCore

/// Everything stored for one case, computed from the case file and its assessment
/// without touching the database, so that imports can prepare many cases on every
/// core while one thread writes. Text values are spans of `text`.
struct PreparedCase: Sendable {
    struct MemberRow: Sendable {
        /// The member ID as a string too: a new version of a case compares them.
        var memberId: String
        var id, name, latinName, vNumber: TextSpan
        var relationship, birthDate, nationality, stage: TextSpan
        /// The member's required documents at this write, as `,id1,id2,` (for SQL `instr`), and how many.
        var checklistItems: TextSpan
        var checklistCount: Int64
        /// The day of each procedure event, in `ProcedureEvents.columns` order.
        var events: [TextSpan]
    }

    /// A pending deadline (the `done` column stays NULL).
    struct DeadlineRow: Sendable {
        var memberId, deadlineId, due, rule: TextSpan
    }

    /// A follow-up task derived from the case (`FollowUpPlanner.followUps`) and not
    /// done by its event; its template and member are its ID's parts.
    struct FollowUpRow: Sendable {
        var taskId, due: TextSpan
    }

    var text = RowText()
    /// The case ID, for the audit trail and the IDs an import returns, and as a span.
    var id: String
    var idText: TextSpan
    /// The compact case document.
    var document: TextSpan
    var sponsorName, sponsorLatinName, sponsorVNumber, sponsorNationality: TextSpan
    var sortName, counsellor, stage, nextDue: TextSpan
    var members: [MemberRow] = []
    var deadlines: [DeadlineRow] = []
    var followUps: [FollowUpRow] = []
    var searchText: TextSpan
    var personKeys: [PersonKeyRow]

    /// - Precondition: `file.id` is set.
    init(_ file: CaseFile, assessment: Assessment) {
        id = file.id!
        let sponsor = file.sponsor
        var text = RowText()
        idText = text.add(id)
        document = text.add(utf8: JSONWriter.utf8(CaseFileWriter.json(file), pretty: false))
        sponsorName = text.add(sponsor.name)
        sponsorLatinName = text.add(sponsor.latinName)
        sponsorVNumber = text.add(sponsor.vNumber)
        sponsorNationality = text.add(sponsor.nationality)
        sortName = text.add((sponsor.latinName ?? sponsor.name).foldedKey)
        counsellor = text.add(sponsor.counsellor)
        stage = text.add(CaseStage.of(file).rawValue)
        searchText = text.add(Self.searchText(file))
        personKeys = PersonKeyRow.rows(of: file)

        var checklists: [String: [String]] = [:]
        for member in assessment.members where checklists[member.id] == nil {
            checklists[member.id] = member.checklist.map(\.id)
        }
        members = file.members.map { m in
            let items = checklists[m.id] ?? []
            return MemberRow(
                memberId: m.id, id: text.add(m.id), name: text.add(m.name), latinName: text.add(m.latinName),
                vNumber: text.add(m.vNumber), relationship: text.add(m.relationship.rawValue),
                birthDate: text.add(m.birthDate.description), nationality: text.add(m.nationality),
                stage: text.add(CaseStage.of(m.procedure).rawValue),
                checklistItems: text.add(Self.checklistColumn(items)), checklistCount: Int64(items.count),
                events: ProcedureEvents.days(of: m.procedure).map { text.add($0) })
        }

        let memberIds = Set(file.members.map(\.id))
        var seen: Set<String> = []
        var next: Day?
        // Only pending deadlines are stored: every reader asks for those alone, and a
        // met or late one is in the assessment of the stored document when needed.
        for member in assessment.members where memberIds.contains(member.id) {
            for d in member.deadlines where seen.insert(member.id + "\u{0}" + d.id).inserted && d.done == nil {
                deadlines.append(DeadlineRow(memberId: text.add(member.id), deadlineId: text.add(d.id),
                                             due: text.add(d.due.iso), rule: text.add(d.rule)))
                if next.map({ d.due < $0 }) ?? true { next = d.due }
            }
        }
        nextDue = text.add(next?.iso)
        followUps = FollowUpPlanner.followUps(for: file, assessment: assessment).map { task in
            FollowUpRow(taskId: text.add(task.id), due: text.add(task.due?.iso))
        }
        self.text = text
    }

    /// Checklist item IDs as stored in `members.checklistItems`: `,a,b,` (empty: `,`).
    static func checklistColumn(_ items: [String]) -> String {
        "," + items.map { $0 + "," }.joined()
    }

    /// Everything a counsellor may type to find a case: its ID, V-numbers, and every
    /// name as given and in Latin spelling.
    static func searchText(_ file: CaseFile) -> String {
        var parts: [String?] = [file.id, file.sponsor.name, file.sponsor.latinName, file.sponsor.vNumber]
        for m in file.members { parts += [m.name, m.latinName, m.vNumber] }
        return parts.compactMap { $0 }.joined(separator: " ")
    }

    /// Prepares cases on every core, keeping their order.
    static func prepareAll(_ files: [CaseFile], on day: Day,
                           assess: @Sendable (CaseFile, Day) -> Assessment) -> [PreparedCase] {
        parallelMap(files) { PreparedCase($0, assessment: assess($0, day)) }
    }
}
