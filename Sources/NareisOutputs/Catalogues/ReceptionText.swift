import NareisCore

/// The texts of the e-mail asking the COA for reception (PROC-COA) and of its refusal.
public enum ReceptionText: Catalogue {
    case to, subjectLabel, subject, greeting, request, sponsorHeading, name, phone, email
    case membersHeading, memberLine, arrival, arrivalPerMember, confirmation, closing
    case refusalHeading, notYetKnown
    case whyName, whyLatinName, whyPhone, whyEmail, whyVNumber, whyArrival, noTravellers, notAnEmail, ownHousing

    public static func table(_ language: Language) -> [ReceptionText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    /// Built once, not on every text asked for.
    private static let english: [ReceptionText: String] = [
            .to: "To", .subjectLabel: "Subject",
            .subject: "Request for reception of travelling family members ({1})",
            .greeting: "Dear COA,",
            .request: "I ask for reception for my family members who are travelling to the Netherlands (family reunification, nareis).",
            .sponsorHeading: "My details",
            .name: "First name and surname", .phone: "Telephone number", .email: "E-mail address",
            .membersHeading: "My travelling family members",
            .memberLine: "{1}, V-number {2}",
            .arrival: "Date of arrival in the Netherlands: {1}",
            .arrivalPerMember: "{1}, V-number {2}, arriving on {3}",
            .confirmation: "Please confirm where the reception will be.",
            .closing: "Kind regards,",
            .refusalHeading: "The e-mail to the COA cannot be drafted yet:",
            .notYetKnown: "{1}: not yet known ({2})",
            .whyName: "the COA needs the first name and surname",
            .whyLatinName: "the name is not in Latin letters; the COA needs the spelling on the documents",
            .whyPhone: "the COA needs the sponsor's telephone number",
            .whyEmail: "the COA needs the sponsor's e-mail address, or the counsellor's",
            .whyVNumber: "the COA needs every travelling member's V-number",
            .whyArrival: "the COA needs the date of arrival in the Netherlands",
            .noTravellers: "members: no one is travelling (a member travels once the IND has decided positively and until the arrival is recorded)",
            .notAnEmail: "{1}: \"{2}\" is not an e-mail address (expected name@domain)",
            .ownHousing: "{1}: \"suitable\": the COA arranges reception only for a sponsor in COA or Nidos reception or without housing suitable for everyone; make the IND appointment instead (PROC-IND-APPOINTMENT)",
        ]

    private static let dutch: [ReceptionText: String] = [
            .to: "Aan", .subjectLabel: "Onderwerp",
            .subject: "Verzoek om opvang van nareizende gezinsleden ({1})",
            .greeting: "Beste medewerker van het COA,",
            .request: "Ik vraag opvang aan voor mijn gezinsleden die naar Nederland reizen (nareis).",
            .sponsorHeading: "Mijn gegevens",
            .name: "Voornaam en achternaam", .phone: "Telefoonnummer", .email: "E-mailadres",
            .membersHeading: "Mijn nareizende gezinsleden",
            .memberLine: "{1}, V-nummer {2}",
            .arrival: "Datum van aankomst in Nederland: {1}",
            .arrivalPerMember: "{1}, V-nummer {2}, aankomst op {3}",
            .confirmation: "Wilt u bevestigen waar de opvang zal zijn?",
            .closing: "Met vriendelijke groet,",
            .refusalHeading: "De e-mail aan het COA kan nog niet worden opgesteld:",
            .notYetKnown: "{1}: nog niet bekend ({2})",
            .whyName: "het COA heeft de voornaam en achternaam nodig",
            .whyLatinName: "de naam staat niet in Latijnse letters; het COA heeft de spelling van de documenten nodig",
            .whyPhone: "het COA heeft het telefoonnummer van de referent nodig",
            .whyEmail: "het COA heeft het e-mailadres van de referent nodig, of dat van de begeleider",
            .whyVNumber: "het COA heeft het V-nummer van elk nareizend gezinslid nodig",
            .whyArrival: "het COA heeft de datum van aankomst in Nederland nodig",
            .noTravellers: "members: er reist niemand (een gezinslid reist zodra de IND positief heeft beslist, tot de aankomst is vastgelegd)",
            .notAnEmail: "{1}: \"{2}\" is geen e-mailadres (verwacht: naam@domein)",
            .ownHousing: "{1}: \"suitable\": het COA regelt alleen opvang voor een referent in de opvang van het COA of Nidos, of zonder woning die geschikt is voor iedereen; maak in plaats daarvan de afspraak bij de IND (PROC-IND-APPOINTMENT)",
        ]
}
