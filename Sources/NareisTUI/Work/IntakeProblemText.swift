import NareisCore

/// A field's problem in the interface language. The case-file reader checks the
/// draft (one set of rules for imports and the form) and names what is wrong in
/// English, for files; the form knows its field's kind and the answer typed, and
/// says it again in the counsellor's language with the form the field takes
/// (dates as people write them, countries by name, choices by word).
enum IntakeProblemText {
    static func text(_ field: IntakeField, answer: String, _ language: Language) -> String {
        let typed = answer.trimmingWhitespace
        guard !typed.isEmpty else { return WorkText.fieldMissing.text(language) }
        let quoted = "\u{201C}" + String(typed.prefix(40)) + (typed.count > 40 ? "…" : "") + "\u{201D}"
        switch field.kind {
        case .fullDate, .birthDate:
            return WorkText.notADate.text(language, quoted, expected(field, language))
        case .country:
            return WorkText.notACountry.text(language, quoted, expected(field, language))
        case .choice, .yesNo:
            return WorkText.notAChoice.text(language, quoted, expected(field, language))
        case .identifier:
            return WorkText.notAnIdentifier.text(language, quoted)
        case .text:
            let limit = CaseFileReader.Limits.textLength
            return typed.count > limit ? WorkText.textTooLong.text(language, typed.count, limit) : WorkText.textRefused.text(language)
        }
    }

    /// The form a field takes, shown under it while it is being filled in and
    /// named when an answer is refused.
    static func expected(_ field: IntakeField, _ language: Language) -> String {
        switch field.kind {
        case .fullDate: return WorkText.fullDateFormat.text(language)
        case .birthDate: return WorkText.birthDateFormat.text(language)
        case .country: return WorkText.countryFormat.text(language)
        case .yesNo: return WorkText.yesNo.text(language)
        case .choice(let values): return WorkText.oneOf.text(language, values.map { field.label(of: $0, language) }.joined(separator: ", "))
        case .text, .identifier: return field.required ? WorkText.required.text(language) : ""
        }
    }
}
