import Foundation
import NareisTestSupport
import NareisCasework
import NareisCore
import NareisStore
@testable import NareisTUI

/// Sample families for the screens in a real store (SQLite on a temporary file), and
/// an assessor with fixed answers, used by the store and the casework layer alike,
/// so the screen tests do not move when the rules engine changes.
enum Fixtures {
    static let asOf = Day(year: 2024, month: 6, day: 1)!

    static func day(_ iso: String) -> Day { Day(iso: iso)! }
    static func born(_ text: String) -> PartialDate { PartialDate(parsing: text)! }

    static func sponsor(_ name: String, latin: String?, nationality: String, decided: String, counsellor: String) -> Sponsor {
        Sponsor(name: name, latinName: latin, birthDate: born("1990-05"), nationality: nationality,
                asylumApplicationDate: day("2023-09-01"), permit: Permit(kind: .asylum, decisionDate: day(decided)),
                counsellor: counsellor)
    }

    static let tesfay = CaseFile(
        id: "NR-2024-0001",
        sponsor: sponsor("ኣማኑኤል ተስፋይ", latin: "Amanuel Tesfay", nationality: "ERI", decided: "2024-03-01", counsellor: "VWN Utrecht"),
        members: [
            Member(id: "m1", name: "ሳባ ተስፋይ", latinName: "Saba Tesfay", relationship: .partner, partner: PartnerDetails(kind: .married),
                   birthDate: born("1992"), nationality: "ERI", residence: "ETH", procedure: Procedure(submitted: day("2024-05-25"))),
            Member(id: "m2", name: "ዮናስ ተስፋይ", latinName: "Yonas Tesfay", relationship: .child,
                   child: ChildDetails(kind: .biological, otherParent: .travelling), birthDate: born("2011-02-14"),
                   nationality: "ERI", residence: "ETH"),
        ])

    static let haddad = CaseFile(
        id: "NR-2024-0002",
        sponsor: sponsor("أحمد حداد", latin: "Ahmad Haddad", nationality: "SYR", decided: "2024-02-20", counsellor: "VWN Amsterdam"),
        members: [
            Member(id: "m1", name: "ليلى حداد", latinName: "Layla Haddad", relationship: .partner, birthDate: born("1988-07-03"),
                   nationality: "SYR", residence: "LBN",
                   procedure: Procedure(submitted: day("2024-04-02"), rectificationLetter: day("2024-05-10"))),
            Member(id: "m2", name: "سامي حداد", latinName: "Sami Haddad", relationship: .child, birthDate: born("2007"),
                   nationality: "SYR", residence: "LBN"),
        ])

    /// Hostile text: an escape sequence, a bidi override and a C1 control in names.
    static let hostile = CaseFile(
        id: "NR-2024-0003",
        sponsor: sponsor("Evil\u{1B}[2J\u{1B}]0;pwned\u{07}Name", latin: "\u{202E}desrever\u{202C} Latin", nationality: "XXX",
                         decided: "2024-05-30", counsellor: "Nidos"),
        members: [
            Member(id: "m1", name: "Tab\there\u{85}C1", relationship: .other, birthDate: born("1970"), nationality: "XXX"),
        ])

    static let cases = [tesfay, haddad, hostile]

