/// The figures the rules carry, by kind. Every number the engine uses lives in one
/// of these, inside a dated `Rule` of `RuleBook.standard`.

/// A rule that only states a conclusion (its ID and source are the point).
public struct Statement: Hashable, Sendable {
    public init() {}
}

/// An age limit in completed years.
public struct AgeLimit: Hashable, Sendable {
    public let years: Int
    public init(years: Int) { self.years = years }
}

/// The young adult policy's age window (FM-YOUNG-ADULT): from majority to "about 25".
public struct AgeWindow: Hashable, Sendable {
    public let from: Int
    public let through: Int
    public init(from: Int, through: Int) {
        self.from = from
        self.through = through
    }
}

/// TERM-EXCUSABLE: how many days past the term still count as excusable.
public struct Lateness: Hashable, Sendable {
    /// The last excusable day count (13: "less than two weeks").
    public let excusableThroughDays: Int
    public init(excusableThroughDays: Int) { self.excusableThroughDays = excusableThroughDays }

    /// Days late from which the regular framework applies (14).
    public var regularFromDays: Int { excusableThroughDays + 1 }
}

/// A term with an extension (PROC-MVV-APPOINTMENT: 3 months, extendable to 6).
public struct ExtendableTerm: Hashable, Sendable {
    public let term: Term
    public let extended: Term
    public init(term: Term, extended: Term) {
        self.term = term
        self.extended = extended
    }
}

/// An IND fee in euro cents.
public struct Fee: Hashable, Sendable {
    public let cents: Int
    public init(cents: Int) { self.cents = cents }

    /// "€1,250.00" / "€ 1.250,00": the one way amounts are written, in the outputs,
    /// the task texts and the workstation.
    public func text(_ language: Language) -> String {
        let magnitude = abs(cents)
        let digits = Array(String(magnitude / 100))
        var whole = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { whole += AmountWords.thousandsSeparator.text(language) }
            whole.append(digit)
        }
        let fraction = magnitude % 100
        return (cents < 0 ? "-" : "") + AmountWords.euro.text(language, whole, (fraction < 10 ? "0" : "") + String(fraction))
    }
}

/// How amounts are written in each language.
public enum AmountWords: Catalogue {
    /// {1} whole euros (grouped), {2} cents (two digits).
    case euro
    case thousandsSeparator

    public static func table(_ language: Language) -> [AmountWords: String] {
        switch language {
        case .en: return [.euro: "€{1}.{2}", .thousandsSeparator: ","]
        case .nl: return [.euro: "€ {1},{2}", .thousandsSeparator: "."]
        }
    }
}

/// Documents required from an age on (nil: whatever the age).
public struct Documents: Hashable, Sendable {
    public let items: [DocumentSpec]
    public let fromAge: Int?
    public init(_ items: [DocumentSpec], fromAge: Int? = nil) {
        self.items = items
        self.fromAge = fromAge
    }
}

/// DOC-TB: the declaration, and the nationalities exempt from the TB test, each
/// with the source that names it.
public struct TBDeclaration: Hashable, Sendable {
    public let item: DocumentSpec
    public let exemptions: [TBExemption]
    /// ISO 3166-1 alpha-3 codes of `exemptions`.
    public let exemptNationalities: Set<String>
    public init(item: DocumentSpec, exemptions: [TBExemption]) {
        self.item = item
        self.exemptions = exemptions
        exemptNationalities = Set(exemptions.map(\.nationality))
    }
}

/// One nationality exempt from the TB test, and where that comes from.
public struct TBExemption: Hashable, Sendable {
    /// ISO 3166-1 alpha-3.
    public let nationality: String
    public let source: TBExemptionSource
    public init(nationality: String, source: TBExemptionSource) {
        self.nationality = nationality
        self.source = source
    }
}

/// A source for TB exemptions: what it is, where it was read and on which day, and
/// the sentence of it the entries rest on.
public struct TBExemptionSource: Hashable, Sendable {
    public let name: String
    public let address: String
    public let readOn: Day
    public let says: String
    public init(name: String, address: String, readOn: Day, says: String) {
        self.name = name
        self.address = address
        self.readOn = readOn
        self.says = says
    }
}

