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

    /// A key as a 64-bit number (FNV-1a over its bytes: the same on every machine
    /// and in every run, unlike Swift's seeded `Hasher`), for the store's index: a
    /// number compares faster than text and takes less room. Two keys sharing a
    /// number only bring a case to be compared; the rule compares the keys.
    public static func hash(_ key: String) -> Int64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return Int64(bitPattern: hash)
    }

    /// The key of one written name, or nil when it has no letters.
    ///
    /// Worked on bytes: an import keys 400,000 people, and walking Swift characters
    /// (grapheme clusters) took several times as long.
    public static func key(_ name: String) -> String? {
        let ascii = name.utf8.allSatisfy { $0 < 0x80 }
        // A name in another script is transliterated word by word, which costs
        // microseconds: the key of a whole name seen before is looked up instead.
        if !ascii, let known = keysOfScriptNames.withLock({ $0[name] }) { return known }
        let key = outlinedKey(name, ascii: ascii)
        if !ascii {
            keysOfScriptNames.withLock { cache in
                if cache.count >= 100_000 { cache.removeAll() }
                cache[name] = key
            }
        }
        return key
    }

    /// The keys of names in another script seen before (bounded: hostile input cannot
    /// grow it without end).
    private static let keysOfScriptNames = Mutex<[String: String?]>([:])

    private static func outlinedKey(_ name: String, ascii: Bool) -> String? {
        // Arabic script joins the article to its word: الحسن is written "alhsn".
        let otherScript = !ascii && name.unicodeScalars.contains { $0.value >= 0x370 && !(0x2000...0x2BFF).contains($0.value) }
        let text = ascii ? name : latinLetters(name)
        var outlines: [[UInt8]] = []
        var pendingPrefix: [UInt8] = []
        var word: [UInt8] = []
        func take(_ word: [UInt8]) {
            var word = word
            // "Al Hassan", "Al-Hassan" and الحسن (written as one word) are one name.
            if word == article || word == articleE {
                if !pendingPrefix.isEmpty { pendingPrefix += word }
                return
            }
            if hasJoinedArticle(word, otherScript: otherScript) { word.removeFirst(2) }
            // "Abd al-Rahman", "Abdel Rahman" and "Abdelrahman" are one name.
            if servantPrefixes.contains(word) {
                pendingPrefix += word
                return
            }
            let outline = self.outline(of: pendingPrefix + word)
            pendingPrefix = []
            if !outline.isEmpty { outlines.append(outline) }
        }
        for byte in text.utf8 {
            // Letters a to z (any case), the apostrophe (read as a vowel), and what is
            // left of another script after transliteration (ǝ) belong to a word; all
            // else divides words.
            switch byte {
            case 0x41...0x5A: word.append(byte | 0x20)
            case 0x61...0x7A, 0x80...: word.append(byte)
            case apostrophe: word.append(a)
            default:
                if !word.isEmpty { take(word) }
                word = []
            }
        }
        if !word.isEmpty { take(word) }
        if !pendingPrefix.isEmpty { outlines.append(outline(of: pendingPrefix)) }
        guard let first = outlines.first, let last = outlines.last else { return nil }
        let parts = outlines.count == 1 ? [first] : [first, last].sorted { $0.lexicographicallyPrecedes($1) }
        return parts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    /// The consonant outline of one word (lower-case letters a to z; other bytes are
    /// left out): spelling pairs that sound alike are made one, doubled letters
    /// single, a final h dropped (not of sh or ch: Fatimah is Fatima); then the vowels
    /// go (y and w too, inside a word), a first vowel kept as `*` so that Ahmed and
    /// Hamed stay apart.
    static func outline(of word: [UInt8]) -> [UInt8] {
        // One pass for the letters, the pairs and the doubles, one for the vowels.
        var s: [UInt8] = []
        s.reserveCapacity(word.count)
        func add(_ letter: UInt8) { if s.last != letter { s.append(letter) } }
        var i = 0
        while i < word.count {
            let letter = word[i]
            guard letter >= 0x61, letter <= 0x7A else { i += 1; continue }
            let next = i + 1 < word.count ? word[i + 1] : 0
            switch (letter, next) {
            case (letterS, c) where i + 2 < word.count && word[i + 2] == h: add(letterS); add(h); i += 3
            case (UInt8(ascii: "p"), h): add(UInt8(ascii: "f")); i += 2
            case (c, UInt8(ascii: "k")): add(UInt8(ascii: "k")); i += 2
            case (UInt8(ascii: "d"), UInt8(ascii: "j")): add(UInt8(ascii: "j")); i += 2
            case (UInt8(ascii: "g"), h): add(UInt8(ascii: "g")); i += 2
            case (UInt8(ascii: "t"), h): add(UInt8(ascii: "t")); i += 2
            case (UInt8(ascii: "q"), _): add(UInt8(ascii: "k")); i += 1
            case (c, let n) where n != h: add(UInt8(ascii: "k")); i += 1
            default: add(letter); i += 1
            }
        }
        guard let firstLetter = s.first else { return [] }
        if s.count > 2, s.last == h, s[s.count - 2] != letterS, s[s.count - 2] != c { s.removeLast() }
        var kept = 1
        s[0] = isVowel(firstLetter) ? star : firstLetter
        for index in 1..<max(1, s.count) {
            let letter = s[index]
            if isVowel(letter) || letter == y || letter == w || letter == s[kept - 1] { continue }
            s[kept] = letter
            kept += 1
        }
        s.removeLast(s.count - kept)
        return s
    }

    // The letters the rules name, as bytes.
    private static let (a, c, h, y, w, letterS, star, apostrophe) =
        (UInt8(ascii: "a"), UInt8(ascii: "c"), UInt8(ascii: "h"), UInt8(ascii: "y"), UInt8(ascii: "w"), UInt8(ascii: "s"),
         UInt8(ascii: "*"), UInt8(ascii: "'"))
    private static let article = Array("al".utf8), articleE = Array("el".utf8)
    private static let servantPrefixes: Set<[UInt8]> = Set(["abd", "abdel", "abdul", "abdal", "abdoul", "abdl"].map { Array($0.utf8) })

    private static func isVowel(_ letter: UInt8) -> Bool {
        letter == a || letter == UInt8(ascii: "e") || letter == UInt8(ascii: "i") || letter == UInt8(ascii: "o")
            || letter == UInt8(ascii: "u")
    }

    /// Ayin and hamza, as transliteration writes them, and the apostrophe of Latin spellings.
    private static let apostrophes: Set<Character> = ["'", "\u{02BF}", "\u{02BE}", "\u{2019}"]

    /// Whether `word` starts with the article written onto it: always in Arabic script
    /// (الحسن), and in Latin before a consonant ("Alhassan", not "Alexander").
    private static func hasJoinedArticle(_ word: [UInt8], otherScript: Bool) -> Bool {
        guard word.count > 4, word[0] == a, word[1] == UInt8(ascii: "l") else { return false }
        if otherScript { return true }
        return word.count > 5 && !isVowel(word[2]) && word[2] != y
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
            let romanized = prepared.applyingTransform(toLatin, reverse: false) ?? prepared
            // Ge'ez ሹ and Cyrillic ш come out as š, which Latin spellings write sh
            // (Fishum); Turkish ş (a cedilla, a Latin letter) stays s, as Dutch
            // registrations write it.
            var spelled = ""
            for scalar in romanized.unicodeScalars {
                switch scalar.value {
                case 0x0161, 0x0160: spelled += "sh"
                case 0x010D, 0x010C: spelled += "ch"
                case 0x017E, 0x017D: spelled += "zh"
                default: spelled.unicodeScalars.append(scalar)
                }
            }
            let latin = spelled.applyingTransform(toASCII, reverse: false) ?? spelled.lowercased()
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
    private static let toLatin = StringTransform("Any-Latin")
    private static let toASCII = StringTransform("Latin-ASCII; Lower")
}
