import NareisCore

/// The texts of the case summary (`nareis summary`).
public enum SummaryText: Catalogue {
    case title, assessedOn
    case sponsorHeading, familyHeading, feesHeading, tasksHeading
    case name, vNumber, nationality, permitGranted, applicationTermEnds, noApplicationTerm
    case minorAtAsylumApplication, yes, no, uncertain, counsellor, phone, email
    case relationship, ageBand, ageUncertain, eligibility, framework, fee, feeNotInSources, notAssessed
    case documents, documentUncertain, deadlines, deadlineLine, doneOn, extendableTo, lastLegalDay, excusable, notExcusable
    case warnings, none
    case investigation, investigationDetails, investigationAppointment
    case feesTotal, feesTotalPlusUnknown
    case taskDue, taskNoDue, wholeFamily

    public static func table(_ language: Language) -> [SummaryText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    /// Built once, not on every text asked for.
    private static let english: [SummaryText: String] = [
            .title: "Case summary {1}",
            .assessedOn: "Assessed on {1} (rules of {2})",
            .sponsorHeading: "Sponsor",
            .familyHeading: "Family members",
            .feesHeading: "Fees",
            .tasksHeading: "Open tasks",
            .name: "Name",
            .vNumber: "V-number",
            .nationality: "Nationality",
            .permitGranted: "Permit granted",
            .applicationTermEnds: "Application term ends",
            .noApplicationTerm: "no application term runs (subsequent application)",
            .minorAtAsylumApplication: "Minor when applying for asylum",
            .yes: "yes", .no: "no", .uncertain: "uncertain (partial birth date)",
            .counsellor: "Counsellor",
            .phone: "Telephone",
            .email: "E-mail",
            .relationship: "Relationship",
            .ageBand: "Age",
            .ageUncertain: "{1} (uncertain: partial birth date)",
            .eligibility: "Eligibility",
            .framework: "Framework",
            .fee: "IND fee",
            .investigation: "Further investigation",
            .investigationDetails: "{1}, {2}; IND letter of {3}",
            .investigationAppointment: "; appointment {1}",
            .feeNotInSources: "amount not in the sources (IND fee table)",
            .notAssessed: "not assessed",
            .documents: "Documents",
            .documentUncertain: "{1} (needed if the older age applies)",
            .deadlines: "Deadlines",
            .deadlineLine: "{1}: {2}, {3}",
            .doneOn: "done on {1}",
            .extendableTo: "extendable to {1}",
            .lastLegalDay: "legally runs to {1} (ATW-LAST-DAY)",
            .excusable: "lateness excusable (1 to 13 days)",
            .notExcusable: "lateness not excusable",
            .warnings: "Warnings",
            .none: "none",
            .feesTotal: "IND fees in total: {1}",
            .feesTotalPlusUnknown: "IND fees in total: {1}, plus fees not in the sources for {2}",
            .taskDue: "{1}: {2}, {3}",
            .taskNoDue: "{1}: no due date",
            .wholeFamily: "whole family",
        ]

    private static let dutch: [SummaryText: String] = [
            .title: "Dossieroverzicht {1}",
            .assessedOn: "Beoordeeld op {1} (regels van {2})",
            .sponsorHeading: "Referent",
            .familyHeading: "Gezinsleden",
            .feesHeading: "Leges",
            .tasksHeading: "Openstaande taken",
            .name: "Naam",
            .vNumber: "V-nummer",
            .nationality: "Nationaliteit",
            .permitGranted: "Vergunning verleend",
            .applicationTermEnds: "Aanvraagtermijn eindigt",
            .noApplicationTerm: "er loopt geen aanvraagtermijn (vervolgaanvraag)",
            .minorAtAsylumApplication: "Minderjarig bij de asielaanvraag",
            .yes: "ja", .no: "nee", .uncertain: "onzeker (onvolledige geboortedatum)",
            .counsellor: "Begeleider",
            .phone: "Telefoonnummer",
            .email: "E-mailadres",
            .relationship: "Relatie",
            .ageBand: "Leeftijd",
            .ageUncertain: "{1} (onzeker: onvolledige geboortedatum)",
            .eligibility: "Gezinsband",
            .framework: "Beleidskader",
            .fee: "Leges IND",
            .investigation: "Nader onderzoek",
            .investigationDetails: "{1}, {2}; brief van de IND van {3}",
            .investigationAppointment: "; afspraak {1}",
            .feeNotInSources: "bedrag staat niet in de bronnen (legestabel IND)",
            .notAssessed: "niet beoordeeld",
            .documents: "Documenten",
            .documentUncertain: "{1} (nodig als de hogere leeftijd geldt)",
            .deadlines: "Termijnen",
            .deadlineLine: "{1}: {2}, {3}",
            .doneOn: "gedaan op {1}",
            .extendableTo: "verlengbaar tot {1}",
            .lastLegalDay: "loopt wettelijk tot {1} (ATW-LAST-DAY)",
            .excusable: "te laat, maar verschoonbaar (1 tot 13 dagen)",
            .notExcusable: "te laat en niet verschoonbaar",
            .warnings: "Waarschuwingen",
            .none: "geen",
            .feesTotal: "Leges IND in totaal: {1}",
            .feesTotalPlusUnknown: "Leges IND in totaal: {1}, plus leges die niet in de bronnen staan voor {2}",
            .taskDue: "{1}: {2}, {3}",
            .taskNoDue: "{1}: geen uiterste datum",
            .wholeFamily: "hele gezin",
        ]
}
