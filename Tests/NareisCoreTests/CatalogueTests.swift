import Testing
@testable import NareisCore

/// A small catalogue, as the workstation and the outputs declare theirs.
private enum SampleText: Catalogue {
    case greeting, daysLeft, onlyEnglish, droppedArgument

    static func table(_ language: Language) -> [SampleText: String] {
        switch language {
        case .en: return [.greeting: "Hello", .daysLeft: "{1} days left for {2}", .onlyEnglish: "Only", .droppedArgument: "{1} files"]
        case .nl: return [.greeting: "Hallo", .daysLeft: "nog {1} dagen voor {2}", .droppedArgument: "bestanden"]
        }
    }
}

@Suite("Text catalogues")
struct CatalogueTests {
    @Test func textIsChosenByLanguageAndFilled() {
        #expect(SampleText.greeting.text(.nl) == "Hallo")
        #expect(SampleText.daysLeft.text(.en, 3, "m1") == "3 days left for m1")
        #expect(SampleText.daysLeft.text(.nl, 3, "m1") == "nog 3 dagen voor m1")
    }

    @Test func aMissingTranslationIsReportedAndFallsBackToEnglish() {
        #expect(SampleText.onlyEnglish.text(.nl) == "Only")
        let missing = SampleText.missingTranslations()
        #expect(missing.count == 1)
        #expect(missing.first?.0 == .nl && missing.first?.1 == .onlyEnglish)
    }

    @Test func placeholderNumbersAreCompared() {
        #expect(SampleText.placeholderMismatches() == [.droppedArgument])
    }
}
