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
