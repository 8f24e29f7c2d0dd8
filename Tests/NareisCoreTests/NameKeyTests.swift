import PropertyBased
import Testing
@testable import NareisCore

/// The spellings of one name a counsellor meets must meet under one key, and
/// different names must not.
@Suite struct NameKeyTests {
    /// Pairs of spellings of one person's name (given and family name), as they are
    /// met on documents, in registrations and in the script written at home.
    static let samePerson: [(String, String)] = [
        ("Mohammed Al-Hassan", "Muhammad Al Hassan"),
        ("Mohamad Hassan", "Mohammed Hasan"),
        ("Mohamed Ali", "Muhammed Ali"),
        ("Abdel Rahman Haddad", "Abdul Rahman Hadad"),
        ("Abdelrahman Haddad", "Abd al-Rahman Haddad"),
        ("Abdullah Darwish", "Abdallah Darwisch"),
        ("Tesfay Habtom", "Tesfaye Habtom"),
        ("Youssef Kassem", "Yusuf Qasim"),
        ("Yousef Kasem", "Youssef Kassem"),
        ("Ousman Farah", "Usman Farah"),
        ("Eman Jama", "Iman Jama"),
        ("Fatimah Al-Hassan", "Fatima Alhassan"),
        ("Moustapha Hamdan", "Mustafa Hamdan"),
        ("Khaled Al-Omar", "Khalid Al-Omar"),
        ("Hussein Ahmadi", "Hossein Ahmadi"),
        ("Aisha Khan", "Ayesha Khan"),
        ("Saba Tekle", "Tekle Saba"),
        ("Mohammed Ahmad Al-Hassan", "Mohammed Al-Hassan"),
        ("Zainab Al-Zoubi", "Zeinab Zoubi"),
        ("Şirin Yılmaz", "Sirin Yilmaz"),
        // The name as written at home and its Latin spelling.
        ("محمد الحسن", "Mohammed Al-Hassan"),
        ("يوسف قاسم", "Youssef Kassem"),
        ("فاطمة الأحمد", "Fatima Al-Ahmad"),
        ("عمر درويش", "Omar Darwish"),
        ("عبد الله حداد", "Abdullah Haddad"),
        ("ተስፋይ ሃብቶም", "Tesfay Habtom"),
        ("ዮናስ ተኽለ", "Yonas Tekle"),
        ("ትርሓስ ብርሃነ", "Tirhas Berhane"),
        ("ፍሹም ሃብቶም", "Fishum Habtom"),
        ("Шамиль Басаев", "Shamil Basaev"),
    ]

    /// Different people whose names look alike to a careless eye. (Names with one
    /// outline, as Mahmoud and Mohammed or Omar and Amir, do meet: docs/duplicates.md.)
    static let differentPeople: [(String, String)] = [
        ("Ahmed Haddad", "Hamed Haddad"),
        ("Alexander Haddad", "Xander Haddad"),
        ("Ali Darwish", "Ali Hamdan"),
        ("Yonas Tekle", "Yonas Kibrom"),
        ("Saba Tekle", "Selam Tekle"),
        ("Fatima Ahmadi", "Fatima Ahmad Khan"),
        ("Hassan Farah", "Hussein Jama"),
    ]

    @Test(arguments: samePerson)
    func spellingsOfOneNameMeet(_ one: String, _ other: String) {
        #expect(NameKey.key(one) != nil)
        #expect(NameKey.key(one) == NameKey.key(other), "\(one) ~ \(other)")
    }

    @Test(arguments: differentPeople)
    func differentNamesStayApart(_ one: String, _ other: String) {
        #expect(NameKey.key(one) != NameKey.key(other), "\(one) ≠ \(other)")
    }

    @Test func aPersonIsFoundUnderTheLatinSpellingAndTheNameAsWritten() {
        let keys = NameKey.keys(name: "محمد الحسن", latinName: "Muhammad Al-Hassan")
        #expect(keys == [NameKey.key("Mohammed Hassan")!])
        #expect(NameKey.keys(name: "Saba Tekle", latinName: nil).count == 1)
    }

    @Test func aNameWithoutLettersHasNoKey() {
        #expect(NameKey.key("") == nil)
        #expect(NameKey.key(" - 123 ") == nil)
        #expect(NameKey.keys(name: "???", latinName: nil).isEmpty)
    }

    /// Every write keys its people: no text may crash it, and a key holds only the
    /// outline's letters, the marks of a first vowel and one space.
    @Test func anyTextGivesAKeyOfLettersOrNone() async {
        let scalars = Gen.unicodeScalar(in: "\u{0}"..."\u{2FFF}")
        await propertyCheck(input: scalars.map { Character($0) }.string(of: 0...40)) { text in
            let key = NameKey.key(text)
            #expect(key.map { !$0.isEmpty && $0.allSatisfy { $0 == " " || $0 == "*" || ("a"..."z").contains($0) } } ?? true,
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(key.map { $0.split(separator: " ").count <= 2 } ?? true)
            #expect(NameKey.key(text) == key, "the same text, the same key")
            #expect(NameKey.key(text.uppercased()) == key || !text.allSatisfy(\.isASCII), "case does not count")
        }
    }

    @Test func hostileTextGivesAKeyOfLettersOnly() {
        let key = NameKey.key("\u{1B}[31mMohammed\u{7} \u{202E}Hassan\n" + String(repeating: "x", count: 10_000))
        #expect(key.map { $0.allSatisfy { $0 == " " || $0 == "*" || ("a"..."z").contains($0) } } == true)
    }
}

/// When two people may be one: the birth dates must agree as far as both are known.
@Suite struct DuplicateRuleTests {
    static func person(_ name: String, _ born: String, v: String? = nil) -> CasePerson {
        CasePerson(memberId: "m1", relationship: .child, name: name, latinName: nil, vNumber: v,
                   birthDate: PartialDate(parsing: born)!)
    }

    static func match(_ a: CasePerson, _ b: CasePerson) -> PersonMatch? {
        DuplicateRule.match(a, keys: a.nameKeys, b, keys: b.nameKeys)
    }

    @Test func fullDatesMustBeTheSameDayOrDayAndMonthSwapped() {
        #expect(Self.match(Self.person("Yonas Tekle", "2011-02-14"), Self.person("Yonas Tecle", "2011-02-14")) == .nameAndBirthDate)
        #expect(Self.match(Self.person("Yonas Tekle", "2011-03-05"), Self.person("Yonas Tekle", "2011-05-03")) == .nameAndBirthDate)
        #expect(Self.match(Self.person("Yonas Tekle", "2011-02-14"), Self.person("Yonas Tekle", "2011-09-30")) == nil)
    }

    @Test func aRememberedDateMayBeAYearOff() {
        #expect(Self.match(Self.person("Yonas Tekle", "2011-02-14"), Self.person("Yonas Tekle", "2012")) == .nameAndBirthYear)
        #expect(Self.match(Self.person("Yonas Tekle", "2010-06"), Self.person("Yonas Tekle", "2011")) == .nameAndBirthYear)
        #expect(Self.match(Self.person("Yonas Tekle", "2011"), Self.person("Yonas Tekle", "2013")) == nil)
    }

    @Test func aVNumberIsOnePersonWhateverTheName() {
        #expect(Self.match(Self.person("Yonas Tekle", "2011", v: "1234567890"),
                           Self.person("Saba Dawit", "1980", v: "1234567890")) == .vNumber)
        #expect(Self.match(Self.person("Yonas Tekle", "2011", v: ""), Self.person("Saba Dawit", "1980", v: "")) == nil)
    }
}
