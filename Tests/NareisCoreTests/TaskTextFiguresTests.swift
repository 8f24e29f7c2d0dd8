import Testing
@testable import NareisCore

/// Task texts name the rules' figures (a term, an amount) from the rule book, never
/// as literals in the text (issue: figures are dated data).
@Suite("Figures in task texts")
struct TaskTextFiguresTests {
    @Test func noTaskTextHasAFigureWrittenIntoIt() {
        for language in Language.allCases {
            for text in TaskText.allCases {
                let template = TaskText.table(language)[text] ?? ""
                let withoutPlaceholders = template.replacingOccurrences(of: "{1}", with: "")
                #expect(!withoutPlaceholders.contains { $0.isNumber }, "\(language) \(text): \(template)")
            }
        }
    }

    @Test func theFiguresComeFromTheRuleBook() {
        #expect(TaskText.title(.fileApplication, .nl).contains("de termijn van 3 maanden"))
        #expect(TaskText.title(.reportToIND, .en).contains("within 3 days of arrival"))
        #expect(TaskText.title(.iomConsultation, .nl) == "Raadpleeg IOM voor vertrek (vast bedrag van € 120,00 per gezin)")
        var book = RuleBook.standard
        book.iomConsultation = RuleHistory([Rule(RuleInfo(id: "FEE-IOM-CONSULT", title: "t", source: "IOM",
                                                          validFrom: d("2024-01-01")), Fee(cents: 135_50))])
        #expect(TaskText.title(.iomConsultation, .en, book: book).contains("€135.50 per family"))
    }
}
