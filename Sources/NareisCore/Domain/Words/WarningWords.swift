/// Warnings by ID (`warnings[].id`): what each warns of, in general. The warning
/// itself carries a `Wording` with the case's details (RuleText).
public enum WarningWord: String, DomainWords {
    case passportValidity = "passport-validity"
    case representationSuspended = "representation-suspended"
    case familyBeforeEntryUnknown = "family-before-entry-unknown"
    case representationLimitedCapacity = "representation-limited-capacity"
    case decisionOverdue = "decision-overdue"
    case originalNotInHand = "original-not-in-nl"
    case relationshipEvidenceMissing = "relationship-evidence-missing"

    public static func words(_ language: Language) -> [WarningWord: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [WarningWord: Words] = [
            .passportValidity: Words("passport valid too briefly",
                                     "The passport is not valid long enough after the MVV date"),
            .representationSuspended: Words("embassy suspended", "The embassy named on the form is suspended"),
            .familyBeforeEntryUnknown: Words("family before entry unknown",
                                             "Not recorded whether the member was family before the sponsor entered the Netherlands"),
            .representationLimitedCapacity: Words("embassy: limited capacity",
                                                  "The embassy named on the form has limited capacity: expect long waits"),
            .relationshipEvidenceMissing: Words("no relationship evidence",
                                                "Filed without evidence of the family relationship"),
            .originalNotInHand: Words("filed without the original",
                                      "Filed while an original the IND asks for is not in the Netherlands"),
            .decisionOverdue: Words("IND decision overdue",
                                    "The IND is past its decision period: the sponsor can send a notice of default (penalty payments follow)"),
        ]

    private static let dutchWords: [WarningWord: Words] = [
            .passportValidity: Words("paspoort te kort geldig",
                                     "Het paspoort is na de mvv-datum niet lang genoeg geldig"),
            .representationSuspended: Words("ambassade opgeschort", "De ambassade op het formulier is opgeschort"),
            .familyBeforeEntryUnknown: Words("gezinsband vóór inreis onbekend",
                                             "Niet vastgelegd of het gezinslid al vóór de inreis van de referent tot het gezin behoorde"),
            .representationLimitedCapacity: Words("ambassade: beperkte capaciteit",
                                                  "De ambassade op het formulier heeft beperkte capaciteit: reken op lange wachttijden"),
            .relationshipEvidenceMissing: Words("geen bewijs gezinsband",
                                                "Ingediend zonder bewijs van de gezinsband"),
            .originalNotInHand: Words("ingediend zonder origineel",
                                      "Ingediend terwijl een origineel dat de IND vraagt niet in Nederland is"),
            .decisionOverdue: Words("beslistermijn IND verstreken",
                                    "De IND heeft de beslistermijn overschreden: de referent kan de IND in gebreke stellen (daarna volgen dwangsommen)"),
        ]
}
