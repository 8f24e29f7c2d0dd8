import NareisCore

/// The texts of the work overlays (events, documents, tasks, notes, intake), in
/// English and Dutch. The action names and hints are in `UIText` with the table.
public enum WorkText: String, Catalogue {
    case chooseMember
    case openCaseFirst
    case saved
    case eventsTitle
    case notRecorded
    case eventDayPrompt
    case eventPlacePrompt
    case eventSaved
    case eventNotADate, eventBefore, letterBeforeFiling, investigationBeforeFiling, appointmentBeforeLetter, investigationInItsForm
    case noteEmpty
    case evSubmitted
    case evRectificationLetter
    case evRectificationDue
    case evCompleted
    case evDecisionExtendedTo
    case evCoaRequested, evCoaConfirmed, evPermitCollected
    case evInvestigation, investigationPrompt, investigationLetter, investigationKind, investigationChannel
    case investigationDate, investigationPick, investigationDayInvalid
    case iomTitle, iomStep, iomEstimate, iomPaid, iomSettled, iomAmountPrompt, iomAmountInvalid
    case evDecisionPositive
    case evDecisionNegative
    case evObjectionFiled
    case evMvvAppointment
    case evMvvIssued
    case evPassportValidUntil
    case evRepresentation
    case evTravelBooked
    case evPlannedArrival
    case evArrival
    case evRegisteredAtIND
    case documentsTitle
    case noDocuments
    case swornTranslation
    case tasksTitle
    case noTasks
    case taskDone
    case taskNoDue
    case taskOverdue
    case family
    case newTaskTitle
    case taskTitleLabel
    case taskDueLabel
    case taskDueInvalid
    case taskTitleEmpty
    case notesTitle
    case noNotes
    case newNote
    case auditCreate
    case auditEdit
    case auditView
    case auditImport
    case auditExport
    case auditOther
    case auditMember
    case draftsTitle
    case newCase
    case draftNew
    case draftEdit
    case draftUnnamed
    case draftKept
    case knownCaseOpened
    case reviewKnown
    case reviewKnownMore
    case caseSaved
    case intakeTitle
    case editTitle
    case stepSponsor
    case stepMember
    case stepReview
    case required
    case oneOf
    case fieldMissing, notADate, notACountry, notAChoice, notAnIdentifier, textTooLong, textRefused
    case yesNo
    case fullDateFormat
    case birthDateFormat
    case countryFormat
    case noMembers
    case reviewProblems
    case reviewReady
    case reviewTerm
    case reviewNoTerm
    case reviewChecklist
    case fixFirst
    case problemAt
    // The team's shared caseload: the status line, the sync key, the conflict overlay.
    case teamStatus, teamSynced, teamNeverSynced, teamNeverShort, teamWaiting, teamConflictOne, teamConflictMany
    case syncRunning, syncNoTeam, syncSilent, syncCannotStart, syncProgramMissing
    case conflictTitle, conflictIntro, conflictHere, conflictTheirs, conflictEmpty, conflictSponsor, conflictFamily
    case conflictCase, conflictMember, conflictNothing, noConflicts, conflictResolved, conflictChanged

