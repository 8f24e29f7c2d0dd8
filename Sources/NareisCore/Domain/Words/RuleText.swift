/// The sentences the rules explain themselves in: every reason and warning the
/// engine writes, the representation notices, and the parts they are built from.
/// Keyed by the rule ID (rules.md) and, where a rule says more than one thing, a
/// variant. `{n}` are filled from the case and the rule data (`Wording`); the
/// English long form is the assessment's own `text`.
public enum RuleText: String, DomainWords {
    // Who can be reunited (FM-*, TWO-STATUS)
    case beforeEntryUnknown = "FM-BEFORE-ENTRY/unknown"
    case notBeforeEntry = "FM-BEFORE-ENTRY/no"
    case possibility = "possibility"
    case ifAged = "possibility/age"
    case ifAdultSponsor = "possibility/adult-sponsor"
    case ifUnaccompaniedSponsor = "possibility/unaccompanied-sponsor"
    case ifAccompaniedSponsor = "possibility/accompanied-sponsor"
    case and = "joiner/and"
    case semicolon = "joiner/semicolon"
    case commaThen = "joiner/comma-then"
    case outsideNuclearFamily = "TWO-STATUS/outside-nuclear"
    case subsidiaryMember = "TWO-STATUS/subsidiary"
    case partner = "FM-PARTNER"
    case partnerKind = "FM-PARTNER/kind"
    case minorChild = "FM-CHILD"
    case fosterParentOfUAM = "FM-OTHER/foster-parent"
    case parentOfUAM = "FM-UAM-PARENTS"
    case adoptiveParentOfUAM = "FM-UAM-PARENTS/adoptive"
    case parentNotUAM = "FM-OTHER/parent"
    case sibling = "FM-OTHER/sibling"
    case otherFamily = "FM-OTHER"
    case youngAdultOlder = "FM-YOUNG-ADULT/older"
    case livedWithFamily = "FM-YOUNG-ADULT/lived-with-family"
    case noOwnIncome = "FM-YOUNG-ADULT/no-own-income"
    case noOwnFamily = "FM-YOUNG-ADULT/no-own-family"
    case askLivedWithFamily = "FM-YOUNG-ADULT/ask-lived-with-family"
    case askOwnIncome = "FM-YOUNG-ADULT/ask-own-income"
    case askOwnFamily = "FM-YOUNG-ADULT/ask-own-family"
    case youngAdultBeyondControl = "FM-YOUNG-ADULT/beyond-control"
    case youngAdultBeyondControlUnknown = "FM-YOUNG-ADULT/beyond-control-unknown"
    case youngAdultNotMet = "FM-YOUNG-ADULT/not-met"
    case youngAdultUnknown = "FM-YOUNG-ADULT/unknown"
    case youngAdultEligible = "FM-YOUNG-ADULT"
    // Frameworks (FW-*, TERM-*)
    case frameworkUncertainAge = "FW/uncertain-age"
    case derivedPermit = "FW-REGULAR-DERIVED"
    case siblingsOfUAM = "FW-REGULAR-SIBLINGS"
    case formerUAM = "FW-REGULAR-FORMER-UAM"
    case nowAdult = "FW-REGULAR-FORMER-UAM/now-adult"
    case possiblyAdult = "FW-REGULAR-FORMER-UAM/possibly-adult"
    case familyConditionFails = "FW-FAVOURABLE/family-fails"
    case subsequentApplication = "FW-SUBSEQUENT-ADULT"
    case regularAfterTerm = "FW-REGULAR-LATE/chosen"
    case notFiledLate = "FW-REGULAR-LATE/not-filed"
    case filedLate = "FW-REGULAR-LATE/filed"
    case favourable = "FW-FAVOURABLE"
    case notFiledExcusable = "TERM-EXCUSABLE/not-filed"
    case filedExcusable = "TERM-EXCUSABLE/filed"
    case notFiledYet = "FW-FAVOURABLE/not-filed"
    case filedInTime = "FW-FAVOURABLE/filed"
    case partialFiling = "TERM-PARTIAL"
    case incomeExempt = "FW-REGULAR-INCOME-EXEMPT"
    case enteredDuringProcedure = "FW-IN-NL"
    // Fees (FEE-*)
    case feeUncertain = "FEE-FREE-CORE/uncertain"
    case feeOther = "FEE-OTHER"
    case feeRegular = "FEE-REGULAR"
    case freeForCore = "FEE-FREE-CORE"
    case coreAdultSponsor = "FEE-FREE-CORE/adult-sponsor"
    case coreUAMSponsor = "FEE-FREE-CORE/uam-sponsor"
    // Documents (DOC-*)
    case tbUncertain = "DOC-TB/uncertain"
    case guardianUncertain = "DOC-GUARDIAN/uncertain"
    case documentsAgeUncertain = "DOC-BASE/age-uncertain"
    // The sponsor
    case sponsorAgeUncertain = "FM-UAM-PARENTS/uncertain"
    case sponsorUnaccompanied = "FM-UAM-PARENTS/unaccompanied"
    case sponsorAccompanied = "FM-UAM-PARENTS/accompanied"
    case applicationTermEnds = "TERM-3M"
    case sponsorDerivedPermit = "FW-REGULAR-DERIVED/sponsor"
    case sponsorSubsidiary = "TWO-STATUS/sponsor"
    // Warnings with the case's details
    case familyBeforeEntryWarning = "family-before-entry-unknown"
    case decisionOverdue = "decision-overdue"
    case penaltyTier = "decision-overdue/tier"
    case penaltyLastTier = "decision-overdue/last-tier"
    case passportValidity = "passport-validity"
    case originalNotInHand = "original-not-in-nl"
    case relationshipEvidenceMissing = "relationship-evidence-missing"
    // What a counsellor reads beside a document's status
    case documentDoubted = "DOC-DOUBTED"
    // Representation notices (PROC-MVV-APPOINTMENT)
    case beirutSuspended = "notice/beirut"
    case khartoumSuspended = "notice/khartoum"
    case erbilLimited = "notice/erbil"
    case noticeMayBeOutdated = "notice/may-be-outdated"

