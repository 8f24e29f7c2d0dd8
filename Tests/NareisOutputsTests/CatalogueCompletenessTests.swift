import NareisCore
import Testing
@testable import NareisOutputs

@Suite("Output catalogues")
struct CatalogueCompletenessTests {
    @Test func everyTextHasEveryLanguageWithTheSamePlaceholders() {
        func check<C: Catalogue>(_ catalogue: C.Type) {
            #expect(C.missingTranslations().isEmpty, "\(C.self): \(C.missingTranslations())")
            #expect(C.placeholderMismatches().isEmpty, "\(C.self): \(C.placeholderMismatches())")
            for language in Language.allCases {
                for key in C.allCases {
                    #expect(C.table(language)[key]?.isEmpty == false, "\(C.self).\(key) empty in \(language)")
                }
            }
        }
        check(SummaryText.self)
        check(ReceptionText.self)
        check(CalendarText.self)
        check(SpreadsheetText.self)
        check(FormatText.self)
        check(MonthText.self)
        check(TaskListText.self)
        check(DuplicateListText.self)
        check(CheckText.self)
    }

    @Test func dutchDatesUseDutchMonthNames() {
        #expect(TextFormat(language: .nl).date(Day(iso: "2024-06-01")!) == "1 juni 2024")
        #expect(TextFormat(language: .en).date(Day(iso: "2024-06-01")!) == "1 June 2024")
        #expect(TextFormat(language: .nl).euros(cents: 124_300) == "€ 1.243,00")
        #expect(TextFormat(language: .en).euros(cents: 5) == "€0.05")
    }
}
