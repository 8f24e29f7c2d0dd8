import Testing
@testable import NareisCore

@Suite("Documents")
struct ChecklistTests {
    static let base = ["photo", "identity-copy", "relationship-original", "sponsor-declaration"]
    static let uam = sponsor(born: "2007-01-01", unaccompanied: true)

    struct Row: Sendable, CustomStringConvertible {
        let name: String
        let member: Member
        let sponsor: Sponsor
        let extra: [String]
        let uncertain: [String]
        var description: String { name }
    }

    @Test(arguments: [
        Row(name: "child of 11", member: member(.child, born: "2013-01-01"), sponsor: sponsor(), extra: [], uncertain: []),
        Row(name: "child of 12", member: member(.child, born: "2012-01-01"), sponsor: sponsor(),
            extra: ["antecedents-certificate"], uncertain: []),
        Row(name: "child of 15", member: member(.child, born: "2009-01-01"), sponsor: sponsor(),
            extra: ["antecedents-certificate", "appendices-15plus"], uncertain: []),
        Row(name: "partner of 30 has no 15+ appendices", member: member(.partner, born: "1994-01-01"), sponsor: sponsor(),
            extra: ["antecedents-certificate"], uncertain: []),
        Row(name: "child born 2012: 11 or 12", member: member(.child, born: "2012"), sponsor: sponsor(),
            extra: ["antecedents-certificate"], uncertain: ["antecedents-certificate"]),
        Row(name: "child born 2009: 14 or 15", member: member(.child, born: "2009"), sponsor: sponsor(),
            extra: ["antecedents-certificate", "appendices-15plus"], uncertain: ["appendices-15plus"]),
        Row(name: "parent of an adult (ERI)", member: member(.parent, born: "1960"), sponsor: sponsor(),
            extra: ["antecedents-certificate", "tb-declaration"], uncertain: []),
        Row(name: "parent of an adult (exempt nationality)", member: member(.parent, born: "1960", nationality: "USA"),
            sponsor: sponsor(), extra: ["antecedents-certificate"], uncertain: []),
        Row(name: "parent of an adult (EU state the source does not name)",
            member: member(.parent, born: "1960", nationality: "ROU"), sponsor: sponsor(),
            extra: ["antecedents-certificate", "tb-declaration"], uncertain: []),
        Row(name: "stateless sibling", member: member(.sibling, born: "2016-01-01", nationality: "XXA"), sponsor: sponsor(),
            extra: ["tb-declaration"], uncertain: []),
        // DOC-15 and DOC-OTHER-PARENT: an adult sponsor's children, a minor sponsor's
        // brothers and sisters; an adult sponsor's siblings are other family members
        // (DOC-12 and DOC-TB only).
        Row(name: "adult sponsor's sibling of 16 has no 15+ appendices", member: member(.sibling, born: "2008-01-01"),
            sponsor: sponsor(), extra: ["antecedents-certificate", "tb-declaration"], uncertain: []),
        Row(name: "adult sponsor's sibling travelling without the other parent has no other-parent papers",
            member: member(.sibling, born: "2016-01-01", sibling: SiblingDetails(otherParent: .stayingConsents)),
            sponsor: sponsor(), extra: ["tb-declaration"], uncertain: []),
        Row(name: "UAM's sibling of 16 sends the 15+ appendices", member: member(.sibling, born: "2008-01-01"),
            sponsor: uam, extra: ["antecedents-certificate", "appendices-15plus", "tb-declaration", "guardian-evidence"],
            uncertain: []),
        Row(name: "parent of a UAM", member: member(.parent, born: "1980"), sponsor: uam,
            extra: ["antecedents-certificate", "guardian-evidence"], uncertain: []),
        Row(name: "sibling of a UAM travelling without the other parent",
            member: member(.sibling, born: "2016-01-01", sibling: SiblingDetails(otherParent: .stayingConsents)),
            sponsor: uam, extra: ["tb-declaration", "guardian-evidence", "other-parent-identity",
                                  "other-parent-relationship", "other-parent-consent"], uncertain: []),
        Row(name: "child whose other parent cannot consent",
            member: member(.child, born: "2016-01-01", child: ChildDetails(otherParent: .stayingCannotConsent)),
            sponsor: sponsor(), extra: ["other-parent-identity", "other-parent-relationship", "other-parent-cannot-consent"],
            uncertain: []),
        Row(name: "child whose only parent is the sponsor",
            member: member(.child, born: "2016-01-01", child: ChildDetails(otherParent: .sponsor)),
            sponsor: sponsor(), extra: [], uncertain: []),
        Row(name: "foster child, parents alive", member: member(.child, born: "2016-01-01", child: ChildDetails(kind: .foster)),
            sponsor: sponsor(), extra: ["bio-parents-identity", "bio-parents-relationship"], uncertain: []),
        Row(name: "foster child, parents deceased", member: member(.child, born: "2016-01-01",
            child: ChildDetails(kind: .foster, bioParentsDeceased: true)), sponsor: sponsor(),
            extra: ["bio-parents-identity", "bio-parents-relationship", "guardianship-evidence",
                    "bio-parents-death-certificates"], uncertain: []),
    ])
    func documentsByAgeAndSituation(row: Row) {
        let a = assess(row.member, sponsor: row.sponsor)
        #expect(a.checklistIDs == Self.base + row.extra)
        #expect(a.uncertainIDs == row.uncertain)
    }

    @Test func otherParentPapersStopAt18AndAreUncertainAcrossIt() {
        let adultChild = member(.child, born: "2004-01-01", child: ChildDetails(otherParent: .stayingConsents))
        #expect(!assess(adultChild).checklistIDs.contains("other-parent-consent"))
        let straddling = member(.child, born: "2006", child: ChildDetails(otherParent: .stayingConsents))
        #expect(assess(straddling).uncertainIDs == ["other-parent-identity", "other-parent-relationship",
                                                    "other-parent-consent"])
    }

    /// A sponsor who may have been a minor at the asylum application: a sibling's 15+
    /// appendices are uncertain because of the sponsor, and no reason blames the
    /// sibling's (known) age.
    @Test func siblingAppendicesHingeOnTheSponsorsAgeWhenThatIsUncertain() {
        let s = sponsor(born: "2005", applied: "2023-03-01", unaccompanied: true)
        let a = assess(member(.sibling, born: "2008-01-01"), sponsor: s)
        #expect(a.uncertainIDs.contains("appendices-15plus"))
        #expect(!a.reasons.contains { $0.wording?.key == .documentsAgeUncertain })
    }

    @Test func guardianEvidenceForASponsorWhoseAgeOnTheFilingDayIsUncertain() {
        // Born 2006: 17 or 18 on 2024-06-01; 16 or 17 at the asylum application (certainly minor).
        let s = sponsor(born: "2006", applied: "2023-09-01", unaccompanied: true)
        let a = assess(member(.parent, born: "1980"), sponsor: s)
        #expect(a.uncertainIDs == ["guardian-evidence"])
        #expect(a.ruleIDs.contains("DOC-GUARDIAN"))
    }
}
