// The words for the domain's enumerated values. Short forms are what the
// workstation's columns and tree show; long forms are what documents print.

extension Relationship: DomainWords {
    public static func words(_ language: Language) -> [Relationship: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [Relationship: Words] = [.partner: Words("partner"), .child: Words("child"), .parent: Words("parent"),
                          .sibling: Words("sibling", "brother or sister"), .other: Words("other", "other family member")]

    private static let dutchWords: [Relationship: Words] = [.partner: Words("partner"), .child: Words("kind"), .parent: Words("ouder"),
                          .sibling: Words("broer/zus", "broer of zus"), .other: Words("overig", "ander familielid")]
}

extension PartnerDetails.Kind: DomainWords {
    public static func words(_ language: Language) -> [PartnerDetails.Kind: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [PartnerDetails.Kind: Words] = [.married: Words("married", "married"), .registered: Words("registered", "registered partner"),
                          .unregistered: Words("unregistered", "unregistered partner")]

    private static let dutchWords: [PartnerDetails.Kind: Words] = [.married: Words("gehuwd", "gehuwd"), .registered: Words("geregistreerd", "geregistreerd partner"),
                          .unregistered: Words("ongehuwd", "ongehuwd samenwonend partner")]
}

extension ChildDetails.Kind: DomainWords {
    public static func words(_ language: Language) -> [ChildDetails.Kind: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [ChildDetails.Kind: Words] = [.biological: Words("biological", "biological child"), .adopted: Words("adopted", "adopted child"),
                          .foster: Words("foster", "foster child"), .stepchild: Words("stepchild", "stepchild")]

    private static let dutchWords: [ChildDetails.Kind: Words] = [.biological: Words("biologisch", "biologisch kind"), .adopted: Words("adoptie", "adoptiekind"),
                          .foster: Words("pleeg", "pleegkind"), .stepchild: Words("stief", "stiefkind")]
}

extension ParentDetails.Kind: DomainWords {
    public static func words(_ language: Language) -> [ParentDetails.Kind: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [ParentDetails.Kind: Words] = [.biological: Words("biological", "biological parent"), .adoptive: Words("adoptive", "adoptive parent"),
                          .foster: Words("foster", "foster parent")]

    private static let dutchWords: [ParentDetails.Kind: Words] = [.biological: Words("biologisch", "biologische ouder"), .adoptive: Words("adoptief", "adoptiefouder"),
                          .foster: Words("pleeg", "pleegouder")]
}

extension Eligibility: DomainWords {
    public static func words(_ language: Language) -> [Eligibility: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [Eligibility: Words] = [.eligible: Words("eligible"), .assessment: Words("individual assessment"),
                          .notEligible: Words("not eligible")]

    private static let dutchWords: [Eligibility: Words] = [.eligible: Words("komt in aanmerking"), .assessment: Words("individuele beoordeling"),
                          .notEligible: Words("komt niet in aanmerking")]
}

extension Framework: DomainWords {
    public static func words(_ language: Language) -> [Framework: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [Framework: Words] = [.favourable: Words("favourable", "favourable (nareis)"), .regular: Words("regular")]

    private static let dutchWords: [Framework: Words] = [.favourable: Words("nareisbeleid", "nareisbeleid (gunstig)"), .regular: Words("regulier")]
}

extension AgeBand: DomainWords {
    public static func words(_ language: Language) -> [AgeBand: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [AgeBand: Words] = [.under12: Words("under 12"), .from12to14: Words("12-14", "12 to 14"),
                          .from15to17: Words("15-17", "15 to 17"), .from18to25: Words("18-25", "18 to 25"),
                          .over25: Words("over 25")]

    private static let dutchWords: [AgeBand: Words] = [.under12: Words("onder 12", "jonger dan 12"), .from12to14: Words("12-14", "12 tot en met 14"),
                          .from15to17: Words("15-17", "15 tot en met 17"), .from18to25: Words("18-25", "18 tot en met 25"),
                          .over25: Words("boven 25", "ouder dan 25")]
}

extension CaseStage: DomainWords {
    public static func words(_ language: Language) -> [CaseStage: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [CaseStage: Words] = [
            .intake: Words("intake"), .filed: Words("submitted", "application submitted"),
            .rectification: Words("rectification", "rectification (application being completed)"),
            .decided: Words("decided", "IND decided"), .mvv: Words("MVV", "MVV appointment made"),
            .travel: Words("travel", "MVV issued, travel planned"), .arrived: Words("arrived", "arrived in the Netherlands"),
            .registered: Words("registered", "registered at the IND"), .closed: Words("closed", "closed: everyone registered"),
        ]

    private static let dutchWords: [CaseStage: Words] = [
            .intake: Words("intake"), .filed: Words("ingediend", "aanvraag ingediend"),
            .rectification: Words("herstel verzuim", "herstel verzuim (aanvraag wordt aangevuld)"),
            .decided: Words("beslist", "IND heeft beslist"), .mvv: Words("mvv", "mvv-afspraak gemaakt"),
            .travel: Words("reis", "mvv afgegeven, reis gepland"), .arrived: Words("aangekomen", "aangekomen in Nederland"),
            .registered: Words("geregistreerd", "gemeld bij de IND"), .closed: Words("afgerond", "afgerond: iedereen gemeld"),
        ]
}

extension DocumentStatus: DomainWords {
    public static func words(_ language: Language) -> [DocumentStatus: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [DocumentStatus: Words] = [.missing: Words("missing"), .requested: Words("requested"), .copyReceived: Words("copy received"),
                          .originalInNL: Words("original in NL", "original in the Netherlands"),
                          .sentToIND: Words("sent to IND", "sent to the IND"), .notApplicable: Words("not applicable"),
                          .doubted: Words("doubted", "doubted by the IND")]

    private static let dutchWords: [DocumentStatus: Words] = [.missing: Words("ontbreekt"), .requested: Words("opgevraagd"),
                          .copyReceived: Words("kopie binnen", "kopie ontvangen"),
                          .originalInNL: Words("origineel in NL", "origineel in Nederland"),
                          .sentToIND: Words("naar IND", "naar de IND gestuurd"), .notApplicable: Words("n.v.t.", "niet van toepassing"),
                          .doubted: Words("betwijfeld", "betwijfeld door de IND")]
}

extension Deadline.State: DomainWords {
    public static func words(_ language: Language) -> [Deadline.State: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [Deadline.State: Words] = [.open: Words("open"), .overdue: Words("overdue"), .met: Words("met"), .late: Words("late", "met late")]

    private static let dutchWords: [Deadline.State: Words] = [.open: Words("open"), .overdue: Words("verlopen"), .met: Words("gehaald"),
                          .late: Words("te laat", "te laat gehaald")]
}

extension Investigation.Kind: DomainWords {
    public static func words(_ language: Language) -> [Investigation.Kind: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [Investigation.Kind: Words] = [.dna: Words("DNA test"), .interview: Words("interview"),
                          .both: Words("DNA and interview", "DNA test and interview")]

    private static let dutchWords: [Investigation.Kind: Words] = [.dna: Words("DNA-onderzoek"), .interview: Words("gehoor"),
                          .both: Words("DNA en gehoor", "DNA-onderzoek en gehoor")]
}

extension Investigation.Channel: DomainWords {
    public static func words(_ language: Language) -> [Investigation.Channel: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [Investigation.Channel: Words] = [.embassy: Words("embassy", "at the embassy"),
                          .unhcrVideo: Words("video (UNHCR)", "by video, with UNHCR"), .ind: Words("IND", "at the IND")]

    private static let dutchWords: [Investigation.Channel: Words] = [.embassy: Words("ambassade", "op de ambassade"),
                          .unhcrVideo: Words("video (UNHCR)", "per video, met UNHCR"), .ind: Words("IND", "bij de IND")]
}

extension Housing: DomainWords {
    public static func words(_ language: Language) -> [Housing: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [Housing: Words] = [.reception: Words("COA reception", "in COA or Nidos reception"),
                          .suitable: Words("suitable", "own housing, suitable for everyone"),
                          .unsuitable: Words("unsuitable", "own housing, not suitable for everyone")]

    private static let dutchWords: [Housing: Words] = [.reception: Words("COA-opvang", "in de opvang van COA of Nidos"),
                          .suitable: Words("geschikt", "eigen woning, geschikt voor iedereen"),
                          .unsuitable: Words("ongeschikt", "eigen woning, niet geschikt voor iedereen")]
}

extension Permit.Kind: DomainWords {
    public static func words(_ language: Language) -> [Permit.Kind: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [Permit.Kind: Words] = [.asylum: Words("asylum", "own asylum permit"),
                          .derived: Words("derived", "permit derived from a family member's")]

    private static let dutchWords: [Permit.Kind: Words] = [.asylum: Words("asiel", "eigen asielvergunning"),
                          .derived: Words("afgeleid", "vergunning afgeleid van die van een gezinslid")]
}

extension Permit.Status: DomainWords {
    public static func words(_ language: Language) -> [Permit.Status: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [Permit.Status: Words] = [.refugee: Words("refugee (A)", "refugee status (A)"),
                          .subsidiary: Words("subsidiary (B)", "subsidiary protection (B)")]

    private static let dutchWords: [Permit.Status: Words] = [.refugee: Words("vluchteling (A)", "vluchtelingenstatus (A)"),
                          .subsidiary: Words("subsidiair (B)", "subsidiaire bescherming (B)")]
}

extension OtherParent: DomainWords {
    public static func words(_ language: Language) -> [OtherParent: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [OtherParent: Words] = [.travelling: Words("travels along", "the other parent travels along"),
                          .stayingConsents: Words("stays, consents", "the other parent stays behind and consents"),
                          .stayingCannotConsent: Words("stays, cannot consent", "the other parent stays behind and cannot consent"),
                          .sponsor: Words("is the sponsor", "the sponsor is the other parent")]

    private static let dutchWords: [OtherParent: Words] = [.travelling: Words("reist mee", "de andere ouder reist mee"),
                          .stayingConsents: Words("blijft, stemt in", "de andere ouder blijft achter en stemt in"),
                          .stayingCannotConsent: Words("blijft, kan niet instemmen", "de andere ouder blijft achter en kan niet instemmen"),
                          .sponsor: Words("is de referent", "de referent is de andere ouder")]
}
