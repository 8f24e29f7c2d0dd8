/// A family member abroad for whom the sponsor applies (nareiziger).
public struct Member: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var latinName: String?
    public var vNumber: String?
    public var relationship: Relationship
    public var partner: PartnerDetails?
    public var child: ChildDetails?
    public var parent: ParentDetails?
    public var sibling: SiblingDetails?
    public var birthDate: PartialDate
    public var nationality: String
    public var residence: String?
    /// nil = not given: counts as `true`, with the warning `family-before-entry-unknown`.
    public var familyBeforeEntry: Bool?
    public var procedure: Procedure

    public init(id: String, name: String, latinName: String? = nil, vNumber: String? = nil,
                relationship: Relationship, partner: PartnerDetails? = nil, child: ChildDetails? = nil,
                parent: ParentDetails? = nil, sibling: SiblingDetails? = nil, birthDate: PartialDate,
                nationality: String, residence: String? = nil, familyBeforeEntry: Bool? = nil,
                procedure: Procedure = Procedure()) {
        self.id = id
        self.name = name
        self.latinName = latinName
        self.vNumber = vNumber
        self.relationship = relationship
        self.partner = partner
        self.child = child
        self.parent = parent
        self.sibling = sibling
        self.birthDate = birthDate
        self.nationality = nationality
        self.residence = residence
        self.familyBeforeEntry = familyBeforeEntry
        self.procedure = procedure
    }

    /// The other parent's situation, for a child or a sibling (spec: `child.otherParent`,
    /// "also allowed on sibling"; a sibling may carry it in `sibling` or in `child`).
    public var otherParent: OtherParent? {
        child?.otherParent ?? sibling?.otherParent
    }
}

/// The member's tie to the sponsor.
public enum Relationship: String, CaseIterable, Sendable {
    case partner, child, parent, sibling, other
}

public struct PartnerDetails: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable { case married, registered, unregistered }
    public var kind: Kind?
    public init(kind: Kind? = nil) { self.kind = kind }
}

public struct ChildDetails: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable { case biological, adopted, foster, stepchild }
    public var kind: Kind?
    public var otherParent: OtherParent?
    public var bioParentsDeceased: Bool?
    public var youngAdult: YoungAdultConditions?

    public init(kind: Kind? = nil, otherParent: OtherParent? = nil, bioParentsDeceased: Bool? = nil,
                youngAdult: YoungAdultConditions? = nil) {
        self.kind = kind
        self.otherParent = otherParent
        self.bioParentsDeceased = bioParentsDeceased
        self.youngAdult = youngAdult
    }
}

/// The situation of a child's other parent (the one who is not the sponsor).
public enum OtherParent: String, CaseIterable, Sendable {
    case travelling
    case stayingConsents = "staying-consents"
    case stayingCannotConsent = "staying-cannot-consent"
    /// The sponsor is the only parent with custody: no other parent's papers needed.
    case sponsor
}

/// The four conditions of the young adult policy (FM-YOUNG-ADULT), as recorded.
public struct YoungAdultConditions: Hashable, Sendable {
    public var livedWithFamilyAtEntry: Bool?
    public var ownIncome: Bool?
    public var ownFamily: Bool?
    public var beyondControl: Bool?

    public init(livedWithFamilyAtEntry: Bool? = nil, ownIncome: Bool? = nil, ownFamily: Bool? = nil,
                beyondControl: Bool? = nil) {
        self.livedWithFamilyAtEntry = livedWithFamilyAtEntry
        self.ownIncome = ownIncome
        self.ownFamily = ownFamily
        self.beyondControl = beyondControl
    }
}

public struct ParentDetails: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable { case biological, adoptive, foster }
    public var kind: Kind?
    public init(kind: Kind? = nil) { self.kind = kind }
}

public struct SiblingDetails: Hashable, Sendable {
    public var otherParent: OtherParent?
    public init(otherParent: OtherParent? = nil) { self.otherParent = otherParent }
}
