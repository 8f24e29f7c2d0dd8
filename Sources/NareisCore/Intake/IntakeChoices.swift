/// A choice field's values in the interface language, and what a counsellor types
/// for one: never the stored code. `gehuwd`, `geh`, `married` and `m` all pick
/// `married`; yes/no takes j/n and y/n.
extension IntakeField {
    /// The stored values a choice or yes/no field offers, in order.
    public var choices: [String] {
        switch kind {
        case .choice(let values): return values
        case .yesNo: return ["yes", "no"]
        default: return []
        }
    }

    /// A stored value in `language` ("married" -> "gehuwd").
    public func label(of value: String, _ language: Language) -> String {
        func word<T: DomainWords & RawRepresentable>(_ type: T.Type) -> String? where T.RawValue == String {
            T(rawValue: value).map { $0.text(language, .short) }
        }
        let text: String?
        switch key {
        case "relationship": text = word(Relationship.self)
        case "partner.kind": text = word(PartnerDetails.Kind.self)
        case "child.kind": text = word(ChildDetails.Kind.self)
        case "parent.kind": text = word(ParentDetails.Kind.self)
        case "child.otherParent", "sibling.otherParent": text = word(OtherParent.self)
        case "housing": text = word(Housing.self)
        case "permit.kind": text = word(Permit.Kind.self)
        case "permit.status": text = word(Permit.Status.self)
        default: text = kind == .yesNo ? YesNoWord(rawValue: value)?.text(language, .short) : nil
        }
        return text ?? value
    }

    /// The stored value `typed` picks: a value, or the label in either language, that
    /// is it or else starts with it (case and accents aside); the first in order when
    /// several do. A picked label shown in the field reads back as its own value.
    public func choice(typed: String) -> String? {
        let text = typed.trimmingWhitespace.foldedKey
        guard !text.isEmpty else { return nil }
        if kind == .yesNo, let short = ["j": "yes", "y": "yes", "n": "no"][text] { return short }
        func names(_ value: String) -> [String] { ([value] + Language.allCases.map { label(of: value, $0) }).map(\.foldedKey) }
        return choices.first { names($0).contains(text) } ?? choices.first { names($0).contains { $0.hasPrefix(text) } }
    }

    /// The value after (`step` 1) or before (-1) `value` in the list, wrapping; the
    /// first (or last) when `value` is none of them.
    public func choice(after value: String?, step: Int) -> String? {
        guard !choices.isEmpty else { return nil }
        guard let value, let index = choices.firstIndex(of: value) else { return step > 0 ? choices.first : choices.last }
        return choices[(index + step + choices.count) % choices.count]
    }
}

/// Yes and no, as a form offers them.
public enum YesNoWord: String, DomainWords {
    case yes, no

    public static func words(_ language: Language) -> [YesNoWord: Words] {
        switch language {
        case .en: return [.yes: Words("yes"), .no: Words("no")]
        case .nl: return [.yes: Words("ja"), .no: Words("nee")]
        }
    }
}
