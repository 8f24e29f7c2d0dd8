import NareisCore

/// Every text of the workstation's frame, panes and help, in English and Dutch.
/// The domain's words (stages, relationships, documents, deadlines, reasons) are
/// in NareisCore's catalogue (Domain/Words/), shared with the outputs. View code
/// names texts by case; a test fails when a view holds a literal instead, or a
/// language lacks one.
public enum UIText: String, Catalogue {
    // Frame
    case appTitle, asOf, tooSmall, tooSmallNeed, noCases, noCasesFiltered, noDeadlines, noCaseOpen
    case problem, loading
    // Pane titles
    case paneCases, paneTree, paneDeadlines, paneDetail, paneHelp
    case casesTitle, casesTitleLimited, deadlinesTitle, treeTitle, detailTitle
    // Case list
    case columnCase, columnSponsor, columnStage, columnNextDeadline, columnDaysLeft, columnDocuments
    case sortLabel, filterStage, filterOverdue, filterCounsellor, searchLabel, searchPrompt
    case sortNextDeadline, sortName, sortLastChange
    // Urgency
    case overdueDays, dueToday, daysLeft, noDeadline
    // Deadlines pane
    case columnDue, columnMember, columnWhat, columnRule
    // Family tree
    case sponsorRole, permitDecided, termEnds, noTerm, minorAtApplication, ageUncertainSponsor
    case ageBand, ageBandUncertain, documents, fee, feeUnknown, notAssessed
    // Detail
    case sectionChecklist, sectionDeadlines, sectionWarnings, sectionWhy, born, nationality, residence
    case checklistDone, checklistOpen, checklistUncertain, extendedDue, lastLegalDay, excusable, doneOn, noneRecorded
    case sponsorDetail, applicationDate, unaccompanied
    // Help and actions
    case helpIntro, contextGlobal, contextLists, contextCases, contextDeadlines, contextSearch
    case actionMoveUp, actionMoveDown, actionPageUp, actionPageDown, actionFirst, actionLast
    case actionNextPane, actionPreviousPane, actionOpen, actionBack, actionSearch, actionSort, actionStage
    case actionOverdue, actionCounsellor, actionClearFilters, actionWindow, actionHelp, actionQuit
    case actionAcceptSearch, actionCancelSearch, actionDeleteCharacter
    case hintPanes, hintOpen, hintBack, hintSearch, hintSort, hintStage, hintOverdue, hintWindow
    case hintHelp, hintQuit, hintAccept, hintCancel
    // Before the workstation starts (on the plain terminal)
    case demoOffer, demoAdding, demoAdded, demoDeclined
    // The counsellor's work: contexts, actions and hints
    case contextCaseWork
    case contextEditor
    case contextDocuments
    case contextTasks
    case contextNotes
    case contextForm
    // Where keys are read (docs/keybindings.md)
    case placeCases, placeTree, placeDetail, placeEvents, placeEventDay, placeInvestigation, placeTaskEditor, placeNoteEditor, placeDrafts
    case keyChainsTitle, keyChainsIntro, keyChainPlace, keyChainContexts, keyChainHelp
    case actionTasks
    case actionNewIntake
    case actionRecordEvent
    case actionDocuments
    case actionNotes
    case actionEditCase
    case actionEditLeft
    case actionEditRight
    case actionEditHome
    case actionEditEnd
    case actionEditBackspace
    case actionEditDelete
    case actionEditClear
    case actionEditSave
    case actionEditCancel
    case actionStatusForward
    case actionStatusBack
    case actionStatusNotApplicable
    case actionStatusDoubted
    case actionIom, actionToggleIomStep, contextTravel, placeIomAmount
    case actionToggleTranslation
    case actionToggleTaskDone
    case actionAddTask
    case actionAddNote
    case actionNextField
    case actionPreviousField
    case actionNextStep
    case actionPreviousStep
    case actionAddMember
    case actionRemoveMember
    case actionSaveIntake
    case actionOpenKnownCase
    case actionLeaveIntake
    case hintRecordEvent
    case hintDocuments
    case hintNotes
    case hintEditCase
    case hintClear
    case hintSave
    case hintStatusForward
    case hintStatusBack
    case hintNotApplicable
    case hintDoubted
    case hintIom
    case hintTranslation
    case hintDone
    case hintAdd
    case hintNextField
    case hintNextStep
    case hintAddMember
    case hintSaveIntake
    case hintLeaveIntake
    case hintCancelEdit
    // The team's shared caseload
    case contextTeam, contextConflict
    case actionSync, actionConflicts, actionConflictHere, actionConflictTheirs, actionConflictSave
    case hintConflictHere, hintConflictTheirs, hintConflictSave

