import NareisCore

/// The words of `nareis check`. Lines about the audit trail name a line by its
/// number, time and action only: the trail holds no personal data, and neither do they.
public enum CheckText: Catalogue {
    case problems, unreadableCase, searchIndex, caseTotal, deadlineCounts
    case sound, readBack
    case chainIntact, chainEmpty
    case chainUnsealed, chainLinesMissing, chainFirstLinesMissing, chainMismatch

    public static func table(_ language: Language) -> [CheckText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    private static let english: [CheckText: String] = [
        .problems: "{1} has problems; restore a backup (nareis restore) or keep a copy before changing anything:",
        .unreadableCase: "case {1} does not read back as a case file",
        .searchIndex: "the search index does not match the cases (rebuild needed)",
        .caseTotal: "the number of cases kept for the case list ({1}) is not the number stored ({2})",
        .deadlineCounts: "the numbers of deadlines kept for the deadlines pane are wrong for {1} due day(s)",
        .sound: "{1}: sound ({2} cases; integrity, foreign keys, search index, case documents and audit trail checked{3})",
        .readBack: ", every case read back",
        .chainIntact: "audit trail: {1} lines, chained without a break; last hash {2} (noted elsewhere, it shows later whether lines were cut off the end)",
        .chainEmpty: "audit trail: no lines yet",
        .chainUnsealed: "audit line {1} ({2}, {3}) has no hash of the chain: it was put there outside nareis",
        .chainLinesMissing: "audit line {1} ({2}, {3}) does not follow line {4}: the lines between were removed",
        .chainFirstLinesMissing: "audit line {1} ({2}, {3}) is the first but not line 1: the lines before it were removed",
        .chainMismatch: "audit line {1} ({2}, {3}) does not match the chain: it or the line before it was changed, or it was put there outside nareis",
    ]

    private static let dutch: [CheckText: String] = [
        .problems: "{1} heeft problemen; zet een reservekopie terug (nareis restore) of bewaar eerst een kopie voordat u iets wijzigt:",
        .unreadableCase: "dossier {1} is niet terug te lezen als dossierbestand",
        .searchIndex: "de zoekindex klopt niet met de dossiers (opnieuw opbouwen nodig)",
        .caseTotal: "het aantal dossiers dat voor de dossierlijst is bijgehouden ({1}) is niet het aantal opgeslagen dossiers ({2})",
        .deadlineCounts: "de aantallen termijnen die voor het termijnenoverzicht zijn bijgehouden kloppen niet voor {1} vervaldag(en)",
        .sound: "{1}: in orde ({2} dossiers; integriteit, verwijzingen, zoekindex, dossierdocumenten en auditlogboek gecontroleerd{3})",
        .readBack: ", elk dossier teruggelezen",
        .chainIntact: "auditlogboek: {1} regels, ononderbroken aaneengeschakeld; laatste hash {2} (elders genoteerd toont die later of er regels van het eind zijn verwijderd)",
        .chainEmpty: "auditlogboek: nog geen regels",
        .chainUnsealed: "auditregel {1} ({2}, {3}) heeft geen hash van de keten: hij is buiten nareis om toegevoegd",
        .chainLinesMissing: "auditregel {1} ({2}, {3}) volgt niet op regel {4}: de regels daartussen zijn verwijderd",
        .chainFirstLinesMissing: "auditregel {1} ({2}, {3}) is de eerste maar niet regel 1: de regels ervoor zijn verwijderd",
        .chainMismatch: "auditregel {1} ({2}, {3}) past niet in de keten: hij of de regel ervoor is gewijzigd, of hij is buiten nareis om toegevoegd",
    ]
}