    public static func table(_ language: Language) -> [WorkText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    private static let english: [WorkText: String] = [
        .chooseMember: "Select a family member first (not the sponsor).",
        .openCaseFirst: "Open a case first.",
        .saved: "Saved.",
        .eventsTitle: "Record event · {1}",
        .notRecorded: "not recorded",
        .eventDayPrompt: "Day of '{1}' (14-3-2026, 2026-03-14 or t for today; empty clears it):",
        .eventPlacePrompt: "Place of '{1}' (empty clears it):",
        .eventSaved: "Recorded: {1}.",
        .eventNotADate: "{1} is not a date (expected e.g. 14-3-2026, 2026-03-14, or t for today).",
        .eventBefore: "Before '{1}' ({2}): expected on or after that day.",
        .letterBeforeFiling: "The letter is before the application was submitted ({1}): expected on or after that day.",
        .investigationBeforeFiling: "Record the application's submission first: an investigation follows it.",
        .appointmentBeforeLetter: "The appointment is before the letter ({1}): expected on or after that day.",
        .investigationInItsForm: "A further investigation is recorded in its own form, with its letter, kind and channel.",
        .noteEmpty: "The note is empty: type some text, or Esc.",
        .evSubmitted: "application submitted",
        .evRectificationLetter: "rectification letter received",
        .evRectificationDue: "rectification due (date in the letter)",
        .evCompleted: "application completed",
        .evDecisionExtendedTo: "decision period extended to",
        .evInvestigation: "further investigation (letter)",
        .iomTitle: "Travel via IOM · {1} of {2} steps done",
        .iomStep: "{1}. {2}",
        .iomEstimate: "IOM's cost estimate",
        .iomPaid: "paid to IOM",
        .iomSettled: "settled afterwards",
        .iomAmountPrompt: "{1} in euros (e.g. 1250 or 1.250,50; empty clears it):",
        .iomAmountInvalid: "{1}: \"{2}\" is not an amount in euros (expected e.g. 1250 or 1.250,50)",
        .investigationPrompt: "Further investigation (Tab: next field, Left/Right: choose, Enter: record, Esc: back):",
        .investigationLetter: "IND letter of",
        .investigationKind: "kind",
        .investigationChannel: "where",
        .investigationDate: "appointment",
        .investigationPick: "< {1} >",
        .investigationDayInvalid: "{1}: \"{2}\" is not a date (expected YYYY-MM-DD)",
        .evCoaRequested: "COA asked for reception",
        .evCoaConfirmed: "COA confirmed reception",
        .evPermitCollected: "residence permit collected",
        .evDecisionPositive: "decision: positive",
        .evDecisionNegative: "decision: negative",
        .evObjectionFiled: "objection filed",
        .evMvvAppointment: "MVV appointment",
        .evMvvIssued: "MVV issued",
        .evPassportValidUntil: "passport valid until",
        .evRepresentation: "representation (embassy)",
        .evTravelBooked: "travel booked",
        .evPlannedArrival: "planned arrival",
        .evArrival: "arrival in the Netherlands",
        .evRegisteredAtIND: "registered at the IND",
        .documentsTitle: "Documents · {1} ({2}/{3} complete)",
        .noDocuments: "No documents required.",
        .swornTranslation: "sworn translation",
        .tasksTitle: "Follow-up tasks · {1} open",
        .noTasks: "No follow-up tasks.",
        .taskDone: "done",
        .taskNoDue: "no date",
        .taskOverdue: "overdue",
        .family: "family",
        .newTaskTitle: "New task · {1}",
        .taskTitleLabel: "Title:",
        .taskDueLabel: "Due (YYYY-MM-DD, optional; Tab switches):",
        .taskDueInvalid: "due: \"{1}\" is not a date (expected YYYY-MM-DD)",
        .taskTitleEmpty: "title: is empty (expected some text)",
        .notesTitle: "Notes and history · {1}",
        .noNotes: "Nothing recorded yet.",
        .newNote: "New note:",
        .auditCreate: "case created",
        .auditEdit: "case changed",
        .auditView: "case opened",
        .auditImport: "imported",
        .auditExport: "exported",
        .auditOther: "{1}",
        .auditMember: "(member {1})",
        .draftsTitle: "Intake: a new case or a draft",
        .newCase: "New case",
        .draftNew: "Draft · {1} · saved {2}",
        .draftEdit: "Draft editing {1} · {2} · saved {3}",
        .draftUnnamed: "(no name yet)",
        .draftKept: "Draft kept: resume it with I.",
        .knownCaseOpened: "Draft kept; case {1} opened.",
        .reviewKnown: "This family may already be here, in {1} case(s): {2} opens the one marked (↑/↓ to choose), {3} saves a new case anyway.",
        .reviewKnownMore: "… and {1} more (nareis duplicates lists every pair).",
        .caseSaved: "Case {1} saved.",
        .intakeTitle: "Intake · step {1} of {2}: {3}",
        .editTitle: "Edit {1} · step {2} of {3}: {4}",
        .stepSponsor: "sponsor",
        .stepMember: "family member {1}",
        .stepReview: "review",
        .required: "required",
        .oneOf: "Left/Right or Space to choose, or type: {1}",
        .fieldMissing: "Required: fill this in.",
        .notADate: "{1} is not a date (expected {2}).",
        .notACountry: "{1} is not a country: type a {2}.",
        .notAChoice: "{1} is none of the choices: {2}.",
        .notAnIdentifier: "{1} is not a number as the IND writes it (expected letters, digits, -, _, . or /).",
        .textTooLong: "{1} characters is too long (expected at most {2}).",
        .textRefused: "Not accepted (expected plain text without control characters).",
        .yesNo: "y or n (Left/Right or Space to choose)",
        .fullDateFormat: "DD-MM-YYYY or YYYY-MM-DD",
        .birthDateFormat: "DD-MM-YYYY, MM-YYYY or YYYY",
        .countryFormat: "country by name or code (Syria, Eritrea, stateless, SYR)",
        .noMembers: "No family members yet: Ctrl-N adds one.",
        .reviewProblems: "Not ready to save; fix these first:",
        .reviewReady: "Ready: F2 saves the case.",
        .reviewTerm: "Application term (3 months) ends {1}: {2}",
        .reviewNoTerm: "No application term applies.",
        .reviewChecklist: "Documents: {1}",
        .fixFirst: "Fix the marked fields first (see the review).",
        .problemAt: "{1}: {2}",
        .teamStatus: "Team: {1}",
        .teamSynced: "synced {1}",
        .teamNeverSynced: "never synced",
        .teamNeverShort: "never",
        .teamWaiting: "{1} waiting",
        .teamConflictOne: "1 conflict",
        .teamConflictMany: "{1} conflicts",
        .syncRunning: "Syncing with the team…",
        .syncNoTeam: "No team yet: nareis team join --server … --counsellor …",
        .syncSilent: "The sync ended without a word (exit status {1}).",
        .syncCannotStart: "The sync cannot start: {1}",
        .syncProgramMissing: "The sync needs nareis-team beside nareis ({1} is missing).",
        .conflictTitle: "Conflict with a colleague · {1} · {2} case(s) to choose",
        .conflictIntro: "Both sides changed these fields: choose for each which value stays.",
        .conflictHere: "here: {1}",
        .conflictTheirs: "colleague: {1}",
        .conflictEmpty: "(none)",
        .conflictSponsor: "Sponsor",
        .conflictFamily: "Family",
        .conflictCase: "Case",
        .conflictMember: "family member",
        .conflictNothing: "Nothing left to choose: Enter saves the merged case.",
        .noConflicts: "No conflicts to choose.",
        .conflictResolved: "Conflict resolved.",
        .conflictChanged: "The case changed meanwhile: read again, choose again.",
    ]

    private static let dutch: [WorkText: String] = [
        .chooseMember: "Kies eerst een gezinslid (niet de referent).",
        .openCaseFirst: "Open eerst een dossier.",
        .saved: "Opgeslagen.",
        .eventsTitle: "Stap vastleggen · {1}",
        .notRecorded: "niet vastgelegd",
        .eventDayPrompt: "Datum van '{1}' (14-3-2026, 2026-03-14 of t voor vandaag; leeg wist hem):",
        .eventPlacePrompt: "Plaats van '{1}' (leeg wist hem):",
        .eventSaved: "Vastgelegd: {1}.",
        .eventNotADate: "{1} is geen datum (verwacht bv. 14-3-2026, 2026-03-14, of t voor vandaag).",
        .eventBefore: "Ligt vóór '{1}' ({2}): verwacht op of na die dag.",
        .letterBeforeFiling: "De brief ligt vóór de indiening van de aanvraag ({1}): verwacht op of na die dag.",
        .investigationBeforeFiling: "Leg eerst de indiening van de aanvraag vast: een nader onderzoek volgt daarop.",
        .appointmentBeforeLetter: "De afspraak ligt vóór de brief ({1}): verwacht op of na die dag.",
        .investigationInItsForm: "Een nader onderzoek wordt in zijn eigen formulier vastgelegd, met brief, soort en kanaal.",
        .noteEmpty: "De notitie is leeg: typ tekst, of Esc.",
        .evSubmitted: "aanvraag ingediend",
        .evRectificationLetter: "herstelverzuimbrief ontvangen",
        .evRectificationDue: "herstel uiterlijk (datum in de brief)",
        .evCompleted: "aanvraag aangevuld",
        .evDecisionExtendedTo: "beslistermijn verlengd tot",
        .evInvestigation: "nader onderzoek (brief)",
        .iomTitle: "Reis via IOM · {1} van {2} stappen gedaan",
        .iomStep: "{1}. {2}",
        .iomEstimate: "kostenraming IOM",
        .iomPaid: "betaald aan IOM",
        .iomSettled: "achteraf verrekend",
        .iomAmountPrompt: "{1} in euro (bijv. 1250 of 1.250,50; leeg wist het):",
        .iomAmountInvalid: "{1}: \"{2}\" is geen bedrag in euro (verwacht bijv. 1250 of 1.250,50)",
        .investigationPrompt: "Nader onderzoek (Tab: volgend veld, Links/Rechts: kiezen, Enter: vastleggen, Esc: terug):",
        .investigationLetter: "brief IND van",
        .investigationKind: "soort",
        .investigationChannel: "waar",
        .investigationDate: "afspraak",
        .investigationPick: "< {1} >",
        .investigationDayInvalid: "{1}: \"{2}\" is geen datum (verwacht JJJJ-MM-DD)",
        .evCoaRequested: "COA om opvang gevraagd",
        .evCoaConfirmed: "opvang door COA bevestigd",
        .evPermitCollected: "verblijfsvergunning opgehaald",
        .evDecisionPositive: "beslissing: positief",
        .evDecisionNegative: "beslissing: negatief",
        .evObjectionFiled: "bezwaar ingediend",
        .evMvvAppointment: "MVV-afspraak",
        .evMvvIssued: "MVV afgegeven",
        .evPassportValidUntil: "paspoort geldig tot",
        .evRepresentation: "vertegenwoordiging (ambassade)",
        .evTravelBooked: "reis geboekt",
        .evPlannedArrival: "geplande aankomst",
        .evArrival: "aankomst in Nederland",
        .evRegisteredAtIND: "gemeld bij de IND",
        .documentsTitle: "Documenten · {1} ({2}/{3} compleet)",
        .noDocuments: "Geen documenten nodig.",
        .swornTranslation: "beëdigde vertaling",
        .tasksTitle: "Vervolgtaken · {1} open",
        .noTasks: "Geen vervolgtaken.",
        .taskDone: "klaar",
        .taskNoDue: "geen datum",
        .taskOverdue: "te laat",
        .family: "gezin",
        .newTaskTitle: "Nieuwe taak · {1}",
        .taskTitleLabel: "Titel:",
        .taskDueLabel: "Datum (JJJJ-MM-DD, mag leeg; Tab wisselt):",
        .taskDueInvalid: "datum: \"{1}\" is geen datum (verwacht JJJJ-MM-DD)",
        .taskTitleEmpty: "titel: is leeg (verwacht tekst)",
        .notesTitle: "Notities en geschiedenis · {1}",
        .noNotes: "Nog niets vastgelegd.",
        .newNote: "Nieuwe notitie:",
        .auditCreate: "dossier aangemaakt",
        .auditEdit: "dossier gewijzigd",
        .auditView: "dossier geopend",
        .auditImport: "geïmporteerd",
        .auditExport: "geëxporteerd",
        .auditOther: "{1}",
        .auditMember: "(gezinslid {1})",
        .draftsTitle: "Intake: een nieuw dossier of een concept",
        .newCase: "Nieuw dossier",
        .draftNew: "Concept · {1} · bewaard {2}",
        .draftEdit: "Concept wijziging {1} · {2} · bewaard {3}",
        .draftUnnamed: "(nog geen naam)",
        .draftKept: "Concept bewaard: hervat het met I.",
        .knownCaseOpened: "Concept bewaard; dossier {1} geopend.",
        .reviewKnown: "Dit gezin is mogelijk al bekend, in {1} dossier(s): {2} opent het gemarkeerde (kies met ↑/↓), {3} slaat toch een nieuw dossier op.",
        .reviewKnownMore: "… en nog {1} (nareis duplicates toont alle paren).",
        .caseSaved: "Dossier {1} opgeslagen.",
        .intakeTitle: "Intake · stap {1} van {2}: {3}",
        .editTitle: "Wijzig {1} · stap {2} van {3}: {4}",
        .stepSponsor: "referent",
        .stepMember: "gezinslid {1}",
        .stepReview: "controle",
        .required: "verplicht",
        .oneOf: "Links/Rechts of spatie om te kiezen, of typ: {1}",
        .fieldMissing: "Verplicht: vul dit in.",
        .notADate: "{1} is geen datum (verwacht {2}).",
        .notACountry: "{1} is geen land: typ een {2}.",
        .notAChoice: "{1} is geen van de keuzes: {2}.",
        .notAnIdentifier: "{1} is geen nummer zoals de IND het schrijft (verwacht letters, cijfers, -, _, . of /).",
        .textTooLong: "{1} tekens is te lang (verwacht hoogstens {2}).",
        .textRefused: "Niet geaccepteerd (verwacht gewone tekst zonder stuurtekens).",
        .yesNo: "j of n (Links/Rechts of spatie om te kiezen)",
        .fullDateFormat: "DD-MM-JJJJ of JJJJ-MM-DD",
        .birthDateFormat: "DD-MM-JJJJ, MM-JJJJ of JJJJ",
        .countryFormat: "land, naam of code (Syrië, Eritrea, staatloos, SYR)",
        .noMembers: "Nog geen gezinsleden: Ctrl-N voegt er een toe.",
        .reviewProblems: "Nog niet op te slaan; verbeter eerst:",
        .reviewReady: "Klaar: F2 slaat het dossier op.",
        .reviewTerm: "Termijn voor de aanvraag (3 maanden) eindigt {1}: {2}",
        .reviewNoTerm: "Geen termijn voor de aanvraag.",
        .reviewChecklist: "Documenten: {1}",
        .fixFirst: "Verbeter eerst de gemarkeerde velden (zie de controle).",
        .problemAt: "{1}: {2}",
        .teamStatus: "Team: {1}",
        .teamSynced: "gesynchroniseerd {1}",
        .teamNeverSynced: "nog nooit gesynchroniseerd",
        .teamNeverShort: "nog nooit",
        .teamWaiting: "{1} wachtend",
        .teamConflictOne: "1 botsing",
        .teamConflictMany: "{1} botsingen",
        .syncRunning: "Synchroniseren met het team…",
        .syncNoTeam: "Nog geen team: nareis team join --server … --counsellor …",
        .syncSilent: "De synchronisatie eindigde zonder melding (afsluitcode {1}).",
        .syncCannotStart: "De synchronisatie kan niet starten: {1}",
        .syncProgramMissing: "Voor de synchronisatie is nareis-team naast nareis nodig ({1} ontbreekt).",
        .conflictTitle: "Botsing met een collega · {1} · {2} dossier(s) te kiezen",
        .conflictIntro: "Beide kanten wijzigden deze velden: kies per veld welke waarde blijft.",
        .conflictHere: "hier: {1}",
        .conflictTheirs: "collega: {1}",
        .conflictEmpty: "(leeg)",
        .conflictSponsor: "Referent",
        .conflictFamily: "Gezin",
        .conflictCase: "Dossier",
        .conflictMember: "gezinslid",
        .conflictNothing: "Niets meer te kiezen: Enter slaat het samengevoegde dossier op.",
        .noConflicts: "Geen botsingen te kiezen.",
        .conflictResolved: "Botsing opgelost.",
        .conflictChanged: "Het dossier is intussen gewijzigd: opnieuw gelezen, kies opnieuw.",
    ]
}
