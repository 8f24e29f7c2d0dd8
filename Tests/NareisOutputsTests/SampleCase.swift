import NareisCore
@testable import NareisOutputs

/// One family as a counsellor would have it in April 2025: partner and child
/// approved and about to travel, a sister still waiting with an overdue
/// rectification. The assessment is written out here (not computed) so the golden
/// files test the outputs, not the rules engine.
enum SampleCase {
    static let asOf = Day(iso: "2025-04-20")!

    static func day(_ text: String) -> Day { Day(iso: text)! }

    static var file: CaseFile {
        let sponsor = Sponsor(
            name: "ኣማኑኤል ተስፋይ", latinName: "Amanuel Tesfay", vNumber: "1234567890",
            birthDate: PartialDate(parsing: "1990-05")!, nationality: "ERI",
            asylumApplicationDate: day("2023-09-01"),
            permit: Permit(kind: .asylum, decisionDate: day("2024-03-01")),
            counsellor: "VWN Utrecht", phone: "+31 6 12345678", email: "amanuel.tesfay@example.org")
        let partner = Member(
            id: "m1", name: "Saba Tesfay", vNumber: "2345678901", relationship: .partner,
            partner: PartnerDetails(kind: .married), birthDate: PartialDate(parsing: "1992")!, nationality: "ERI",
            residence: "ETH", familyBeforeEntry: true,
            procedure: Procedure(submitted: day("2024-05-25"), decision: Decision(date: day("2025-01-15"), outcome: .positive),
                                 mvvIssued: day("2025-03-10"), plannedArrival: day("2025-05-02"), representation: "Addis Ababa"))
        let child = Member(
            id: "m2", name: "Yonas Tesfay", vNumber: "3456789012", relationship: .child,
            child: ChildDetails(kind: .biological, otherParent: .travelling),
            birthDate: PartialDate(parsing: "2011-02-14")!, nationality: "ERI", residence: "ETH",
            procedure: Procedure(submitted: day("2024-05-25"), decision: Decision(date: day("2025-01-15"), outcome: .positive),
                                 mvvIssued: day("2025-03-10"), passportValidUntil: day("2025-08-01"),
                                 plannedArrival: day("2025-05-02")))
        let sister = Member(
            id: "m3", name: "Hawa Tesfay, \"Hawi\"", relationship: .sibling, sibling: SiblingDetails(otherParent: .sponsor),
            birthDate: PartialDate(parsing: "2008")!, nationality: "ERI", residence: "SDN",
            procedure: Procedure(submitted: day("2024-05-25"), rectificationLetter: day("2025-03-13")))
        return CaseFile(id: "NR-2024-0001", asOf: asOf, sponsor: sponsor, members: [partner, child, sister])
    }

    static var assessment: Assessment {
        let base = ["photo", "identity-copy", "relationship-original", "sponsor-declaration"]
        func items(_ ids: [String], uncertain: Set<String> = []) -> [ChecklistItem] {
            // The engine passes DOC-15's age to the item's text.
            ids.map { ChecklistItem(id: $0, label: "label of " + $0, rule: "DOC-BASE", uncertain: uncertain.contains($0),
                                    arguments: $0 == "appendices-15plus" ? ["15"] : []) }
        }
        let term = Deadline(id: "application-term", due: day("2024-06-01"), state: .met, done: day("2024-05-25"), rule: "TERM-3M")
        let partner = MemberAssessment(
            id: "m1", eligibility: .eligible, framework: .favourable, feeCents: 0, ageBand: .over25, ageUncertain: false,
            reasons: [Reason(rule: "FM-PARTNER", text: "Married partner", source: "AIDA-NL")],
            checklist: items(base + ["antecedents-certificate"]),
            deadlines: [term,
                        Deadline(id: "mvv-appointment", due: day("2025-04-15"), state: .met, done: day("2025-03-10"),
                                 rule: "PROC-MVV-APPOINTMENT", extendedDue: day("2025-07-15")),
                        Deadline(id: "travel", due: day("2025-06-08"), state: .open, rule: "PROC-TRAVEL-90D")],
            warnings: [])
        let child = MemberAssessment(
            id: "m2", eligibility: .eligible, framework: .favourable, feeCents: 0, ageBand: .from12to14, ageUncertain: false,
            reasons: [Reason(rule: "FM-CHILD", text: "Minor biological child", source: "AIDA-NL")],
            checklist: items(base + ["antecedents-certificate"]),
            deadlines: [term, Deadline(id: "travel", due: day("2025-06-08"), state: .open, rule: "PROC-TRAVEL-90D")],
            warnings: [Warning(id: "passport-validity",
                               text: "The passport is valid until 2025-08-01, less than 6 months after the MVV date 2025-03-10",
                               rule: "PROC-PASSPORT-6M")])
        let sister = MemberAssessment(
            id: "m3", eligibility: .assessment, framework: .regular, feeCents: 24300, ageBand: .from15to17, ageUncertain: true,
            reasons: [Reason(rule: "FM-OTHER", text: "Other family member: individual assessment", source: "IND-PROCESS")],
            checklist: items(base + ["antecedents-certificate", "appendices-15plus", "tb-declaration"],
                             uncertain: ["appendices-15plus"]),
            deadlines: [term,
                        Deadline(id: "rectification", due: day("2025-04-10"), state: .overdue, rule: "TERM-RECTIFY"),
                        Deadline(id: "decision", due: day("2025-04-20"), state: .open, rule: "PROC-DECISION-9M")],
            warnings: [Warning(id: "representation-suspended", text: "Khartoum is suspended since April 2023",
                               rule: "AIDA-NL")])
        return Assessment(caseId: "NR-2024-0001", asOf: asOf, rulesVersion: "2024-04-30",
                          sponsor: SponsorAssessment(minorAtAsylumApplication: false, ageUncertain: false,
                                                     applicationTermEnds: day("2024-06-01")),
                          members: [partner, child, sister])
    }

    static var tasks: [OutputTask] {
        [OutputTask(id: "iom-consultation", memberId: nil, title: "Book the IOM pre-departure consultation",
                  due: day("2025-04-25"), isDone: false),
         OutputTask(id: "coa-email:m1", memberId: "m1", title: "Ask COA for reception", due: nil, isDone: false),
         OutputTask(id: "submit:m3", memberId: "m3", title: "File the application", due: day("2024-06-01"), isDone: true)]
    }

    static var documents: ChecklistProgress {
        var status = ChecklistProgress()
        status.set(.originalInNL, member: "m1", item: "photo")
        status.set(.requested, member: "m1", item: "identity-copy")
        status.set(.copyReceived, member: "m2", item: "photo")
        return status
    }

    static var record: CaseRecord {
        CaseRecord(file: file, assessment: assessment, tasks: tasks, documents: documents)
    }
}
