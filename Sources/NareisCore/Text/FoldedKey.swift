import Foundation

extension String {
    /// A key for comparing and sorting text without regard to case or accents
    /// (Foundation's case- and diacritic-insensitive folding). ASCII text, most city
    /// names and Latin spellings, takes the standard library's fast lowercasing: the
    /// store folds a name per case and the rules a city per member, 100,000 times on
    /// an import.
    public var foldedKey: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
        return folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

extension String {
    /// The text without leading and trailing white space and line breaks: the same
    /// characters as Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`,
    /// told by the standard library's scalar properties rather than Foundation's
    /// character set, which a case file's reading asked once per field; no copy when
    /// there is nothing to trim.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isBlank }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isBlank })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// White space or a line break as Foundation's `whitespacesAndNewlines` has them:
    /// Unicode's White_Space property (categories Zs, Zl and Zp, tab, U+000A to U+000D
    /// and U+0085) and the zero-width space, which Unicode no longer counts as a space.
    /// ASCII, nearly every scalar of a case, is told without Unicode's property tables.
    public var isBlank: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace || value == 0x200B
    }
}