    /// Built once: the rules word every reason of every assessment through this table.
    public static func words(_ language: Language) -> [RuleText: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    private static let englishWords = english.mapValues { Words($0) }
    private static let dutchWords = dutch.mapValues { Words($0) }

    private static let english: [RuleText: String] = [
        .beforeEntryUnknown: "Not recorded whether the member was part of the family before the sponsor entered the Netherlands: counted as yes; check it",
        .notBeforeEntry: "Not part of the family before the sponsor entered the Netherlands",
        .possibility: "{1}: {2}. {3}",
        .ifAged: "if aged {1} on {2}",
        .ifAdultSponsor: "if the sponsor was {1} or older when applying for asylum",
        .ifUnaccompaniedSponsor: "if the sponsor was an unaccompanied minor when applying for asylum",
        .ifAccompaniedSponsor: "if the sponsor was an accompanied minor when applying for asylum",
        .and: "{1} and {2}",
        .semicolon: "{1}; {2}",
        .commaThen: "{1}, then {2}",
        .outsideNuclearFamily: "Outside the nuclear family (partner, minor children, parents of an unaccompanied minor): from 12 June 2026 family reunification is limited to it; individual assessment until the conditions are known",
        .subsidiaryMember: "The sponsor has subsidiary protection (B status): further conditions apply from 12 June 2026 that are not in the sources; individual assessment",
        .partner: "Partner: spouse, registered or unregistered partner in a lasting and exclusive relationship",
        .partnerKind: "Partner ({1}): spouse, registered or unregistered partner in a lasting and exclusive relationship",
        .minorChild: "Minor {1}",
        .fosterParentOfUAM: "Foster parent of a sponsor who was an unaccompanied minor: not a parent in law; whether they belong to the family is an individual assessment",
        .parentOfUAM: "Parent of a sponsor who was under {1} and unaccompanied when applying for asylum",
        .adoptiveParentOfUAM: "Adoptive parent of a sponsor who was under {1} and unaccompanied when applying for asylum",
        .parentNotUAM: "Parent of a sponsor who was not an unaccompanied minor when applying for asylum: whether they belong to the family is an individual assessment",
        .sibling: "Brother or sister: whether they belong to the family is an individual assessment",
        .otherFamily: "Other family member: whether they belong to the family is an individual assessment",
        .youngAdultOlder: "Child older than about {1}: individual assessment",
        .livedWithFamily: "lived with the family when the sponsor entered the Netherlands",
        .noOwnIncome: "does not provide for their own income",
        .noOwnFamily: "has not formed a family of their own nor takes care of a child",
        .askLivedWithFamily: "whether they lived with the family when the sponsor entered the Netherlands",
        .askOwnIncome: "whether they provide for their own income",
        .askOwnFamily: "whether they formed a family of their own",
        .youngAdultBeyondControl: "Young adult child: condition not met ({1}) for reasons beyond their control; whether the family tie still holds is an individual assessment",
        .youngAdultBeyondControlUnknown: "Young adult child: condition not met ({1}); not recorded whether for reasons beyond their control; individual assessment until known",
        .youngAdultNotMet: "Young adult child: condition not met ({1}) and not for reasons beyond their control",
        .youngAdultUnknown: "Young adult child: not recorded {1}; individual assessment until known",
        .youngAdultEligible: "Young adult child who lived with the family when the sponsor entered the Netherlands, has no own income and no family of their own",
        .frameworkUncertainAge: "The sponsor's age at the asylum application is uncertain and the framework depends on it: counted as regular, which asks more of the family",
        .derivedPermit: "The sponsor's own permit is derived from a family member's: regular framework, unless they first obtain an independent asylum status",
        .siblingsOfUAM: "Brother or sister of a sponsor who was an unaccompanied minor: always the regular framework",
        .formerUAM: "Subsequent application by a former unaccompanied minor {1}: regular framework; the reasons the first reunification failed must be weighed",
        .nowAdult: "now {1} or older",
        .possiblyAdult: "possibly {1} or older by now (birth date partial)",
        .familyConditionFails: "A family condition fails (see the eligibility reasons): the favourable framework does not apply",
        .subsequentApplication: "Subsequent application while the sponsor holds the asylum permit: the term stays secured, no new application term runs",
        .regularAfterTerm: "Filed in the regular framework after the term ended on {1}: the income requirement applies",
        .notFiledLate: "Not filed, {1} days past the term that ended on {2}: regular framework unless exceptional circumstances are accepted",
        .filedLate: "Filed {1} days after the term that ended on {2}: regular framework unless exceptional circumstances are accepted",
        .favourable: "Favourable framework: no income or integration requirement",
        .notFiledExcusable: "Not filed, {1} days past the term that ended on {2}: lateness of less than two weeks is excusable if filed by {3}",
        .filedExcusable: "Filed {1} days after the term that ended on {2}: lateness of less than two weeks is excusable",
        .notFiledYet: "Not filed yet; filed by {1} (the end of the application term) it falls in the favourable framework",
        .filedInTime: "Filed within the application term (ends {1}): favourable framework, no income or integration requirement",
        .partialFiling: "Filed in time though incomplete: the term is secured, the application is completed after the rectification letter",
        .incomeExempt: "Regular application within the application term: exempt from the income requirement",
        .enteredDuringProcedure: "The member entered the Netherlands ({1}) before the decision: no ground for refusal, the procedure continues",
        .feeUncertain: "The fee depends on the sponsor's age at the asylum application, which is uncertain: free for core family, otherwise the fee for other family members; individual assessment",
        .feeOther: "Other family member: the application costs {1}, whichever framework it falls in",
        .feeRegular: "Regular framework: an application fee applies; the amount is in the IND fee table, not in the sources",
        .freeForCore: "Free: {1}",
        .coreAdultSponsor: "partner or child of a sponsor who was {1} or older when applying for asylum",
        .coreUAMSponsor: "biological parent of a sponsor who was an unaccompanied minor when applying for asylum",
        .tbUncertain: "Whether the TB declaration is asked depends on the sponsor's age at the asylum application, which is uncertain: included",
        .guardianUncertain: "The sponsor's birth date leaves it uncertain whether they are under {1} on {2}: guardian evidence included; individual assessment",
        .documentsAgeUncertain: "The birth date {1} leaves the age on {2} between {3} and {4}: the documents of both ages are listed, the extra ones marked uncertain",
        .sponsorAgeUncertain: "The birth date {1} leaves it uncertain whether the sponsor was under {2} when applying for asylum on {3}: conclusions that depend on it (parents, fees, guardian evidence) are an individual assessment",
        .sponsorUnaccompanied: "Under {1} and unaccompanied when applying for asylum on {2}: counts as an unaccompanied minor, even if {1} by now (CJEU C-550/16)",
        .sponsorAccompanied: "Under {1} but accompanied when applying for asylum on {2}: not an unaccompanied minor",
        .applicationTermEnds: "The application term ends on {1}, {2} after the positive decision on the asylum application of {3}",
        .sponsorDerivedPermit: "The sponsor's permit is derived from a family member's: applications are regular unless they first obtain an independent asylum status",
        .sponsorSubsidiary: "The sponsor has subsidiary protection (B status): from 12 June 2026 further conditions apply to pending and new applications",
        .familyBeforeEntryWarning: "Not recorded whether the member was part of the family before the sponsor entered the Netherlands; counted as yes",
        .decisionOverdue: "The IND has not decided within the decision period (due {1}): the sponsor can send a notice of default; {2} later penalty payments start ({3})",
        .penaltyTier: "€ {1} a day for {2} days",
        .penaltyLastTier: "€ {1} a day after that",
        .passportValidity: "The passport is valid until {1}; it must be valid until at least {2}, {3} after the MVV date {4}. Renew it before the MVV sticker is placed",
        .relationshipEvidenceMissing: "Filed without evidence of the family relationship: explanations for missing documents count in the IND's integral assessment, and for a minor the IND investigates further (DNA test, interview) before refusing",
        .originalNotInHand: "Filed while the original ({1}) is not in the Netherlands: a copy counts as progress, not as complete",
        .documentDoubted: "The IND doubts this document. A false or falsified document weighs heavily; the family can answer with a counter-expertise, an explanation of how the document was obtained, or concrete reasons to doubt the IND's finding",
        .beirutSuspended: "The Dutch embassy in Beirut has suspended its services since October 2023. An exception was made for family members already in Lebanon; family members still in Syria were asked to go to the Dutch embassies in Jordan, Iran or the United Arab Emirates.",
        .khartoumSuspended: "Visa issuance at the Dutch embassy in Khartoum (Sudan) has been suspended since April 2023 because of the security situation.",
        .erbilLimited: "Since September 2023 a limited number of family members can go to the Dutch consulate in Erbil for their visa (a pilot); because of its limited capacity the waiting time has increased to several months.",
        .noticeMayBeOutdated: "{1} Last confirmed on {2}, more than {3} ago: this notice may be out of date.",
    ]

    private static let dutch: [RuleText: String] = [
        .beforeEntryUnknown: "Niet vastgelegd of het gezinslid al vóór de inreis van de referent in Nederland tot het gezin behoorde: geteld als ja; controleer dit",
        .notBeforeEntry: "Hoorde niet tot het gezin vóór de inreis van de referent in Nederland",
        .possibility: "{1}: {2}. {3}",
        .ifAged: "als de leeftijd op {2} {1} jaar is",
        .ifAdultSponsor: "als de referent {1} jaar of ouder was bij de asielaanvraag",
        .ifUnaccompaniedSponsor: "als de referent een alleenstaande minderjarige (amv) was bij de asielaanvraag",
        .ifAccompaniedSponsor: "als de referent een begeleide minderjarige was bij de asielaanvraag",
        .and: "{1} en {2}",
        .semicolon: "{1}; {2}",
        .commaThen: "{1}, daarna {2}",
        .outsideNuclearFamily: "Buiten het kerngezin (partner, minderjarige kinderen, ouders van een alleenstaande minderjarige): vanaf 12 juni 2026 is gezinshereniging daartoe beperkt; individuele beoordeling tot de voorwaarden bekend zijn",
        .subsidiaryMember: "De referent heeft subsidiaire bescherming (B-status): vanaf 12 juni 2026 gelden aanvullende voorwaarden die niet in de bronnen staan; individuele beoordeling",
        .partner: "Partner: echtgenoot, geregistreerd of ongehuwd partner in een duurzame en exclusieve relatie",
        .partnerKind: "Partner ({1}): echtgenoot, geregistreerd of ongehuwd partner in een duurzame en exclusieve relatie",
        .minorChild: "Minderjarig {1}",
        .fosterParentOfUAM: "Pleegouder van een referent die alleenstaande minderjarige was: juridisch geen ouder; of deze tot het gezin behoort is een individuele beoordeling",
        .parentOfUAM: "Ouder van een referent die jonger dan {1} en alleenstaand was bij de asielaanvraag",
        .adoptiveParentOfUAM: "Adoptiefouder van een referent die jonger dan {1} en alleenstaand was bij de asielaanvraag",
        .parentNotUAM: "Ouder van een referent die bij de asielaanvraag geen alleenstaande minderjarige was: of deze tot het gezin behoort is een individuele beoordeling",
        .sibling: "Broer of zus: of deze tot het gezin behoort is een individuele beoordeling",
        .otherFamily: "Ander familielid: of deze tot het gezin behoort is een individuele beoordeling",
        .youngAdultOlder: "Kind ouder dan ongeveer {1}: individuele beoordeling",
        .livedWithFamily: "woonde bij het gezin toen de referent Nederland inreisde",
        .noOwnIncome: "voorziet niet in een eigen inkomen",
        .noOwnFamily: "heeft geen eigen gezin gevormd en zorgt niet voor een kind",
        .askLivedWithFamily: "of het kind bij het gezin woonde toen de referent Nederland inreisde",
        .askOwnIncome: "of het kind in een eigen inkomen voorziet",
        .askOwnFamily: "of het kind een eigen gezin heeft gevormd",
        .youngAdultBeyondControl: "Jongvolwassen kind: voorwaarde niet vervuld ({1}) door omstandigheden buiten de eigen schuld; of de gezinsband nog bestaat is een individuele beoordeling",
        .youngAdultBeyondControlUnknown: "Jongvolwassen kind: voorwaarde niet vervuld ({1}); niet vastgelegd of dat komt door omstandigheden buiten de eigen schuld; individuele beoordeling tot dat bekend is",
        .youngAdultNotMet: "Jongvolwassen kind: voorwaarde niet vervuld ({1}) en niet door omstandigheden buiten de eigen schuld",
        .youngAdultUnknown: "Jongvolwassen kind: niet vastgelegd {1}; individuele beoordeling tot dat bekend is",
        .youngAdultEligible: "Jongvolwassen kind dat bij het gezin woonde toen de referent Nederland inreisde, geen eigen inkomen heeft en geen eigen gezin",
        .frameworkUncertainAge: "De leeftijd van de referent bij de asielaanvraag is onzeker en het beleidskader hangt ervan af: geteld als regulier, dat meer van het gezin vraagt",
        .derivedPermit: "De verblijfsvergunning van de referent is afgeleid van die van een gezinslid: regulier kader, tenzij de referent eerst een zelfstandige asielstatus krijgt",
        .siblingsOfUAM: "Broer of zus van een referent die alleenstaande minderjarige was: altijd het reguliere kader",
        .formerUAM: "Vervolgaanvraag door een voormalig alleenstaande minderjarige {1}: regulier kader; de redenen waarom de eerste gezinshereniging mislukte moeten worden meegewogen",
        .nowAdult: "die nu {1} jaar of ouder is",
        .possiblyAdult: "die nu mogelijk {1} jaar of ouder is (geboortedatum onvolledig)",
        .familyConditionFails: "Een gezinsvoorwaarde is niet vervuld (zie de redenen bij de gezinsband): het nareisbeleid is niet van toepassing",
        .subsequentApplication: "Vervolgaanvraag terwijl de referent de asielvergunning heeft: de termijn blijft veiliggesteld, er loopt geen nieuwe aanvraagtermijn",
        .regularAfterTerm: "Ingediend in het reguliere kader na het einde van de termijn op {1}: het inkomensvereiste geldt",
        .notFiledLate: "Niet ingediend, {1} dagen na de termijn die eindigde op {2}: regulier kader, tenzij bijzondere omstandigheden worden aanvaard",
        .filedLate: "Ingediend {1} dagen na de termijn die eindigde op {2}: regulier kader, tenzij bijzondere omstandigheden worden aanvaard",
        .favourable: "Nareisbeleid: geen inkomens- of inburgeringseis",
        .notFiledExcusable: "Niet ingediend, {1} dagen na de termijn die eindigde op {2}: een overschrijding van minder dan twee weken is verschoonbaar als de aanvraag uiterlijk {3} is ingediend",
        .filedExcusable: "Ingediend {1} dagen na de termijn die eindigde op {2}: een overschrijding van minder dan twee weken is verschoonbaar",
        .notFiledYet: "Nog niet ingediend; ingediend uiterlijk {1} (het einde van de aanvraagtermijn) valt de aanvraag onder het nareisbeleid",
        .filedInTime: "Ingediend binnen de aanvraagtermijn (tot {1}): nareisbeleid, geen inkomens- of inburgeringseis",
        .partialFiling: "Op tijd ingediend, al is de aanvraag onvolledig: de termijn is veiliggesteld, de aanvraag wordt aangevuld na de rectificatiebrief (herstelverzuim)",
        .incomeExempt: "Reguliere aanvraag binnen de aanvraagtermijn: vrijgesteld van het inkomensvereiste",
        .enteredDuringProcedure: "Het gezinslid is Nederland ingereisd ({1}) vóór de beschikking: geen grond voor afwijzing, de procedure loopt door",
        .feeUncertain: "De leges hangen af van de leeftijd van de referent bij de asielaanvraag, die onzeker is: gratis voor het kerngezin, anders de leges voor andere familieleden; individuele beoordeling",
        .feeOther: "Ander familielid: de aanvraag kost {1}, in welk kader die ook valt",
        .feeRegular: "Regulier kader: er zijn leges verschuldigd; het bedrag staat in de legestabel van de IND, niet in de bronnen",
        .freeForCore: "Gratis: {1}",
        .coreAdultSponsor: "partner of kind van een referent die {1} jaar of ouder was bij de asielaanvraag",
        .coreUAMSponsor: "biologische ouder van een referent die alleenstaande minderjarige was bij de asielaanvraag",
        .tbUncertain: "Of de bereidverklaring tbc-onderzoek gevraagd wordt, hangt af van de leeftijd van de referent bij de asielaanvraag, die onzeker is: opgenomen",
        .guardianUncertain: "Door de geboortedatum van de referent is onzeker of die op {2} jonger dan {1} is: bewijs van voogdij opgenomen; individuele beoordeling",
        .documentsAgeUncertain: "Door de geboortedatum {1} ligt de leeftijd op {2} tussen {3} en {4}: de documenten voor beide leeftijden staan erin, de extra documenten gemarkeerd als onzeker",
        .sponsorAgeUncertain: "Door de geboortedatum {1} is onzeker of de referent jonger dan {2} was bij de asielaanvraag op {3}: conclusies die daarvan afhangen (ouders, leges, bewijs van voogdij) zijn een individuele beoordeling",
        .sponsorUnaccompanied: "Jonger dan {1} en alleenstaand bij de asielaanvraag op {2}: geldt als alleenstaande minderjarige, ook als de referent nu {1} is (HvJ EU C-550/16)",
        .sponsorAccompanied: "Jonger dan {1} maar begeleid bij de asielaanvraag op {2}: geen alleenstaande minderjarige",
        .applicationTermEnds: "De aanvraagtermijn eindigt op {1}, {2} na de inwilliging van de asielaanvraag op {3}",
        .sponsorDerivedPermit: "De verblijfsvergunning van de referent is afgeleid van die van een gezinslid: aanvragen zijn regulier, tenzij de referent eerst een zelfstandige asielstatus krijgt",
        .sponsorSubsidiary: "De referent heeft subsidiaire bescherming (B-status): vanaf 12 juni 2026 gelden aanvullende voorwaarden voor lopende en nieuwe aanvragen",
        .familyBeforeEntryWarning: "Niet vastgelegd of het gezinslid al vóór de inreis van de referent in Nederland tot het gezin behoorde; geteld als ja",
        .decisionOverdue: "De IND heeft niet binnen de beslistermijn beslist (uiterlijk {1}): de referent kan de IND in gebreke stellen; {2} later gaan dwangsommen lopen ({3})",
        .penaltyTier: "€ {1} per dag gedurende {2} dagen",
        .penaltyLastTier: "€ {1} per dag daarna",
        .passportValidity: "Het paspoort is geldig tot {1}; het moet geldig zijn tot ten minste {2}, {3} na de mvv-datum {4}. Laat het verlengen voordat de mvv-sticker wordt geplaatst",
        .relationshipEvidenceMissing: "Ingediend zonder bewijs van de gezinsband: uitleg over ontbrekende documenten telt mee in de integrale beoordeling door de IND, en bij een minderjarige doet de IND eerst nader onderzoek (DNA-test, gehoor) voordat zij afwijst",
        .originalNotInHand: "Ingediend terwijl het origineel ({1}) niet in Nederland is: een kopie telt als voortgang, niet als compleet",
        .documentDoubted: "De IND twijfelt aan dit document. Een vals of vervalst document weegt zwaar; het gezin kan reageren met een contra-expertise, een uitleg van hoe het document is verkregen, of concrete redenen om aan de bevinding van de IND te twijfelen",
        .beirutSuspended: "De Nederlandse ambassade in Beiroet heeft haar diensten sinds oktober 2023 opgeschort. Er is een uitzondering gemaakt voor gezinsleden die al in Libanon waren; gezinsleden die nog in Syrië waren, is gevraagd naar de Nederlandse ambassades in Jordanië, Iran of de Verenigde Arabische Emiraten te gaan.",
        .khartoumSuspended: "De visumafgifte op de Nederlandse ambassade in Khartoem (Soedan) is sinds april 2023 opgeschort vanwege de veiligheidssituatie.",
        .erbilLimited: "Sinds september 2023 kan een beperkt aantal gezinsleden voor hun visum naar het Nederlandse consulaat in Erbil (een proef); door de beperkte capaciteit is de wachttijd opgelopen tot enkele maanden.",
        .noticeMayBeOutdated: "{1} Laatst bevestigd op {2}, meer dan {3} geleden: deze melding is mogelijk verouderd.",
    ]
}
