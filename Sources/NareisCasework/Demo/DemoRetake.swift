import NareisCore

/// A family taken in a second time, as it happens when a family moves or a second
/// office starts an intake: the same people under other spellings (Mohammed as
/// Muhammad, Yusuf as Youssef, a doubled letter, Turkish letters dropped), the name
/// as written at home sometimes left out, one birth date remembered a year off or
/// by the year alone, a child sometimes not mentioned, new V-numbers mostly. The
/// demo plants these so that "is this family already here?" can be measured.
struct DemoRetake {
    var rng: SplitMix64

    mutating func retaken(_ original: CaseFile) -> CaseFile {
        var file = original
        file.id = nil
        let latinOnly = rng.chance(50)
        (file.sponsor.name, file.sponsor.latinName) = respelled(file.sponsor.name, file.sponsor.latinName, latinOnly)
        if !rng.chance(25) { file.sponsor.vNumber = nil }
        for index in file.members.indices {
            let m = file.members[index]
            (file.members[index].name, file.members[index].latinName) = respelled(m.name, m.latinName, latinOnly)
            if !rng.chance(25) { file.members[index].vNumber = nil }
        }
        if file.members.filter({ $0.relationship == .child }).count > 1, rng.chance(20),
           let last = file.members.lastIndex(where: { $0.relationship == .child }) {
            file.members.remove(at: last)
        }
        // One person's birth date as remembered at the second intake.
        let person = rng.int(in: 0...file.members.count)
        let date = person == 0 ? file.sponsor.birthDate : file.members[person - 1].birthDate
        let remembered = rng.chance(50) ? PartialDate(year: date.year)!
            : PartialDate(year: date.year + (rng.chance(50) ? 1 : -1))!
        if person == 0 { file.sponsor.birthDate = remembered } else { file.members[person - 1].birthDate = remembered }
        return file
    }

    /// The name and Latin spelling as the second intake wrote them.
    private mutating func respelled(_ name: String, _ latin: String?, _ latinOnly: Bool) -> (String, String?) {
        let spelling = (latin ?? name).split(separator: " ").map { respelled(String($0)) }.joined(separator: " ")
        if latin == nil || latinOnly { return (spelling, nil) }
        return (name, spelling)
    }

    /// One word, as often changed as not.
    private mutating func respelled(_ word: String) -> String {
        guard rng.chance(60) else { return word }
        if let variants = Self.variants.first(where: { $0.contains(word) }) {
            return rng.pick(variants.filter { $0 != word })
        }
        // Now and then a change the name keys do not bridge: the article joined on
        // (Al-Ahmad as Alahmad), Egyptian g for j (Jamal as Gamal).
        if rng.chance(5) {
            if word.hasPrefix("Al-") { return "Al" + word.dropFirst(3).lowercased() }
            if word.hasPrefix("J") { return "G" + word.dropFirst() }
        }
        switch rng.int(in: 0...4) {
        case 0: return Self.withoutTurkishLetters(word)
        case 1: return word.hasSuffix("a") ? word + "h" : (word.hasSuffix("ah") ? String(word.dropLast()) : word)
        case 2: return word.replacingFirst("ou", with: "u") ?? word.replacingFirst("u", with: "ou") ?? word
        case 3: return word.replacingFirst("ee", with: "i") ?? word.replacingFirst("i", with: "ee") ?? word
        default: return Self.doublingOrNot(word)
        }
    }

    /// Spellings of one name met side by side on documents and in registrations.
    static let variants: [[String]] = [
        ["Mohammed", "Muhammad", "Mohamad", "Mohamed", "Mohammad"], ["Youssef", "Yusuf", "Yousef", "Yousif"],
        ["Hussein", "Husain", "Hossein", "Hussain"], ["Abdullah", "Abdallah", "Abdulla"],
        ["Abdulrahman", "Abdelrahman", "Abdul-Rahman"], ["Tesfay", "Tesfaye"], ["Mustafa", "Moustafa", "Mostafa"],
        ["Khaled", "Khalid"], ["Kassem", "Qasim", "Kasem"], ["Omar", "Umar"], ["Ahmad", "Ahmed"], ["Aisha", "Ayesha", "Aysha"],
        ["Said", "Saeed", "Saeid"], ["Haile", "Hayle"], ["Yonas", "Younas"], ["Tekle", "Tecle"], ["Mehari", "Mehary"],
        ["Hassan", "Hasan"], ["Amanuel", "Emmanuel"], ["Yosef", "Yoseph", "Josef"], ["Isayas", "Isaias"],
    ]

    private static func withoutTurkishLetters(_ word: String) -> String {
        String(word.map { ["ş": "s", "Ş": "S", "ı": "i", "İ": "I", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "ç": "c",
                           "Ç": "C", "ğ": "g", "ê": "e", "î": "i", "û": "u"][$0] ?? $0 })
    }

    /// A doubled letter made single, or the first single consonant between vowels doubled.
    private static func doublingOrNot(_ word: String) -> String {
        let letters = Array(word)
        for i in 1..<max(1, letters.count) where letters[i] == letters[i - 1] {
            return String(letters[..<i] + letters[(i + 1)...])
        }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        for i in 1..<max(1, letters.count - 1) where !vowels.contains(letters[i]) && vowels.contains(letters[i - 1])
            && vowels.contains(letters[i + 1]) {
            return String(letters[...i] + letters[i...])
        }
        return word
    }
}

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String? {
        guard let range = range(of: target) else { return nil }
        return replacingCharacters(in: range, with: replacement)
    }
}
