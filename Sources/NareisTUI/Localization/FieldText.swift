import NareisCore

/// The label of each intake question, by its path in the case file (`permit.kind`).
public enum FieldText: String, Catalogue {
    case name
    case latinName
    case vNumber
    case birthDate
    case nationality
    case asylumApplicationDate
    case unaccompaniedAtApplication
    case permitKind = "permit.kind"
    case permitStatus = "permit.status"
    case permitDecisionDate = "permit.decisionDate"
    case subsequentApplication
    case counsellor
    case phone
    case email
    case housing
    case relationship
    case residence
    case familyBeforeEntry
    case partnerKind = "partner.kind"
    case childKind = "child.kind"
    case childOtherParent = "child.otherParent"
    case childBioParentsDeceased = "child.bioParentsDeceased"
    case youngAdultLived = "child.youngAdult.livedWithFamilyAtEntry"
    case youngAdultIncome = "child.youngAdult.ownIncome"
    case youngAdultFamily = "child.youngAdult.ownFamily"
    case youngAdultBeyondControl = "child.youngAdult.beyondControl"
    case parentKind = "parent.kind"
    case siblingOtherParent = "sibling.otherParent"

    public static func table(_ language: Language) -> [FieldText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    private static let english: [FieldText: String] = [
        .name: "Name (original script)",
        .latinName: "Name in Latin letters",
        .vNumber: "V-number",
        .birthDate: "Birth date",
        .nationality: "Nationality",
        .asylumApplicationDate: "Asylum application date",
        .unaccompaniedAtApplication: "Unaccompanied minor at application",
        .permitKind: "Permit kind",
        .permitStatus: "Permit status",
        .permitDecisionDate: "Permit decision date",
        .subsequentApplication: "Subsequent asylum application",
        .counsellor: "Counsellor (office)",
        .phone: "Phone",
        .email: "E-mail",
        .housing: "Housing",
        .relationship: "Relationship to the sponsor",
        .residence: "Country of residence",
        .familyBeforeEntry: "Family before the sponsor's entry",
        .partnerKind: "Partner: kind of relationship",
        .childKind: "Child: kind (biological, adopted, foster)",
        .childOtherParent: "Child: the other parent",
        .childBioParentsDeceased: "Foster child: birth parents deceased",
        .youngAdultLived: "Young adult: lived with the family at entry",
        .youngAdultIncome: "Young adult: own income",
        .youngAdultFamily: "Young adult: own family",
        .youngAdultBeyondControl: "Young adult: beyond the family's control",
        .parentKind: "Parent: kind",
        .siblingOtherParent: "Sibling: the other parent",
    ]

    private static let dutch: [FieldText: String] = [
        .name: "Naam (oorspronkelijk schrift)",
        .latinName: "Naam in Latijnse letters",
        .vNumber: "V-nummer",
        .birthDate: "Geboortedatum",
        .nationality: "Nationaliteit",
        .asylumApplicationDate: "Datum asielaanvraag",
        .unaccompaniedAtApplication: "Alleenstaand minderjarig bij aanvraag",
        .permitKind: "Soort verblijfsvergunning",
        .permitStatus: "Status vergunning",
        .permitDecisionDate: "Datum besluit vergunning",
        .subsequentApplication: "Opvolgende asielaanvraag",
        .counsellor: "Begeleider (vestiging)",
        .phone: "Telefoon",
        .email: "E-mail",
        .housing: "Huisvesting",
        .relationship: "Relatie tot de referent",
        .residence: "Land van verblijf",
        .familyBeforeEntry: "Gezin al vóór inreis referent",
        .partnerKind: "Partner: soort relatie",
        .childKind: "Kind: soort (biologisch, adoptie, pleeg)",
        .childOtherParent: "Kind: de andere ouder",
        .childBioParentsDeceased: "Pleegkind: biologische ouders overleden",
        .youngAdultLived: "Jongvolwassene: woonde bij het gezin bij inreis",
        .youngAdultIncome: "Jongvolwassene: eigen inkomen",
        .youngAdultFamily: "Jongvolwassene: eigen gezin",
        .youngAdultBeyondControl: "Jongvolwassene: buiten het gezin om",
        .parentKind: "Ouder: soort",
        .siblingOtherParent: "Broer/zus: de andere ouder",
    ]
}
