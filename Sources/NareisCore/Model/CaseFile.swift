/// One family reunification case: the sponsor in the Netherlands and the family
/// members abroad, as exchanged in `nareis-case/1` files (spec: case-format.md).
///
/// Optional fields stay optional here (nil = not given), so that a case read and
/// written again is the same case: `import(export(x)) == x`.
public struct CaseFile: Hashable, Sendable {
    public static let format = "nareis-case/1"

    public var id: String?
    public var asOf: Day?
    public var sponsor: Sponsor
    public var members: [Member]

    public init(id: String? = nil, asOf: Day? = nil, sponsor: Sponsor, members: [Member]) {
        self.id = id
        self.asOf = asOf
        self.sponsor = sponsor
        self.members = members
    }
}

public struct Sponsor: Hashable, Sendable {
    public var name: String
    public var latinName: String?
    public var vNumber: String?
    public var birthDate: PartialDate
    public var nationality: String
    public var asylumApplicationDate: Day
    public var unaccompaniedAtApplication: Bool?
    public var permit: Permit
    public var subsequentApplication: Bool?
    public var counsellor: String?
    public var phone: String?
    public var email: String?
    public var address: String?
    /// Where the family will live on arrival: decides between asking COA for
    /// reception and booking the IND appointment oneself (PROC-COA, PROC-IND-APPOINTMENT).
    public var housing: Housing?

    public init(name: String, latinName: String? = nil, vNumber: String? = nil, birthDate: PartialDate,
                nationality: String, asylumApplicationDate: Day, unaccompaniedAtApplication: Bool? = nil,
                permit: Permit, subsequentApplication: Bool? = nil, counsellor: String? = nil,
                phone: String? = nil, email: String? = nil, address: String? = nil, housing: Housing? = nil) {
        self.name = name
        self.latinName = latinName
        self.vNumber = vNumber
        self.birthDate = birthDate
        self.nationality = nationality
        self.asylumApplicationDate = asylumApplicationDate
        self.unaccompaniedAtApplication = unaccompaniedAtApplication
        self.permit = permit
        self.subsequentApplication = subsequentApplication
        self.counsellor = counsellor
        self.phone = phone
        self.email = email
        self.address = address
        self.housing = housing
    }

    /// Spec: optional booleans default to false.
    public var isUnaccompaniedAtApplication: Bool { unaccompaniedAtApplication ?? false }
    public var isSubsequentApplication: Bool { subsequentApplication ?? false }
}

/// The sponsor's housing, as far as family reunification is concerned.
public enum Housing: String, CaseIterable, Sendable {
    /// In a COA or Nidos reception location: COA arranges reception (PROC-COA).
    case reception
    /// Own housing suitable for every member: book the IND appointment yourself.
    case suitable
    /// Own housing not suitable for everyone: COA arranges reception.
    case unsuitable
}

public struct Permit: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        /// The sponsor's own, independent asylum permit.
        case asylum
        /// A permit derived from a family member's (the sponsor was reunited earlier).
        case derived
    }

    public enum Status: String, CaseIterable, Sendable {
        /// A status (Refugee Convention).
        case refugee
        /// B status (subsidiary protection): matters from 12 June 2026 (TWO-STATUS).
        case subsidiary
    }

    public var kind: Kind
    public var decisionDate: Day
    /// nil = not given; counts as `refugee`.
    public var status: Status?

    public init(kind: Kind, decisionDate: Day, status: Status? = nil) {
        self.kind = kind
        self.decisionDate = decisionDate
        self.status = status
    }

    public var effectiveStatus: Status { status ?? .refugee }
}
