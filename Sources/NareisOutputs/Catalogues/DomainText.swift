import NareisCore

// The words for the domain's codes (relationship, eligibility, framework, age band,
// deadline, state, document, warning), one catalogue per code list. The raw values
// are the codes of the spec (case-format.md), so a code maps to its text directly.

public enum RelationshipText: String, Catalogue {
    case partner, child, parent, sibling, other

    public static func table(_ language: Language) -> [RelationshipText: String] {
        switch language {
        case .en: return [.partner: "partner", .child: "child", .parent: "parent", .sibling: "brother or sister",
                          .other: "other family member"]
        case .nl: return [.partner: "partner", .child: "kind", .parent: "ouder", .sibling: "broer of zus",
                          .other: "ander familielid"]
        }
    }
}

public enum EligibilityText: String, Catalogue {
    case eligible, assessment
    case notEligible = "not-eligible"

    public static func table(_ language: Language) -> [EligibilityText: String] {
        switch language {
        case .en: return [.eligible: "eligible", .assessment: "individual assessment", .notEligible: "not eligible"]
        case .nl: return [.eligible: "komt in aanmerking", .assessment: "individuele beoordeling",
                          .notEligible: "komt niet in aanmerking"]
        }
    }
}

public enum FrameworkText: String, Catalogue {
    case favourable, regular

    public static func table(_ language: Language) -> [FrameworkText: String] {
        switch language {
        case .en: return [.favourable: "favourable (nareis)", .regular: "regular"]
        case .nl: return [.favourable: "nareisbeleid (gunstig)", .regular: "regulier"]
        }
    }
}

public enum AgeBandText: String, Catalogue {
    case under12 = "under-12"
    case from12to14 = "12-14"
    case from15to17 = "15-17"
    case from18to25 = "18-25"
    case over25 = "over-25"

    public static func table(_ language: Language) -> [AgeBandText: String] {
        switch language {
        case .en: return [.under12: "under 12", .from12to14: "12 to 14", .from15to17: "15 to 17",
                          .from18to25: "18 to 25", .over25: "over 25"]
        case .nl: return [.under12: "jonger dan 12", .from12to14: "12 tot en met 14", .from15to17: "15 tot en met 17",
                          .from18to25: "18 tot en met 25", .over25: "ouder dan 25"]
        }
    }
}

public enum DeadlineText: String, Catalogue {
    case applicationTerm = "application-term"
    case rectification
    case decision
    case objection
    case mvvAppointment = "mvv-appointment"
    case travel
    case indRegistration = "ind-registration"

    public static func table(_ language: Language) -> [DeadlineText: String] {
        switch language {
        case .en: return [
            .applicationTerm: "Apply within 3 months of the permit",
            .rectification: "Complete the application (rectification letter)",
            .decision: "IND decision due",
            .objection: "Lodge an objection (4 weeks)",
            .mvvAppointment: "MVV appointment at the embassy",
            .travel: "Travel within the MVV's 90 days",
            .indRegistration: "Report at the IND (3 days after arrival)",
        ]
        case .nl: return [
            .applicationTerm: "Aanvragen binnen 3 maanden na de vergunning",
            .rectification: "Aanvraag aanvullen (herstel verzuim)",
            .decision: "Beslissing IND verwacht",
            .objection: "Bezwaar maken (4 weken)",
            .mvvAppointment: "Afspraak mvv bij de ambassade",
            .travel: "Reizen binnen 90 dagen (geldigheid mvv)",
            .indRegistration: "Melden bij de IND (3 dagen na aankomst)",
        ]
        }
    }
}

public enum DeadlineStateText: String, Catalogue {
    case open, overdue, met, late

    public static func table(_ language: Language) -> [DeadlineStateText: String] {
        switch language {
        case .en: return [.open: "open", .overdue: "overdue", .met: "met", .late: "met late"]
        case .nl: return [.open: "open", .overdue: "verlopen", .met: "gehaald", .late: "te laat gehaald"]
        }
    }
}

public enum DocumentStateText: String, Catalogue {
    case missing, requested
    case copyReceived = "copy-received"
    case originalInNL = "original-in-nl"
    case sentToIND = "sent-to-ind"
    case notApplicable = "not-applicable"

    public static func table(_ language: Language) -> [DocumentStateText: String] {
        switch language {
        case .en: return [.missing: "missing", .requested: "requested", .copyReceived: "copy received",
                          .originalInNL: "original in the Netherlands", .sentToIND: "sent to the IND",
                          .notApplicable: "not applicable"]
        case .nl: return [.missing: "ontbreekt", .requested: "opgevraagd", .copyReceived: "kopie ontvangen",
                          .originalInNL: "origineel in Nederland", .sentToIND: "naar de IND gestuurd",
                          .notApplicable: "niet van toepassing"]
        }
    }
}

/// The documents of the checklist (spec `checklist[].id`; rules.md "Documents").
public enum ChecklistText: String, Catalogue {
    case photo
    case identityCopy = "identity-copy"
    case relationshipOriginal = "relationship-original"
    case sponsorDeclaration = "sponsor-declaration"
    case antecedentsCertificate = "antecedents-certificate"
    case appendices15plus = "appendices-15plus"
    case tbDeclaration = "tb-declaration"
    case guardianEvidence = "guardian-evidence"
    case otherParentIdentity = "other-parent-identity"
    case otherParentRelationship = "other-parent-relationship"
    case otherParentConsent = "other-parent-consent"
    case otherParentCannotConsent = "other-parent-cannot-consent"
    case bioParentsIdentity = "bio-parents-identity"
    case bioParentsRelationship = "bio-parents-relationship"
    case guardianshipEvidence = "guardianship-evidence"
    case bioParentsDeathCertificates = "bio-parents-death-certificates"