    public static func table(_ language: Language) -> [UIText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    private static let english: [UIText: String] = [
        .appTitle: "nareis · family reunification",
        .asOf: "as of {1}",
        .tooSmall: "Terminal too small: {1}x{2}.",
        .tooSmallNeed: "Needs at least {1}x{2}.",
        .noCases: "No cases in the store.",
        .noCasesFiltered: "No case matches.",
        .noDeadlines: "Nothing due in this window.",
        .noCaseOpen: "Select a case in the case list.",
        .problem: "Problem: {1}",
        .loading: "Loading…",
        .paneCases: "Cases",
        .paneTree: "Family",
        .paneDeadlines: "Deadlines",
        .paneDetail: "Detail",
        .paneHelp: "Keys",
        .casesTitle: "Cases ({1})",
        .casesTitleLimited: "Cases (first {1}; type more to narrow)",
        .deadlinesTitle: "Deadlines, next {1} days ({2})",
        .treeTitle: "Family · {1}",
        .detailTitle: "Detail · {1}",
        .columnCase: "Case",
        .columnSponsor: "Sponsor",
        .columnStage: "Stage",
        .columnNextDeadline: "Next due",
        .columnDaysLeft: "Days",
        .columnDocuments: "Docs",
        .sortLabel: "sort: {1}",
        .filterStage: "stage: {1}",
        .filterOverdue: "overdue only",
        .filterCounsellor: "counsellor: {1}",
        .searchLabel: "search: {1}",
        .searchPrompt: "Search: ",
        .sortNextDeadline: "next deadline",
        .sortName: "name",
        .sortLastChange: "last change",
        .overdueDays: "!! overdue {1}d",
        .dueToday: "!! due today",
        .daysLeft: "{1}d left",
        .noDeadline: "none",
        .columnDue: "Due",
        .columnMember: "Member",
        .columnWhat: "What",
        .columnRule: "Rule",
        .sponsorRole: "sponsor",
        .permitDecided: "permit {1}",
        .termEnds: "term ends {1}",
        .noTerm: "no application term",
        .minorAtApplication: "minor at asylum application",
        .ageUncertainSponsor: "age at asylum application uncertain",
        .ageBand: "age {1}",
        .ageBandUncertain: "age {1}? (uncertain)",
        .documents: "docs {1}/{2}",
        .fee: "€{1}",
        .feeUnknown: "fee: IND table",
        .notAssessed: "not assessed",
        .sectionChecklist: "Checklist ({1}/{2} complete)",
        .sectionDeadlines: "Deadlines",
        .sectionWarnings: "Warnings",
        .sectionWhy: "Why",
        .born: "born {1}",
        .nationality: "nationality {1}",
        .residence: "lives in {1}",
        .checklistDone: "[x]",
        .checklistOpen: "[ ]",
        .checklistUncertain: "(only if older: age uncertain)",
        .extendedDue: "extendable to {1}",
        .lastLegalDay: "legally until {1}",
        .excusable: "excusable (under 2 weeks late)",
        .doneOn: "done {1}",
        .noneRecorded: "none",
        .sponsorDetail: "Sponsor",
        .applicationDate: "asylum application {1}",
        .unaccompanied: "unaccompanied at application",
        .helpIntro: "Keys (Esc or ? closes this help)",
        .contextGlobal: "Everywhere",
        .contextLists: "In every pane",
        .contextCases: "Case list",
        .contextDeadlines: "Deadlines",
        .contextSearch: "While searching",
        .actionMoveUp: "Move up",
        .actionMoveDown: "Move down",
        .actionPageUp: "Page up",
        .actionPageDown: "Page down",
        .actionFirst: "Go to the first row",
        .actionLast: "Go to the last row",
        .actionNextPane: "Next pane",
        .actionPreviousPane: "Previous pane",
        .actionOpen: "Open: case to family, member to detail, deadline to its case",
        .actionBack: "Back: to the previous pane, or clear the search",
        .actionSearch: "Search names, V-numbers and case IDs as you type",
        .actionSort: "Sort by next deadline, name or last change",
        .actionStage: "Filter by stage (cycles)",
        .actionOverdue: "Show only cases with an overdue deadline",
        .actionCounsellor: "Filter by counsellor (cycles)",
        .actionClearFilters: "Clear filters and search",
        .actionWindow: "Deadline window: 7, 14, 30 or 90 days",
        .actionHelp: "Show or hide this help",
        .actionQuit: "Quit",
        .actionAcceptSearch: "Keep the search and go to the list",
        .actionCancelSearch: "Clear the search",
        .actionDeleteCharacter: "Delete the last character",
        .hintPanes: "panes",
        .hintOpen: "open",
        .hintBack: "back",
        .hintSearch: "search",
        .hintSort: "sort",
        .hintStage: "stage",
        .hintOverdue: "overdue",
        .hintWindow: "window",
        .hintHelp: "help",
        .hintQuit: "quit",
        .hintAccept: "keep",
        .hintCancel: "clear",
        .demoOffer: "The store {1} holds no cases. Fill it with {2} demo cases (synthetic families, no real people) to look around? [y/N] ",
        .demoAdding: "Adding {1} demo cases…",
        .demoAdded: "Added {1} demo cases.",
        .demoDeclined: "Opening the empty store. Add cases with nareis import FILE or nareis demo --cases N.",
        .contextCaseWork: "Family and detail panes: work on the open case",
        .contextEditor: "Typing in a field",
        .contextDocuments: "Documents of a member",
        .contextTasks: "Follow-up tasks",
        .contextNotes: "Notes of a case",
        .contextForm: "Intake form",
        .placeCases: "Case list",
        .placeTree: "Family tree",
        .placeDetail: "Member detail",
        .placeEvents: "Procedure events of a member",
        .placeEventDay: "The day of an event",
        .placeInvestigation: "A further investigation",
        .placeTaskEditor: "A new task",
        .placeNoteEditor: "A new note",
        .placeDrafts: "Saved drafts",
        .keyChainsTitle: "Which keys apply where",
        .keyChainsIntro: "Each pane and overlay looks a key up in these groups, in this order; the first match wins. Its footer shows the hints of the same groups.",
        .keyChainPlace: "where",
        .keyChainContexts: "groups, first match wins",
        .keyChainHelp: "The help (?) reads the keys of the pane under it.",
        .actionTasks: "Follow-up tasks across all cases (open ones by due date)",
        .actionNewIntake: "Take in a new case, or resume a saved draft",
        .actionRecordEvent: "Record a procedure event of the selected member",
        .actionDocuments: "The selected member's documents: status and sworn translation",
        .actionNotes: "Notes and history of the open case",
        .actionEditCase: "Edit the open case (sponsor and members) in the intake form",
        .actionEditLeft: "Cursor one character left",
        .actionEditRight: "Cursor one character right",
        .actionEditHome: "Cursor to the start of the field",
        .actionEditEnd: "Cursor to the end of the field",
        .actionEditBackspace: "Delete the character before the cursor",
        .actionEditDelete: "Delete the character under the cursor",
        .actionEditClear: "Clear the field",
        .actionEditSave: "Save what was typed",
        .actionEditCancel: "Cancel: keep what was stored",
        .actionStatusForward: "Document status one step forward, towards sent to IND",
        .actionStatusBack: "Step the document's status back",
        .actionStatusNotApplicable: "Mark the document not applicable (again: missing)",
        .actionStatusDoubted: "Mark the document doubted by the IND (again: sent to the IND)",
        .actionIom: "The family's IOM travel: its eight steps and the amounts in euros",
        .actionToggleIomStep: "Tick the IOM step done (again: not done); Enter on an amount types it",
        .contextTravel: "IOM travel",
        .placeIomAmount: "An IOM amount",
        .actionToggleTranslation: "Mark or unmark: sworn translation needed",
        .actionToggleTaskDone: "Mark the task done, or open again",
        .actionAddTask: "Add an own task to the open case (title, optional due date)",
        .actionAddNote: "Add a note to the case",
        .actionNextField: "Next field",
        .actionPreviousField: "Previous field",
        .actionNextStep: "Next step (sponsor, each member, review)",
        .actionPreviousStep: "Previous step",
        .actionAddMember: "Add a family member",
        .actionRemoveMember: "Remove the family member of this step",
        .actionSaveIntake: "Review, and save the case when nothing is wrong",
        .actionOpenKnownCase: "Review: open the case the family may already be in",
        .actionLeaveIntake: "Leave the form, keeping what was typed as a draft",
        .hintRecordEvent: "event",
        .hintDocuments: "documents",
        .hintNotes: "notes",
        .hintEditCase: "edit",
        .hintClear: "clear",
        .hintSave: "save",
        .hintStatusForward: "forward",
        .hintStatusBack: "back",
        .hintNotApplicable: "n/a",
        .hintDoubted: "doubted",
        .hintIom: "IOM",
        .hintTranslation: "translation",
        .hintDone: "done/undo",
        .hintAdd: "add",
        .hintNextField: "next field",
        .hintNextStep: "next step",
        .hintAddMember: "add member",
        .hintSaveIntake: "review/save",
        .hintLeaveIntake: "leave (draft)",
        .hintCancelEdit: "cancel",
        .contextTeam: "Team (shared caseload)",
        .contextConflict: "Conflict with a colleague",
        .actionSync: "Sync with the team: push this laptop's changes, pull the team's",
        .actionConflicts: "Choose between a colleague's change and this laptop's, field by field",
        .actionConflictHere: "Keep this laptop's value of the field",
        .actionConflictTheirs: "Take the colleague's value of the field",
        .actionConflictSave: "Save the choices of every field (then the next conflict)",
        .hintConflictHere: "here",
        .hintConflictTheirs: "colleague's",
        .hintConflictSave: "save choices",
    ]

    private static let dutch: [UIText: String] = [
        .appTitle: "nareis · gezinshereniging",
        .asOf: "peildatum {1}",
        .tooSmall: "Terminal te klein: {1}x{2}.",
        .tooSmallNeed: "Minstens {1}x{2} nodig.",
        .noCases: "Geen dossiers in de opslag.",
        .noCasesFiltered: "Geen dossier gevonden.",
        .noDeadlines: "Niets te doen in deze periode.",
        .noCaseOpen: "Kies een dossier in de lijst.",
        .problem: "Probleem: {1}",
        .loading: "Laden…",
        .paneCases: "Dossiers",
        .paneTree: "Gezin",
        .paneDeadlines: "Termijnen",
        .paneDetail: "Details",
        .paneHelp: "Toetsen",
        .casesTitle: "Dossiers ({1})",
        .casesTitleLimited: "Dossiers (eerste {1}; typ verder om te verfijnen)",
        .deadlinesTitle: "Termijnen, komende {1} dagen ({2})",
        .treeTitle: "Gezin · {1}",
        .detailTitle: "Details · {1}",
        .columnCase: "Dossier",
        .columnSponsor: "Referent",
        .columnStage: "Fase",
        .columnNextDeadline: "Eerstvolgend",
        .columnDaysLeft: "Dagen",
        .columnDocuments: "Docs",
        .sortLabel: "sortering: {1}",
        .filterStage: "fase: {1}",
        .filterOverdue: "alleen verlopen",
        .filterCounsellor: "begeleider: {1}",
        .searchLabel: "zoek: {1}",
        .searchPrompt: "Zoeken: ",
        .sortNextDeadline: "eerstvolgende termijn",
        .sortName: "naam",
        .sortLastChange: "laatste wijziging",
        .overdueDays: "!! {1}d verlopen",
        .dueToday: "!! vandaag",
        .daysLeft: "nog {1}d",
        .noDeadline: "geen",
        .columnDue: "Uiterlijk",
        .columnMember: "Gezinslid",
        .columnWhat: "Wat",
        .columnRule: "Regel",
        .sponsorRole: "referent",
        .permitDecided: "vergunning {1}",
        .termEnds: "termijn tot {1}",
        .noTerm: "geen aanvraagtermijn",
        .minorAtApplication: "minderjarig bij asielaanvraag",
        .ageUncertainSponsor: "leeftijd bij asielaanvraag onzeker",
        .ageBand: "leeftijd {1}",
        .ageBandUncertain: "leeftijd {1}? (onzeker)",
        .documents: "documenten {1}/{2}",
        .fee: "€ {1}",
        .feeUnknown: "leges: tabel IND",
        .notAssessed: "niet beoordeeld",
        .sectionChecklist: "Checklist ({1}/{2} compleet)",
        .sectionDeadlines: "Termijnen",
        .sectionWarnings: "Waarschuwingen",
        .sectionWhy: "Waarom",
        .born: "geboren {1}",
        .nationality: "nationaliteit {1}",
        .residence: "woont in {1}",
        .checklistDone: "[x]",
        .checklistOpen: "[ ]",
        .checklistUncertain: "(alleen als ouder: leeftijd onzeker)",
        .extendedDue: "te verlengen tot {1}",
        .lastLegalDay: "wettelijk tot {1}",
        .excusable: "verschoonbaar (minder dan 2 weken te laat)",
        .doneOn: "gedaan {1}",
        .noneRecorded: "geen",
        .sponsorDetail: "Referent",
        .applicationDate: "asielaanvraag {1}",
        .unaccompanied: "alleenstaand bij aanvraag",
        .helpIntro: "Toetsen (Esc of ? sluit deze hulp)",
        .contextGlobal: "Overal",
        .contextLists: "In elk paneel",
        .contextCases: "Dossierlijst",
        .contextDeadlines: "Termijnen",
        .contextSearch: "Tijdens zoeken",
        .actionMoveUp: "Omhoog",
        .actionMoveDown: "Omlaag",
        .actionPageUp: "Pagina omhoog",
        .actionPageDown: "Pagina omlaag",
        .actionFirst: "Naar de eerste regel",
        .actionLast: "Naar de laatste regel",
        .actionNextPane: "Volgend paneel",
        .actionPreviousPane: "Vorig paneel",
        .actionOpen: "Openen: dossier naar gezin, gezinslid naar details, termijn naar zijn dossier",
        .actionBack: "Terug: naar het vorige paneel, of zoekopdracht wissen",
        .actionSearch: "Zoek op namen, V-nummers en dossiernummers terwijl je typt",
        .actionSort: "Sorteer op eerstvolgende termijn, naam of laatste wijziging",
        .actionStage: "Filter op fase (wisselt)",
        .actionOverdue: "Alleen dossiers met een verlopen termijn",
        .actionCounsellor: "Filter op begeleider (wisselt)",
        .actionClearFilters: "Filters en zoekopdracht wissen",
        .actionWindow: "Termijnvenster: 7, 14, 30 of 90 dagen",
        .actionHelp: "Deze hulp tonen of verbergen",
        .actionQuit: "Afsluiten",
        .actionAcceptSearch: "Zoekopdracht houden en naar de lijst",
        .actionCancelSearch: "Zoekopdracht wissen",
        .actionDeleteCharacter: "Laatste teken wissen",
        .hintPanes: "panelen",
        .hintOpen: "open",
        .hintBack: "terug",
        .hintSearch: "zoek",
        .hintSort: "sorteer",
        .hintStage: "fase",
        .hintOverdue: "verlopen",
        .hintWindow: "venster",
        .hintHelp: "hulp",
        .hintQuit: "stop",
        .hintAccept: "houden",
        .hintCancel: "wissen",
        .demoOffer: "De opslag {1} bevat geen dossiers. Vullen met {2} demodossiers (verzonnen gezinnen, geen echte mensen) om rond te kijken? [j/N] ",
        .demoAdding: "{1} demodossiers toevoegen…",
        .demoAdded: "{1} demodossiers toegevoegd.",
        .demoDeclined: "De lege opslag wordt geopend. Voeg dossiers toe met nareis import BESTAND of nareis demo --cases N.",
        .contextCaseWork: "Familie en detail: werk aan het open dossier",
        .contextEditor: "Typen in een veld",
        .contextDocuments: "Documenten van een gezinslid",
        .contextTasks: "Vervolgtaken",
        .contextNotes: "Notities bij een dossier",
        .contextForm: "Intakeformulier",
        .placeCases: "Dossierlijst",
        .placeTree: "Gezinsboom",
        .placeDetail: "Details van een gezinslid",
        .placeEvents: "Procedurestappen van een gezinslid",
        .placeEventDay: "De datum van een stap",
        .placeInvestigation: "Een nader onderzoek",
        .placeTaskEditor: "Een nieuwe taak",
        .placeNoteEditor: "Een nieuwe notitie",
        .placeDrafts: "Bewaarde concepten",
        .keyChainsTitle: "Welke toetsen waar gelden",
        .keyChainsIntro: "Elk paneel en elk venster zoekt een toets op in deze groepen, in deze volgorde; de eerste treffer telt. De voettekst toont de hints van dezelfde groepen.",
        .keyChainPlace: "waar",
        .keyChainContexts: "groepen, eerste treffer telt",
        .keyChainHelp: "De hulp (?) leest de toetsen van het paneel eronder.",
        .actionTasks: "Vervolgtaken van alle dossiers (open taken op datum)",
        .actionNewIntake: "Nieuw dossier opnemen, of een bewaard concept hervatten",
        .actionRecordEvent: "Een stap in de procedure van het gekozen gezinslid vastleggen",
        .actionDocuments: "Documenten van het gekozen gezinslid: stand en beëdigde vertaling",
        .actionNotes: "Notities en geschiedenis van het open dossier",
        .actionEditCase: "Het open dossier wijzigen in het intakeformulier",
        .actionEditLeft: "Cursor één teken naar links",
        .actionEditRight: "Cursor één teken naar rechts",
        .actionEditHome: "Cursor naar het begin van het veld",
        .actionEditEnd: "Cursor naar het eind van het veld",
        .actionEditBackspace: "Het teken vóór de cursor wissen",
        .actionEditDelete: "Het teken onder de cursor wissen",
        .actionEditClear: "Het veld leegmaken",
        .actionEditSave: "Opslaan wat getypt is",
        .actionEditCancel: "Annuleren: laten zoals het was",
        .actionStatusForward: "Stand van het document een stap verder, richting naar IND",
        .actionStatusBack: "De stand van het document een stap terugzetten",
        .actionStatusNotApplicable: "Het document markeren als niet van toepassing (nogmaals: ontbreekt)",
        .actionStatusDoubted: "Het document markeren als betwijfeld door de IND (nogmaals: naar de IND gestuurd)",
        .actionIom: "De reis van het gezin via IOM: de acht stappen en de bedragen in euro",
        .actionToggleIomStep: "De IOM-stap afvinken (nogmaals: niet gedaan); Enter op een bedrag om het te typen",
        .contextTravel: "Reis via IOM",
        .placeIomAmount: "Een IOM-bedrag",
        .actionToggleTranslation: "Aan of uit: beëdigde vertaling nodig",
        .actionToggleTaskDone: "De taak afvinken, of weer openzetten",
        .actionAddTask: "Een eigen taak bij het open dossier toevoegen (titel, eventueel datum)",
        .actionAddNote: "Een notitie bij het dossier toevoegen",
        .actionNextField: "Volgend veld",
        .actionPreviousField: "Vorig veld",
        .actionNextStep: "Volgende stap (referent, elk gezinslid, controle)",
        .actionPreviousStep: "Vorige stap",
        .actionAddMember: "Een gezinslid toevoegen",
        .actionRemoveMember: "Het gezinslid van deze stap verwijderen",
        .actionSaveIntake: "Controleren, en het dossier opslaan als alles klopt",
        .actionOpenKnownCase: "Controle: het dossier openen waarin het gezin al kan staan",
        .actionLeaveIntake: "Het formulier verlaten; het getypte blijft bewaard als concept",
        .hintRecordEvent: "stap",
        .hintDocuments: "documenten",
        .hintNotes: "notities",
        .hintEditCase: "wijzig",
        .hintClear: "leeg",
        .hintSave: "opslaan",
        .hintStatusForward: "verder",
        .hintStatusBack: "terug",
        .hintNotApplicable: "n.v.t.",
        .hintDoubted: "betwijfeld",
        .hintIom: "IOM",
        .hintTranslation: "vertaling",
        .hintDone: "klaar/terug",
        .hintAdd: "toevoegen",
        .hintNextField: "volgend veld",
        .hintNextStep: "volgende stap",
        .hintAddMember: "gezinslid erbij",
        .hintSaveIntake: "controle/opslaan",
        .hintLeaveIntake: "verlaten (concept)",
        .hintCancelEdit: "annuleren",
        .contextTeam: "Team (gedeelde dossiers)",
        .contextConflict: "Botsing met een collega",
        .actionSync: "Synchroniseren met het team: wijzigingen van deze laptop versturen, die van het team binnenhalen",
        .actionConflicts: "Per veld kiezen tussen de wijziging van een collega en die van deze laptop",
        .actionConflictHere: "De waarde van deze laptop houden",
        .actionConflictTheirs: "De waarde van de collega nemen",
        .actionConflictSave: "De keuzes van alle velden opslaan (dan de volgende botsing)",
        .hintConflictHere: "hier",
        .hintConflictTheirs: "collega",
        .hintConflictSave: "keuzes opslaan",
    ]
}
