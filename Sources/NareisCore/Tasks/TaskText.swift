/// Titles of the follow-up tasks and IOM steps, in every interface language.
public enum TaskText: String, Catalogue {
    case fileApplication, completeApplication, fileObjection, mvvAppointment, travel, reportToIND
    case iomConsultation, iomTravelAssistance, refugeeFund, coaReception, indAppointment, tbTest, brpRegistration
    case collectPermit, prepareInvestigation, unhcrVideoInterview
    case iomStepRequest, iomStepEstimate, iomStepPay, iomStepConfirmation
    case iomStepContact, iomStepDocuments, iomStepInformed, iomStepSettle

    public init(_ id: TaskTemplate.ID) {
        switch id {
        case .fileApplication: self = .fileApplication
        case .completeApplication: self = .completeApplication
        case .fileObjection: self = .fileObjection
        case .mvvAppointment: self = .mvvAppointment
        case .travel: self = .travel
        case .reportToIND: self = .reportToIND
        case .iomConsultation: self = .iomConsultation
        case .iomTravelAssistance: self = .iomTravelAssistance
        case .refugeeFund: self = .refugeeFund
        case .coaReception: self = .coaReception
        case .indAppointment: self = .indAppointment
        case .tbTest: self = .tbTest
        case .brpRegistration: self = .brpRegistration
        case .collectPermit: self = .collectPermit
        case .prepareInvestigation: self = .prepareInvestigation
        case .unhcrVideoInterview: self = .unhcrVideoInterview
        }
    }

    public static func table(_ language: Language) -> [TaskText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    private static let english: [TaskText: String] = [
        .fileApplication: "File the application (an incomplete one in time secures the term of {1})",
        .completeApplication: "Complete the application as the rectification letter asks",
        .fileObjection: "Lodge an objection (bezwaar) against the negative decision",
        .mvvAppointment: "Make the MVV appointment at the Dutch representation",
        .travel: "Travel to the Netherlands while the MVV is valid",
        .reportToIND: "Report at the IND (by appointment) within {1} of arrival",
        .iomConsultation: "Consult IOM before departure (fixed fee of {1} per family)",
        .iomTravelAssistance: "Request IOM travel assistance (online form)",
        .refugeeFund: "Ask VluchtelingenWerk's Refugee Fund (Vluchtelingenfonds) about travel costs",
        .coaReception: "E-mail COA for reception (after booking, before departure)",
        .indAppointment: "Book the IND registration appointment (after booking, before departure)",
        .tbTest: "TB test at COA reception, or by appointment at the GGD",
        .brpRegistration: "Register at the municipality (BRP) with the IND's letter",
        .collectPermit: "Collect the residence permit at an IND desk (by appointment, after the IND's letter)",
        .prepareInvestigation: "Prepare the family for the IND's further investigation (DNA test or interview): what to bring, who attends",
        .unhcrVideoInterview: "Video interview: the UNHCR office arranges the link and accompanies the family member; agree the day with UNHCR",
        .iomStepRequest: "Send the IOM application form",
        .iomStepEstimate: "Receive IOM's cost estimate (within days)",
        .iomStepPay: "Agree and transfer the full amount to IOM",
        .iomStepConfirmation: "Receive IOM's confirmation of payment",
        .iomStepContact: "IOM in the country of departure contacts the family",
        .iomStepDocuments: "IOM verifies travel documents and books the journey",
        .iomStepInformed: "IOM informs the sponsor of the travel arrangements",
        .iomStepSettle: "Settle the actual costs with IOM after the journey",
    ]

    private static let dutch: [TaskText: String] = [
        .fileApplication: "Dien de aanvraag in (een onvolledige aanvraag op tijd houdt de termijn van {1} vast)",
        .completeApplication: "Vul de aanvraag aan zoals de herstelverzuimbrief vraagt",
        .fileObjection: "Maak bezwaar tegen de negatieve beslissing",
        .mvvAppointment: "Maak de mvv-afspraak bij de Nederlandse vertegenwoordiging",
        .travel: "Reis naar Nederland zolang de mvv geldig is",
        .reportToIND: "Meld je binnen {1} na aankomst bij de IND (op afspraak)",
        .iomConsultation: "Raadpleeg IOM voor vertrek (vast bedrag van {1} per gezin)",
        .iomTravelAssistance: "Vraag reisondersteuning aan bij IOM (online formulier)",
        .refugeeFund: "Vraag het Vluchtelingenfonds van VluchtelingenWerk naar de reiskosten",
        .coaReception: "Mail het COA voor opvang (na het boeken, vóór vertrek)",
        .indAppointment: "Maak de registratieafspraak bij de IND (na het boeken, vóór vertrek)",
        .tbTest: "Tbc-onderzoek bij de COA-opvang, of op afspraak bij de GGD",
        .brpRegistration: "Inschrijven bij de gemeente (BRP) met de brief van de IND",
        .collectPermit: "Verblijfsvergunning ophalen aan een IND-loket (op afspraak, na de brief van de IND)",
        .prepareInvestigation: "Bereid de familie voor op het nader onderzoek van de IND (DNA-test of gehoor): wat meenemen, wie gaat mee",
        .unhcrVideoInterview: "Video-interview: het UNHCR-kantoor regelt de verbinding en begeleidt het gezinslid; spreek de dag af met UNHCR",
        .iomStepRequest: "Stuur het aanvraagformulier naar IOM",
        .iomStepEstimate: "Ontvang de kostenraming van IOM (binnen enkele dagen)",
        .iomStepPay: "Ga akkoord en maak het volledige bedrag over aan IOM",
        .iomStepConfirmation: "Ontvang de betalingsbevestiging van IOM",
        .iomStepContact: "IOM in het land van vertrek neemt contact op met de familie",
        .iomStepDocuments: "IOM controleert de reisdocumenten en boekt de reis",
        .iomStepInformed: "IOM informeert de referent over de reis",
        .iomStepSettle: "Reken na de reis de werkelijke kosten af met IOM",
    ]
}

extension TaskText {
    /// The title of a follow-up task in `language`, with the figures it names (a term,
    /// an amount) taken from the rule book's version in force on `day` (the task's due
    /// day; without one, the newest version): never written into the text.
    public static func title(_ template: TaskTemplate.ID, _ language: Language, on day: Day? = nil,
                             book: RuleBook = .standard) -> String {
        let text = TaskText(template)
        switch template {
        case .fileApplication: return text.text(language, book.applicationTerm.version(on: day).figures.text(language))
        case .reportToIND: return text.text(language, book.registration.version(on: day).figures.text(language))
        case .iomConsultation: return text.text(language, book.iomConsultation.version(on: day).figures.text(language))
        default: return text.text(language)
        }
    }
}
