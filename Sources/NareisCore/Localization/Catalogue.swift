import Foundation

/// A set of user-visible texts with a translation per language.
///
/// Each part of the program that shows text (the workstation, the outputs) declares
/// its texts as an enum conforming to `Catalogue`, with one table per language. View
/// code names a text by its case, never by a literal, so a missing translation is a
/// test failure (`missingTranslations`) instead of a half-English screen.
///
/// Texts may hold numbered placeholders `{1}`, `{2}`, … filled by `text(_:_:)`.
public protocol Catalogue: CaseIterable, Hashable, Sendable {
    static func table(_ language: Language) -> [Self: String]
}

extension Catalogue {
    /// The text in `language`, with `{1}`, `{2}`, … replaced by `arguments`.
    /// Falls back to English, then to the case name, so a gap never crashes a screen.
    public func text(_ language: Language, _ arguments: CustomStringConvertible...) -> String {
        let template = Self.table(language)[self] ?? Self.table(.en)[self] ?? String(describing: self)
        return Self.fill(template, arguments.map(\.description))
    }

    /// Every (language, text) pair that has no translation: empty when complete.
    public static func missingTranslations() -> [(Language, Self)] {
        Language.allCases.flatMap { language in
            let table = table(language)
            return allCases.filter { table[$0] == nil }.map { (language, $0) }
        }
    }

    /// Placeholders whose numbers differ between languages (a translation that
    /// drops or invents an argument): empty when consistent.
    public static func placeholderMismatches() -> [Self] {
        allCases.filter { key in
            let sets = Language.allCases.map { placeholders(in: table($0)[key] ?? "") }
            return Set(sets).count > 1
        }
    }

    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard template.contains("{") else { return template }
        var result = template
        for (index, argument) in arguments.enumerated() {
            result = result.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return result
    }

    static func placeholders(in template: String) -> Set<Int> {
        var found: Set<Int> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            if let number = Int(after[..<close]) { found.insert(number) }
            rest = after[after.index(after: close)...]
        }
        return found
    }
}
