@testable import NareisCore

/// Short constructors for cases in rule tables: a default adult sponsor whose permit
/// was granted on 2024-03-01 (term ends 2024-06-01), and one member.
func d(_ iso: String) -> Day {
    guard let day = Day(iso: iso) else { fatalError("test date \(iso)") }
    return day
}

func born(_ text: String) -> PartialDate {
    guard let date = PartialDate(parsing: text) else { fatalError("test birth date \(text)") }
    return date
}

func sponsor(born birth: String = "1990-05-01", applied: String = "2023-09-01", unaccompanied: Bool = false,
             permit: Permit.Kind = .asylum, decided: String = "2024-03-01", status: Permit.Status? = nil,
             subsequent: Bool = false) -> Sponsor {
    Sponsor(name: "Sponsor", birthDate: born(birth), nationality: "ERI", asylumApplicationDate: d(applied),
            unaccompaniedAtApplication: unaccompanied, permit: Permit(kind: permit, decisionDate: d(decided), status: status),
            subsequentApplication: subsequent)
}

func member(_ relationship: Relationship, born birth: String = "2010-01-01", nationality: String = "ERI",
            child: ChildDetails? = nil, parent: ParentDetails? = nil, sibling: SiblingDetails? = nil,
            familyBeforeEntry: Bool? = true, procedure: Procedure = Procedure()) -> Member {
    Member(id: "m1", name: "Member", relationship: relationship, child: child, parent: parent, sibling: sibling,
           birthDate: born(birth), nationality: nationality, familyBeforeEntry: familyBeforeEntry, procedure: procedure)
}

func filed(_ iso: String) -> Procedure { Procedure(submitted: d(iso)) }

/// Assesses one member with the standard rule book.
func assess(_ m: Member, sponsor s: Sponsor = sponsor(), asOf: String = "2024-06-01") -> MemberAssessment {
    Assessor.assess(CaseFile(sponsor: s, members: [m]), asOf: d(asOf)).members[0]
}

extension MemberAssessment {
    var checklistIDs: [String] { checklist.map(\.id) }
    var uncertainIDs: [String] { checklist.filter(\.uncertain).map(\.id) }
    var ruleIDs: [String] { reasons.map(\.rule) }
    func deadline(_ id: String) -> Deadline? { deadlines.first { $0.id == id } }
}
