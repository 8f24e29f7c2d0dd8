/// The questions of the intake, one per case-file field, in the order a counsellor
/// asks them. Each knows its path in the case file, so the intake is validated by the
/// same reader that checks imported files: one set of rules, one set of messages.
public struct IntakeField: Hashable, Sendable, Identifiable {
    public enum Kind: Hashable, Sendable {
        case text, identifier, fullDate, birthDate, country
        case yesNo
        case choice([String])
    }

    /// The field's path below its object (`birthDate`, `permit.kind`, `child.youngAdult.ownIncome`).
    public let key: String
    public let kind: Kind
    public let required: Bool

    public var id: String { key }

    init(_ key: String, _ kind: Kind, required: Bool = false) {
        self.key = key
        self.kind = kind
        self.required = required
    }

    private static func choices<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> Kind where T.RawValue == String {
        .choice(T.allCases.map(\.rawValue))
    }

    public static let sponsorFields: [IntakeField] = [
        IntakeField("name", .text, required: true),
        IntakeField("latinName", .text),
        IntakeField("vNumber", .identifier),
        IntakeField("birthDate", .birthDate, required: true),
        IntakeField("nationality", .country, required: true),
        IntakeField("asylumApplicationDate", .fullDate, required: true),
        IntakeField("unaccompaniedAtApplication", .yesNo),
        IntakeField("permit.kind", choices(Permit.Kind.self), required: true),
        IntakeField("permit.status", choices(Permit.Status.self)),
        IntakeField("permit.decisionDate", .fullDate, required: true),
        IntakeField("subsequentApplication", .yesNo),
        IntakeField("counsellor", .text),
        IntakeField("phone", .text),
        IntakeField("email", .text),
        IntakeField("housing", choices(Housing.self)),
    ]

    /// Every member field; `memberFields(for:)` gives those that apply to a relationship.
    /// What every member needs comes first (relationship, name, birth date, then the
    /// relationship's questions); then where they live, and last what is often
    /// blank at an intake or the same as the sponsor's (nationality, filled in from
    /// the sponsor; a Latin spelling; a V-number before filing), so that the
    /// counsellor moves on to the next member (Ctrl-N) once the rest is as shown.
    public static let memberFields: [IntakeField] = [
        IntakeField("relationship", choices(Relationship.self), required: true),
        IntakeField("name", .text, required: true),
        IntakeField("birthDate", .birthDate, required: true),
        IntakeField("partner.kind", choices(PartnerDetails.Kind.self)),
        IntakeField("child.kind", choices(ChildDetails.Kind.self)),
        IntakeField("child.otherParent", choices(OtherParent.self)),
        IntakeField("child.bioParentsDeceased", .yesNo),
        IntakeField("child.youngAdult.livedWithFamilyAtEntry", .yesNo),
        IntakeField("child.youngAdult.ownIncome", .yesNo),
        IntakeField("child.youngAdult.ownFamily", .yesNo),
        IntakeField("child.youngAdult.beyondControl", .yesNo),
        IntakeField("parent.kind", choices(ParentDetails.Kind.self)),
        IntakeField("sibling.otherParent", choices(OtherParent.self)),
        IntakeField("residence", .country),
        IntakeField("familyBeforeEntry", .yesNo),
        IntakeField("nationality", .country, required: true),
        IntakeField("latinName", .text),
        IntakeField("vNumber", .identifier),
    ]

    /// The member fields a form asks for a member with these `answers` on `day`: those
    /// of the relationship, and of those only the questions that apply. Young-adult
    /// questions for a child who is 18 or older (or may be, by a partial birth date);
    /// whether the biological parents died only for a foster child; the other parent
    /// only for a minor (or one who may be). A birth date not (yet) read asks everything.
    public static func memberFields(for answers: [String: String], on day: Day,
                                    book: RuleBook = .standard) -> [IntakeField] {
        let relationship = answers["relationship"].flatMap(Relationship.init(rawValue:))
        let ages = answers["birthDate"].flatMap(DateInput.partialDate)?.ageRange(on: day)
        let majority = book.child.on(day).figures.years
        let mayBeAdult = ages.map { $0.upperBound >= majority } ?? true
        let mayBeMinor = ages.map { $0.lowerBound < majority } ?? true
        return memberFields(for: relationship).filter { field in
            if field.key.hasPrefix("child.youngAdult.") { return mayBeAdult }
            if field.key == "child.bioParentsDeceased" { return answers["child.kind"] == ChildDetails.Kind.foster.rawValue }
            if field.key.hasSuffix(".otherParent") { return mayBeMinor }
            return true
        }
    }

    /// The member fields that apply to `relationship` (the details of other
    /// relationships are not asked, and the reader would refuse them).
    public static func memberFields(for relationship: Relationship?) -> [IntakeField] {
        memberFields.filter { field in
            let group = field.key.split(separator: ".").first.map(String.init) ?? field.key
            switch group {
            case "partner": return relationship == .partner
            case "child": return relationship == .child
            case "parent": return relationship == .parent
            case "sibling": return relationship == .sibling
            default: return true
            }
        }
    }
}
