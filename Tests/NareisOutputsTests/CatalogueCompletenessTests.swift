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
        check(RelationshipText.self)
        check(EligibilityText.self)
        check(FrameworkText.self)
        check(AgeBandText.self)
        check(DeadlineText.self)
        check(DeadlineStateText.self)
        check(DocumentStateText.self)
        check(ChecklistText.self)
        check(WarningText.self)
    }

    @Test func everyCodeOfTheSpecHasAText() {
        #expect(Relationship.allCases.allSatisfy { RelationshipText(rawValue: $0.rawValue) != nil })
        #expect(Eligibility.allCases.allSatisfy { EligibilityText(rawValue: $0.rawValue) != nil })
        #expect(Framework.allCases.allSatisfy { FrameworkText(rawValue: $0.rawValue) != nil })
        #expect(AgeBand.allCases.allSatisfy { AgeBandText(rawValue: $0.rawValue) != nil })
        #expect(Deadline.State.allCases.allSatisfy { DeadlineStateText(rawValue: $0.rawValue) != nil })
        #expect(DocumentStatus.allCases.allSatisfy { DocumentStateText(rawValue: $0.rawValue) != nil })
        // The deadline and checklist IDs listed in case-format.md.
        let deadlines = ["application-term", "rectification", "decision", "objection", "mvv-appointment", "travel",
                         "ind-registration"]
        #expect(deadlines.allSatisfy { DeadlineText(rawValue: $0) != nil })
        #expect(ChecklistText.allCases.count == 16)
        // The warnings the rules engine gives (case-format.md and the rule book's notices).
        let warnings = ["passport-validity", "representation-suspended", "representation-limited-capacity",
                        "family-before-entry-unknown", "decision-overdue"]
        #expect(warnings.allSatisfy { WarningText(rawValue: $0) != nil })
    }

    @Test func dutchDatesUseDutchMonthNames() {
        #expect(TextFormat(language: .nl).date(Day(iso: "2024-06-01")!) == "1 juni 2024")
        #expect(TextFormat(language: .en).date(Day(iso: "2024-06-01")!) == "1 June 2024")
        #expect(TextFormat(language: .nl).euros(cents: 124_300) == "€ 1.243,00")
        #expect(TextFormat(language: .en).euros(cents: 5) == "€0.05")
    }
}
