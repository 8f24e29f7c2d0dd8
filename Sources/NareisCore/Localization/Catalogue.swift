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
        Template.fill(template, arguments)
    }

    static func placeholders(in template: String) -> Set<Int> { Template.placeholders(in: template) }
}

/// Numbered placeholders `{1}`, `{2}`, … in a catalogue text: shared by every catalogue kind.
enum Template {
    /// One pass over the template's bytes (screens fill hundreds of texts per
    /// frame): `{n}` with n in 1...arguments.count becomes argument n; anything
    /// else, including an argument's own braces, is kept as it is.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        let bytes = Array(template.utf8)
        guard !arguments.isEmpty, bytes.contains(UInt8(ascii: "{")) else { return template }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + arguments.reduce(0) { $0 + $1.utf8.count })
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{") {
                var end = index + 1
                var number = 0
                while end < bytes.count, end - index <= 4, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
                    number = number * 10 + Int(bytes[end] - UInt8(ascii: "0"))
                    end += 1
                }
                if end > index + 1, end < bytes.count, bytes[end] == UInt8(ascii: "}"), (1...arguments.count).contains(number) {
                    result.append(contentsOf: arguments[number - 1].utf8)
                    index = end + 1
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
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
