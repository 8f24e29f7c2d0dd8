import Testing
@testable import NareisCore

/// Countries by name (issue 12, point 2): the names come from iso-codes, generated.
@Suite("Countries by name")
struct CountryNamesTests {
    @Test(arguments: [
        ("eri", "ERI"), ("Eritrea", "ERI"), ("Syrië", "SYR"), ("syria", "SYR"), ("SYRIE", "SYR"),
        ("Syrian Arab Republic", "SYR"), ("Turkije", "TUR"), ("Türkiye", "TUR"), ("turkey", "TUR"),
        ("Palestine", "PSE"), ("palestina", "PSE"), ("stateless", "XXA"), ("staatloos", "XXA"),
        ("onbekend", "XXX"), ("Afghanistan", "AFG"), ("Nederland", "NLD"), ("irak", "IRQ"), ("Jemen", "YEM"),
    ])
    func aNameInEitherLanguageOrTheCodeFindsTheCountry(typed: String, code: String) {
        #expect(CountryNames.resolve(typed)?.code == code)
    }

    @Test func anAmbiguousStartIsNotGuessedButOffered() {
        #expect(CountryNames.resolve("nige") == nil)
        #expect(Set(CountryNames.matches("nige").map(\.code)) == ["NER", "NGA"])
        #expect(CountryNames.resolve("atlantis") == nil && CountryNames.matches("atlantis").isEmpty)
    }

    @Test func everyCodeHasBothNamesAndIsUnique() {
        #expect(CountryNames.all.count > 240)
        #expect(Set(CountryNames.all.map(\.code)).count == CountryNames.all.count)
        #expect(CountryNames.all.allSatisfy { $0.code.count == 3 && !$0.english.isEmpty && !$0.dutch.isEmpty })
        #expect(CountryNames.named("SYR")?.name(.nl) == "Syrië")
    }

    @Test func theIntakeStoresTheCodeOfTheNamedCountry() {
        let fields = [IntakeField("nationality", .country, required: true)]
        #expect(IntakeDraft.unflatten(["nationality": "Syrië"], fields: fields) == .object([("nationality", .string("SYR"))]))
        #expect(IntakeDraft.unflatten(["nationality": "atlantis"], fields: fields) == .object([("nationality", .string("ATLANTIS"))]),
                "passed on for the reader to refuse")
    }
}
