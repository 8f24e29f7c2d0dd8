/// The two forms of a domain word: `short` for screen columns and lists, `long` for
/// documents and sentences ("broer/zus" and "broer of zus").
public enum WordForm: Sendable, CaseIterable {
    case short, long
}

/// One value's text in one language, in both forms (the same text where one form fits both).
public struct Words: Hashable, Sendable {
    public let short: String
    public let long: String

    public init(_ short: String, _ long: String) {
        self.short = short
        self.long = long
    }

    /// One text for both forms.
    public init(_ both: String) { self.init(both, both) }

    public subscript(form: WordForm) -> String { form == .short ? short : long }
}

/// The catalogue of domain words: every value the rules and the case file name
/// (relationship, eligibility, stage, document, checklist item, reason, deadline,
/// warning, …) with a short and a long form in every language. The screens and the
/// outputs read these entries, so each domain word is written once (Domain/Words/).
///
/// Texts may hold numbered placeholders `{1}`, `{2}`, … like every `Catalogue`;
/// the rules fill them from their own data (an age limit, a term), never a literal.
public protocol DomainWords: CaseIterable, Hashable, Sendable {
    static func words(_ language: Language) -> [Self: Words]
}

extension DomainWords {
    /// The text in `language` and `form`, with `{1}`, `{2}`, … replaced by `arguments`.
    /// Falls back to English, then to the value's name, so a gap never crashes a screen.
    public func text(_ language: Language, _ form: WordForm, _ arguments: [String] = []) -> String {
        let words = Self.words(language)[self] ?? Self.words(.en)[self]
        return Template.fill(words?[form] ?? String(describing: self), arguments)
    }

    /// The short form, for screen columns and lists.
    public func short(_ language: Language, _ arguments: CustomStringConvertible...) -> String {
        text(language, .short, arguments.map(\.description))
    }

    /// The long form, for documents and sentences.
    public func long(_ language: Language, _ arguments: CustomStringConvertible...) -> String {
        text(language, .long, arguments.map(\.description))
    }

    /// Every (language, value) without an entry: empty when complete.
    public static func missingTranslations() -> [(Language, Self)] {
        Language.allCases.flatMap { language in
            let table = words(language)
            return allCases.filter { table[$0] == nil }.map { (language, $0) }
        }
    }

    /// Values whose placeholders in one form differ between languages (a translation
    /// that drops or invents an argument): empty when consistent.
    public static func placeholderMismatches() -> [Self] {
        allCases.filter { key in
            WordForm.allCases.contains { form in
                Set(Language.allCases.map { Template.placeholders(in: words($0)[key]?[form] ?? "") }).count > 1
            }
        }
    }

    /// Every text of the catalogue in `language`, both forms (for tests that look
    /// for one language's words on another's screen).
    public static func allTexts(_ language: Language) -> [(key: Self, form: WordForm, text: String)] {
        let table = words(language)
        return allCases.flatMap { key in
            WordForm.allCases.compactMap { form in table[key].map { (key, form, $0[form]) } }
        }
    }
}

/// A domain word of a code list known by its string ID (a checklist item, a
/// deadline), falling back to the ID itself for a code this version does not know.
extension DomainWords where Self: RawRepresentable, RawValue == String {
    public static func text(of id: String, _ language: Language, _ form: WordForm, _ arguments: [String] = []) -> String {
        Self(rawValue: id)?.text(language, form, arguments) ?? id
    }
}