/// DOC-GUARDIAN: evidence of the guardian, for a sponsor under `underAge`.
public struct GuardianEvidence: Hashable, Sendable {
    public let item: DocumentSpec
    public let underAge: Int
    public init(item: DocumentSpec, underAge: Int) {
        self.item = item
        self.underAge = underAge
    }
}

/// DOC-OTHER-PARENT: papers of the parent staying behind, for a child under `underAge`.
public struct OtherParentDocuments: Hashable, Sendable {
    public let identity: DocumentSpec
    public let relationship: DocumentSpec
    public let consent: DocumentSpec
    public let cannotConsent: DocumentSpec
    public let underAge: Int
    public init(identity: DocumentSpec, relationship: DocumentSpec, consent: DocumentSpec,
                cannotConsent: DocumentSpec, underAge: Int) {
        self.identity = identity
        self.relationship = relationship
        self.consent = consent
        self.cannotConsent = cannotConsent
        self.underAge = underAge
    }
}

/// DOC-FOSTER: the biological parents' papers, and more if they died.
public struct FosterDocuments: Hashable, Sendable {
    public let always: [DocumentSpec]
    public let ifDeceased: [DocumentSpec]
    public init(always: [DocumentSpec], ifDeceased: [DocumentSpec]) {
        self.always = always
        self.ifDeceased = ifDeceased
    }
}

/// A notice about a Dutch representation (where the MVV is collected), shown as a
/// warning while it holds. Such notices go stale: each carries the day its source
/// last confirmed it, and past `reviewAfter` from that day the warning says it may
/// be out of date (rules.md "Representations").
public struct RepresentationNotice: Hashable, Sendable {
    /// The city as named on the form (matched without regard to case).
    public let city: String
    /// `representation-suspended`, or another warning ID for lesser notices.
    public let warningID: String
    /// What the notice says (Domain/Words/RuleText.swift).
    public let notice: RuleText
    /// The day the source last confirmed the notice.
    public let confirmedOn: Day
    /// How long after `confirmedOn` the notice is taken as current.
    public let reviewAfter: Term
    /// Residences (ISO 3166-1 alpha-3) the notice's own exception covers: a member
    /// living there gets no warning (Beirut: family members already in Lebanon).
    public let exceptResidences: Set<String>

    public init(city: String, warningID: String, notice: RuleText, confirmedOn: Day, reviewAfter: Term,
                exceptResidences: Set<String> = []) {
        self.city = city
        self.warningID = warningID
        self.notice = notice
        self.confirmedOn = confirmedOn
        self.reviewAfter = reviewAfter
        self.exceptResidences = exceptResidences
    }

    /// The notice in English.
    public var text: String { notice.text(.en, .long) }

    /// Whether `day` is past `reviewAfter` from the day the notice was last confirmed.
    public func mayBeOutdated(on day: Day) -> Bool { day > reviewAfter.end(from: confirmedOn) }

    /// Whether the notice's own exception covers a member living in `residence`.
    public func excepts(residence: String?) -> Bool {
        guard let residence else { return false }
        return exceptResidences.contains(residence.trimmingWhitespace.uppercased())
    }
}

/// PROC-DEFAULT: after a notice of default the IND owes penalty payments, in tiers.
public struct PenaltyPayments: Hashable, Sendable {
    public struct Tier: Hashable, Sendable {
        /// Days the tier lasts; nil for the last, open-ended tier.
        public let days: Int?
        public let centsPerDay: Int
        public init(days: Int?, centsPerDay: Int) {
            self.days = days
            self.centsPerDay = centsPerDay
        }
    }

    /// Days between the notice of default and the first penalty day.
    public let startAfter: Term
    public let tiers: [Tier]
    public init(startAfter: Term, tiers: [Tier]) {
        self.startAfter = startAfter
        self.tiers = tiers
    }
}
