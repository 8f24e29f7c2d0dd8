import Foundation
import Synchronization

/// The key under which the spellings of one person's name meet, for "is this family
/// already here?": Mohammed, Muhammad and Mohamad, Abdel and Abdul, Tesfay and Tesfaye,
/// Hassan and Hasan, Youssef and Yusuf, and the name as written in Arabic or Ge'ez
/// script, all give one key.
///
/// A key is the consonant outline of the given name and of the family name (the
/// first and last words; middle names and the order of the two are left out, as
/// documents differ in both). Names in another script are first written in Latin
/// letters by ICU's transliteration (`Any-Latin`), which Foundation carries: Arabic
/// script writes no short vowels, so an outline of consonants is what both scripts
/// share.
///
/// A key finds possible matches, never certain ones: the counsellor looks at them.
public enum NameKey {
    /// The keys of a person: of the Latin spelling (or the name, when it is Latin),
    /// and of the name as written when that is another script. One or two keys,
    /// none when the name has no letters.
    public static func keys(name: String, latinName: String?) -> [String] {
        var keys: [String] = []
        for text in [latinName, name].compactMap({ $0 }) {
            if let key = key(text), !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// The key of one written name, or nil when it has no letters.
    public static func key(_ name: String) -> String? {
        let ascii = name.utf8.allSatisfy { $0 < 0x80 }
        // Arabic script joins the article to its word: الحسن is written "alhsn".
        let otherScript = !ascii && name.unicodeScalars.contains { $0.value > 0x24F && $0.properties.isAlphabetic }
        let letters = ascii ? name.lowercased() : latinLetters(name)
        var words: [String] = []
        var pendingPrefix = ""
        for raw in letters.split(whereSeparator: { !$0.isLetter && !apostrophes.contains($0) }) {
            var word = String(raw).replacingOccurrences(of: "'", with: "a")
            // "Al Hassan", "Al-Hassan" and الحسن (written as one word) are one name.
            if word == "al" || word == "el" { if !pendingPrefix.isEmpty { pendingPrefix += word }; continue }
            if hasJoinedArticle(word, otherScript: otherScript) { word.removeFirst(2) }
            // "Abd al-Rahman", "Abdel Rahman" and "Abdelrahman" are one name.
            if isServantPrefix(word) { pendingPrefix += word; continue }
            let outline = self.outline(of: pendingPrefix + word)
            pendingPrefix = ""
            if !outline.isEmpty { words.append(outline) }
        }
        if !pendingPrefix.isEmpty { words.append(outline(of: pendingPrefix)) }
        guard let first = words.first, let last = words.last else { return nil }
        return words.count == 1 ? first : [first, last].sorted().joined(separator: " ")
    }

    /// The consonant outline of one word (lower-case letters a to z): spelling pairs
    /// that sound alike are made one, doubled letters single, a final h dropped (not
    /// of sh or ch: Fatimah is Fatima); then the vowels go (y and w too, inside a word), a first vowel kept as
    /// `*` so that Ahmed and Hamed stay apart.
    static func outline(of word: String) -> String {
        var s = Array(word.unicodeScalars.compactMap { scalar -> Character? in
            (scalar.value >= 0x61 && scalar.value <= 0x7A) ? Character(scalar) : nil
        })
        guard !s.isEmpty else { return "" }
        s = replacingPairs(s)
        s = collapsingDoubles(s)
        if s.count > 2, s.last == "h", s[s.count - 2] != "s", s[s.count - 2] != "c" { s.removeLast() }
        var result: [Character] = [vowels.contains(s[0]) ? "*" : s[0]]
        for c in s.dropFirst() where !vowels.contains(c) && c != "y" && c != "w" { result.append(c) }
        return String(collapsingDoubles(result))
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    /// Ayin and hamza, as transliteration writes them, and the apostrophe of Latin spellings.
    private static let apostrophes: Set<Character> = ["'", "\u{02BF}", "\u{02BE}", "\u{2019}"]

    /// Whether `word` starts with the article written onto it: always in Arabic script
    /// (الحسن), and in Latin before a consonant ("Alhassan", not "Alexander").
    private static func hasJoinedArticle(_ word: String, otherScript: Bool) -> Bool {
        guard word.hasPrefix("al"), word.count > 4 else { return false }
        if otherScript { return true }
        let third = word[word.index(word.startIndex, offsetBy: 2)]
        return word.count > 5 && !vowels.contains(third) && third != "y"
    }

    private static func isServantPrefix(_ word: String) -> Bool {
        ["abd", "abdel", "abdul", "abdal", "abdoul", "abdl"].contains(word)
    }

    /// sch → sh, ph → f, ck/q/c → k (not ch), dj → j, gh → g, th → t.
    private static func replacingPairs(_ s: [Character]) -> [Character] {
        var out: [Character] = []
        var i = 0
        while i < s.count {
            let c = s[i], next = i + 1 < s.count ? s[i + 1] : nil
            switch (c, next) {
            case ("s", "c") where i + 2 < s.count && s[i + 2] == "h": out += ["s", "h"]; i += 3
            case ("p", "h"): out.append("f"); i += 2
            case ("c", "k"): out.append("k"); i += 2
            case ("d", "j"): out.append("j"); i += 2
            case ("g", "h"): out.append("g"); i += 2
            case ("t", "h"): out.append("t"); i += 2
            case ("q", _): out.append("k"); i += 1
            case ("c", let n) where n != "h": out.append("k"); i += 1
            default: out.append(c); i += 1
            }
        }
        return out
    }

    private static func collapsingDoubles(_ s: [Character]) -> [Character] {
        var out: [Character] = []
        for c in s where out.last != c { out.append(c) }
        return out
    }

    /// A name in another script (or Latin with accents) in lower-case Latin letters,
    /// word by word. Ayin and hamza become apostrophes; ta marbuta (ة) is read as the
    /// h it sounds.
    private static func latinLetters(_ name: String) -> String {
        name.split(separator: " ").map { word in
            if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
            let word = String(word)
            if let known = transliterated.withLock({ $0[word] }) { return known }
            let prepared = word.replacingOccurrences(of: "\u{0629}", with: "\u{0647}")
            let latin = prepared.applyingTransform(transform, reverse: false) ?? prepared.lowercased()
            let letters = String(latin.map { apostrophes.contains($0) ? "'" : $0 })
            transliterated.withLock { cache in
                // Names repeat (a caseload holds a few thousand distinct words); a
                // bound keeps hostile input from growing the cache without end.
                if cache.count >= 100_000 { cache.removeAll() }
                cache[word] = letters
            }
            return letters
        }.joined(separator: " ")
    }

    /// ICU's transliteration costs microseconds a word: an import of 100,000 cases
    /// asks it for the same few thousand words again and again.
    private static let transliterated = Mutex<[String: String]>([:])
    private static let transform = StringTransform("Any-Latin; Latin-ASCII; Lower")
}
