/// A sentence of the rules with its arguments, as the engine builds it from the
/// case and the rule data: rendered in any language from `RuleText`. A reason's
/// and a warning's English `text` is this wording rendered in English.
public struct Wording: Hashable, Sendable {
    public indirect enum Argument: Hashable, Sendable {
        /// The same in every language: a date (ISO), a number, an amount, a name.
        case plain(String)
        /// A term, in the language's words ("3 months" / "3 maanden").
        case term(Term)
        /// A nested sentence part.
        case wording(Wording)
        /// Parts joined by a catalogue text with `{1}` and `{2}` ("{1} and {2}").
        case joined([Wording], by: RuleText)
        /// A part whose first letter is made upper case (it starts a sentence).
        case capitalized(Argument)
        case partnerKind(PartnerDetails.Kind)
        case childKind(ChildDetails.Kind)
        /// An outcome as the assessment format writes it: the code in English
        /// (`not-eligible`), the word elsewhere.
        case outcome(Eligibility)
        /// A checklist item by its ID, in the catalogue's short words, lower-cased
        /// (it stands inside a sentence).
        case document(String)
    }

    public let key: RuleText
    public let arguments: [Argument]

    public init(_ key: RuleText, _ arguments: [Argument] = []) {
        self.key = key
        self.arguments = arguments
    }

    public init(_ key: RuleText, _ plain: CustomStringConvertible...) {
        self.init(key, plain.map { .plain($0.description) })
    }

    public func text(_ language: Language) -> String {
        key.text(language, .long, arguments.map { $0.text(language) })
    }
}

/// What a reason or a warning says: a catalogue wording (every language) or plain
/// text (another rule book, a test). The English text is rendered when it is read: an
/// import assesses 100,000 cases and reads none of their texts.
public enum Sentence: Hashable, Sendable {
    case worded(Wording)
    case plain(String)

    public var wording: Wording? {
        if case .worded(let wording) = self { return wording }
        return nil
    }

    public var english: String {
        switch self {
        case .worded(let wording): return wording.text(.en)
        case .plain(let text): return text
        }
    }
}

extension Wording.Argument {
    func text(_ language: Language) -> String {
        switch self {
        case .plain(let value): return value
        case .term(let term): return term.text(language)
        case .wording(let wording): return wording.text(language)
        case .joined(let parts, let joiner):
            let texts = parts.map { $0.text(language) }
            guard let first = texts.first else { return "" }
            return texts.dropFirst().reduce(first) { joiner.long(language, $0, $1) }
        case .capitalized(let inner):
            let text = inner.text(language)
            return text.prefix(1).uppercased() + text.dropFirst()
        case .partnerKind(let kind): return kind.text(language, .short)
        case .childKind(let kind): return kind.text(language, .long)
        case .outcome(let value): return language == .en ? value.rawValue : value.text(language, .long)
        case .document(let id):
            let text = ChecklistWord(rawValue: id)?.text(language, .short) ?? id
            return text.prefix(1).lowercased() + text.dropFirst()
        }
    }
}

extension Reason {
    /// A reason citing `rule`, its English text rendered from `wording`.
    init<F>(_ rule: Rule<F>, _ wording: Wording) {
        self.init(rule: rule.info.id, source: rule.info.source, wording: wording)
    }

    /// The reason in `language`; a reason built from plain text (another rule
    /// book, a test) keeps that text.
    public func text(_ language: Language) -> String {
        wording?.text(language) ?? text
    }
}

extension Warning {
    /// The warning in `language`, with the case's details; a warning built from
    /// plain text falls back to the catalogue's general text for its ID, and in
    /// English to its own text.
    public func text(_ language: Language) -> String {
        if let wording { return wording.text(language) }
        if language == .en { return text }
        return WarningWord(rawValue: id)?.text(language, .long) ?? text
    }
}