    /// 2024-06-01 10:00 UTC: the store's writes happen on the workstation's day.
    static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_717_236_000) }

    /// A new store holding `files`, on a temporary file, with the fixed rules.
    static func newStore(_ files: [CaseFile] = cases, assess: @escaping @Sendable (CaseFile, Day) -> Assessment = fixedAssessment)
        throws -> CaseStore {
        // In the process's scratch directory: the shared stores stay open until it ends.
        let directory = try Scratch.newDirectory("nareis-tui")
        let store = try CaseStore(path: directory + "/cases.sqlite", clock: clock, assess: assess,
                                  rulesVersion: { _ in day("2024-01-01") }, user: "counsellor1")
        if !files.isEmpty { _ = try store.importCases(files) }
        return store
    }

    /// One store per set of files, shared by the tests that only read (a store a test
    /// writes to is its own: `newStore`). Guarded by `storesLock`: tests run in parallel.
    nonisolated(unsafe) private static var stores: [[String]: CaseStore] = [:]
    private static let storesLock = NSLock()

    static func store(_ files: [CaseFile] = cases) -> CaseStore {
        storesLock.lock()
        defer { storesLock.unlock() }
        let key = files.map { $0.id ?? "" }
        if let store = stores[key] { return store }
        let store = try! newStore(files)
        stores[key] = store
        return store
    }

    /// The casework layer over the shared store of `files` (each workstation its own:
    /// a `Casework` keeps a session's reads).
    static func casework(_ files: [CaseFile] = cases) -> Casework {
        Casework(storage: store(files), assess: fixedAssessment)
    }

    static func workstation(width: Int = 120, height: Int = 40, language: Language = .en,
                            files: [CaseFile] = cases) -> Workstation {
        Workstation(casework: casework(files), size: Size(width: width, height: height), language: language, asOf: asOf)
    }

    /// A deterministic assessment: the application term from the permit decision,
    /// a rectification term where a letter is recorded, two checklist items, one reason.
    @Sendable static func fixedAssessment(_ file: CaseFile, _ asOf: Day) -> Assessment {
        let term = file.sponsor.permit.decisionDate.adding(months: 3)
        func state(_ due: Day, done: Day?) -> Deadline.State {
            if let done { return done <= due ? .met : .late }
            return asOf > due ? .overdue : .open
        }
        let members = file.members.map { member -> MemberAssessment in
            var deadlines = [Deadline(id: "application-term", due: term, state: state(term, done: member.procedure.submitted),
                                      done: member.procedure.submitted, rule: "TERM-3M")]
            if let letter = member.procedure.rectificationLetter {
                let due = letter.adding(days: 28)
                deadlines.append(Deadline(id: "rectification", due: due, state: state(due, done: member.procedure.completed),
                                          rule: "TERM-RECTIFY"))
            }
            let uncertain = !member.birthDate.isComplete && member.relationship == .child
            return MemberAssessment(
                id: member.id, eligibility: member.relationship == .other ? .assessment : .eligible,
                framework: .favourable, feeCents: member.relationship == .other ? 24300 : 0,
                ageBand: member.relationship == .child ? .from15to17 : .over25, ageUncertain: uncertain,
                reasons: [Reason(rule: member.relationship == .other ? "FM-OTHER" : "FM-PARTNER",
                                 text: "Family tie as recorded", source: "AIDA-NL")],
                checklist: [ChecklistItem(id: "photo", label: "Recent clear photo of the face", rule: "DOC-BASE"),
                            ChecklistItem(id: "appendices-15plus", label: "Appendices for members aged 15 or older",
                                          rule: "DOC-15", uncertain: uncertain)],
                deadlines: deadlines,
                warnings: member.procedure.rectificationLetter == nil ? [] :
                    [Warning(id: "representation-suspended", text: "Beirut is suspended", rule: "PROC-REPRESENTATION")])
        }
        return Assessment(caseId: file.id, asOf: asOf, rulesVersion: "2024-04-30",
                          sponsor: SponsorAssessment(minorAtAsylumApplication: false, ageUncertain: false,
                                                     applicationTermEnds: term,
                                                     reasons: [Reason(rule: "TERM-3M", text: "Three months from the permit", source: "IND-PROCESS")]),
                          members: members)
    }

    /// Many generated cases, for paging tests.
    static func many(_ count: Int) -> [CaseFile] {
        (0..<count).map { index in
            var file = tesfay
            file.id = "NR-2025-" + String(10000 + index).dropFirst()
            file.sponsor.name = "Sponsor \(index)"
            file.sponsor.latinName = nil
            file.sponsor.permit.decisionDate = day("2024-01-01").adding(days: index % 300)
            return file
        }
    }
}
