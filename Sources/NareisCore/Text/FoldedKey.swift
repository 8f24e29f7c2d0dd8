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
    /// without its round trip through NSString (the rules trim a city per
    /// representation notice per member), and no copy when there is nothing to trim.
    public var trimmingWhitespace: String {
        let blank = CharacterSet.whitespacesAndNewlines
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !blank.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !blank.contains($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
