/// The documents of the checklist (`checklist[].id`; rules.md "Documents"). The
/// long form is the IND's own description (the assessment's `label`); the short
/// form names the document for lists. `{1}` is the rule's age (DOC-15).
public enum ChecklistWord: String, DomainWords {
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

    public static func words(_ language: Language) -> [ChecklistWord: Words] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    private static let english: [ChecklistWord: Words] = [
        .photo: Words("Recent clear photo of the face", "A recent and clear photo of the family member's face"),
        .identityCopy: Words("Copy of an identity document (passport, ID card)",
                             "A copy of a means of evidence showing the family member's identity, for example a passport or an identity card"),
        .relationshipOriginal: Words("Original document proving the relationship",
                                     "An original means of evidence showing the family relationship, for example a marriage or birth certificate"),
        .sponsorDeclaration: Words("Appendix Declaration by sponsor", "Appendix Declaration by sponsor (family and relatives)"),
        .antecedentsCertificate: Words("Appendix Antecedents Certificate"),
        .appendices15plus: Words("Appendices for family members aged {1} or older",
                                 "The appendices for family members aged {1} or older, among them the declaration of civil status"),
        .tbDeclaration: Words("Appendix Declaration of intent to undergo a TB test"),
        .guardianEvidence: Words("Evidence of who the sponsor's guardian is",
                                 "A copy of a means of evidence showing who the sponsor's guardian in the Netherlands is"),
        .otherParentIdentity: Words("Copy of the other parent's identity document",
                                    "A copy of a means of evidence showing the identity of the parent remaining behind"),
        .otherParentRelationship: Words("Evidence of the relationship between child and other parent",
                                        "A means of evidence showing the family relationship between the child and the parent remaining behind, for example a birth certificate"),
        .otherParentConsent: Words("Appendix consent of the other parent",
                                   "The appendix in which the parent remaining behind gives permission for the child to travel to the Netherlands"),
        .otherParentCannotConsent: Words("Appendix other parent cannot consent",
                                         "The appendix for a parent remaining behind who is unable to give permission"),
        .bioParentsIdentity: Words("Copy of the biological parents' identity documents",
                                   "A copy of a means of evidence showing the identity of the foster child's biological parents"),
        .bioParentsRelationship: Words("Evidence of the child's relationship to the biological parents",
                                       "A means of evidence showing the family relationship between the child and the biological parents, for example a birth certificate"),
        .guardianshipEvidence: Words("Evidence that the sponsor is the guardian",
                                     "A copy of a means of evidence showing that the sponsor is the foster child's guardian"),
        .bioParentsDeathCertificates: Words("Death certificates of the biological parents",
                                            "The death certificates of the foster child's biological parents"),
    ]

    private static let dutch: [ChecklistWord: Words] = [
        .photo: Words("Recente duidelijke pasfoto", "Een recente en duidelijke pasfoto van het gezicht van het gezinslid"),
        .identityCopy: Words("Kopie van een identiteitsbewijs (paspoort, ID-kaart)",
                             "Een kopie van een bewijsmiddel van de identiteit van het gezinslid, bijvoorbeeld een paspoort of een identiteitskaart"),
        .relationshipOriginal: Words("Origineel document dat de gezinsband bewijst",
                                     "Een origineel bewijsmiddel van de familierelatie, bijvoorbeeld een huwelijksakte of een geboorteakte"),
        .sponsorDeclaration: Words("Bijlage Verklaring referent", "Bijlage Verklaring referent (gezin en familie)"),
        .antecedentsCertificate: Words("Bijlage Antecedentenverklaring"),
        .appendices15plus: Words("Bijlagen voor gezinsleden van {1} jaar of ouder",
                                 "De bijlagen voor gezinsleden van {1} jaar of ouder, waaronder de verklaring burgerlijke staat"),
        .tbDeclaration: Words("Bijlage Bereidverklaring tbc-onderzoek",
                              "Bijlage Bereidverklaring tbc-onderzoek (het gezinslid laat zich onderzoeken op tbc)"),
        .guardianEvidence: Words("Bewijs van wie de voogd van de referent is",
                                 "Een kopie van een bewijsmiddel waaruit blijkt wie de voogd van de referent in Nederland is"),
        .otherParentIdentity: Words("Kopie van het identiteitsbewijs van de andere ouder",
                                    "Een kopie van een bewijsmiddel van de identiteit van de achterblijvende ouder"),
        .otherParentRelationship: Words("Bewijs van de band tussen het kind en de andere ouder",
                                        "Een bewijsmiddel van de familierelatie tussen het kind en de achterblijvende ouder, bijvoorbeeld een geboorteakte"),
        .otherParentConsent: Words("Bijlage toestemming van de andere ouder",
                                   "De bijlage waarin de achterblijvende ouder toestemming geeft voor de reis van het kind naar Nederland"),
        .otherParentCannotConsent: Words("Bijlage andere ouder kan geen toestemming geven",
                                         "De bijlage voor een achterblijvende ouder die geen toestemming kan geven"),
        .bioParentsIdentity: Words("Kopie van de identiteitsbewijzen van de biologische ouders",
                                   "Een kopie van een bewijsmiddel van de identiteit van de biologische ouders van het pleegkind"),
        .bioParentsRelationship: Words("Bewijs van de band van het kind met de biologische ouders",
                                       "Een bewijsmiddel van de familierelatie tussen het kind en de biologische ouders, bijvoorbeeld een geboorteakte"),
        .guardianshipEvidence: Words("Bewijs dat de referent de voogd is",
                                     "Een kopie van een bewijsmiddel waaruit blijkt dat de referent de voogd van het pleegkind is"),
        .bioParentsDeathCertificates: Words("Overlijdensakten van de biologische ouders",
                                            "De overlijdensakten van de biologische ouders van het pleegkind"),
    ]
}

extension DocumentSpec {
    /// A document of the catalogue: its English long form is the label.
    public init(_ word: ChecklistWord) {
        self.init(word.rawValue, word.text(.en, .long))
    }
}

extension ChecklistItem {
    /// The document in `language`: the catalogue's text with the rule's figures, or
    /// the label for an item the catalogue does not know or built without the
    /// figures its text names.
    public func text(_ language: Language, _ form: WordForm) -> String {
        guard let word = ChecklistWord(rawValue: id) else { return label }
        let template = word.text(language, form)
        guard Template.placeholders(in: template).count <= arguments.count else { return label }
        return Template.fill(template, arguments)
    }
}