    public static func table(_ language: Language) -> [ChecklistText: String] {
        switch language {
        case .en: return [
            .photo: "Recent clear photo of the face",
            .identityCopy: "Copy of an identity document (passport, ID card)",
            .relationshipOriginal: "Original document proving the relationship",
            .sponsorDeclaration: "Appendix Declaration by sponsor",
            .antecedentsCertificate: "Appendix Antecedents Certificate",
            .appendices15plus: "Appendices for family members aged 15 or older",
            .tbDeclaration: "Appendix Declaration of intent to undergo a TB test",
            .guardianEvidence: "Evidence of who the sponsor's guardian is",
            .otherParentIdentity: "Copy of the other parent's identity document",
            .otherParentRelationship: "Evidence of the relationship between child and other parent",
            .otherParentConsent: "Appendix consent of the other parent",
            .otherParentCannotConsent: "Appendix other parent cannot consent",
            .bioParentsIdentity: "Copy of the biological parents' identity documents",
            .bioParentsRelationship: "Evidence of the child's relationship to the biological parents",
            .guardianshipEvidence: "Evidence that the sponsor is the guardian",
            .bioParentsDeathCertificates: "Death certificates of the biological parents",
        ]
        case .nl: return [
            .photo: "Recente duidelijke pasfoto",
            .identityCopy: "Kopie van een identiteitsbewijs (paspoort, ID-kaart)",
            .relationshipOriginal: "Origineel document dat de gezinsband bewijst",
            .sponsorDeclaration: "Bijlage Verklaring referent",
            .antecedentsCertificate: "Bijlage Antecedentenverklaring",
            .appendices15plus: "Bijlagen voor gezinsleden van 15 jaar of ouder",
            .tbDeclaration: "Bijlage Bereidverklaring tbc-onderzoek",
            .guardianEvidence: "Bewijs van wie de voogd van de referent is",
            .otherParentIdentity: "Kopie van het identiteitsbewijs van de andere ouder",
            .otherParentRelationship: "Bewijs van de band tussen het kind en de andere ouder",
            .otherParentConsent: "Bijlage toestemming van de andere ouder",
            .otherParentCannotConsent: "Bijlage andere ouder kan geen toestemming geven",
            .bioParentsIdentity: "Kopie van de identiteitsbewijzen van de biologische ouders",
            .bioParentsRelationship: "Bewijs van de band van het kind met de biologische ouders",
            .guardianshipEvidence: "Bewijs dat de referent de voogd is",
            .bioParentsDeathCertificates: "Overlijdensakten van de biologische ouders",
        ]
        }
    }
}

/// Warnings by ID. English output prints the assessment's own sentence (it carries
/// the case's details); other languages print this text, or the assessment's
/// sentence for an ID the catalogue does not know yet.
public enum WarningText: String, Catalogue {
    case passportValidity = "passport-validity"
    case representationSuspended = "representation-suspended"
    case familyBeforeEntryUnknown = "family-before-entry-unknown"
    case representationLimitedCapacity = "representation-limited-capacity"
    case decisionOverdue = "decision-overdue"

    public static func table(_ language: Language) -> [WarningText: String] {
        switch language {
        case .en: return [
            .passportValidity: "The passport is valid for less than 6 months after the MVV date",
            .representationSuspended: "The embassy named on the form is suspended",
            .familyBeforeEntryUnknown: "Not recorded whether the member was family before the sponsor entered the Netherlands",
            .representationLimitedCapacity: "The embassy named on the form has limited capacity: expect long waits",
            .decisionOverdue: "The IND is past its decision period: the sponsor can send a notice of default (penalty payments follow)",
        ]
        case .nl: return [
            .passportValidity: "Het paspoort is minder dan 6 maanden geldig na de mvv-datum",
            .representationSuspended: "De ambassade op het formulier is opgeschort",
            .familyBeforeEntryUnknown: "Niet vastgelegd of het gezinslid al vóór de inreis van de referent tot het gezin behoorde",
            .representationLimitedCapacity: "De ambassade op het formulier heeft beperkte capaciteit: reken op lange wachttijden",
            .decisionOverdue: "De IND heeft de beslistermijn overschreden: de referent kan de IND in gebreke stellen (daarna volgen dwangsommen)",
        ]
        }
    }
}

public enum MonthText: Int, Catalogue {
    case january = 1, february, march, april, may, june, july, august, september, october, november, december

    public static func table(_ language: Language) -> [MonthText: String] {
        switch language {
        case .en: return [.january: "January", .february: "February", .march: "March", .april: "April", .may: "May",
                          .june: "June", .july: "July", .august: "August", .september: "September",
                          .october: "October", .november: "November", .december: "December"]
        case .nl: return [.january: "januari", .february: "februari", .march: "maart", .april: "april", .may: "mei",
                          .june: "juni", .july: "juli", .august: "augustus", .september: "september",
                          .october: "oktober", .november: "november", .december: "december"]
        }
    }
}
