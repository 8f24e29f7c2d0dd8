import Testing
@testable import NareisCore

/// The catalogue of domain words (Domain/Words/): complete in every language and
/// form, and the engine words every reason and warning through it, so a Dutch
/// screen or document never falls back to the English sentence.
@Suite("Domain words")
struct DomainWordsTests {
    static func check<W: DomainWords>(_ words: W.Type) {
        #expect(W.missingTranslations().isEmpty, "\(W.self): \(W.missingTranslations())")
        #expect(W.placeholderMismatches().isEmpty, "\(W.self): \(W.placeholderMismatches())")
        for language in Language.allCases {
            for entry in W.allTexts(language) {
                #expect(!entry.text.isEmpty, "\(W.self).\(entry.key) \(entry.form) empty in \(language)")
            }
        }
    }

    @Test func everyWordHasBothFormsInEveryLanguage() {
        Self.check(Relationship.self)
        Self.check(PartnerDetails.Kind.self)
        Self.check(ChildDetails.Kind.self)
        Self.check(ParentDetails.Kind.self)
        Self.check(Eligibility.self)
        Self.check(Framework.self)
        Self.check(AgeBand.self)
        Self.check(CaseStage.self)
        Self.check(DocumentStatus.self)
        Self.check(Deadline.State.self)
        Self.check(DeadlineWord.self)
        Self.check(ChecklistWord.self)
        Self.check(WarningWord.self)
        Self.check(RuleText.self)
        Self.check(TermWord.self)
        Self.check(PersonMatch.self)
        #expect(TaskText.missingTranslations().isEmpty)
    }

    @Test func everyDocumentOfTheRuleBookIsInTheCatalogue() {
        let book = RuleBook.standard
        let day = Day(iso: "2025-01-01")!
        var specs = book.baseDocuments.on(day).figures.items + book.antecedents.on(day).figures.items
            + book.appendices15.on(day).figures.items
        specs += [book.tbDeclaration.on(day).figures.item, book.guardian.on(day).figures.item]
        let other = book.otherParent.on(day).figures
        specs += [other.identity, other.relationship, other.consent, other.cannotConsent]
        specs += book.foster.on(day).figures.always + book.foster.on(day).figures.ifDeceased
        #expect(Set(specs.map(\.id)) == Set(ChecklistWord.allCases.map(\.rawValue)))
        for notice in book.representations {
            #expect(WarningWord(rawValue: notice.figures.warningID) != nil)
        }
    }

    @Test func termsAreCountedInTheLanguagesWords() {
        #expect(Term(months: 3).text(.nl) == "3 maanden")
        #expect(Term.weeks(4).text(.nl) == "4 weken")
        #expect(Term(days: 1).text(.nl) == "1 dag")
        #expect(Term(months: 1, days: 2).text(.en) == "1 month and 2 days")
        #expect(Term(days: 90).description == "90 days")
    }

    @Test func deadlinesNameTheirTermFromTheRuleBook() {
        let deadline = Deadline(id: "objection", due: Day(iso: "2025-02-12")!, state: .open, rule: "PROC-OBJECTION-4W")
        #expect(deadline.text(.nl, .long) == "Bezwaar maken (4 weken)")
        #expect(deadline.text(.en, .short) == "lodge objection")
        let unknown = Deadline(id: "newer-deadline", due: Day(iso: "2025-02-12")!, state: .open, rule: "X")
        #expect(unknown.text(.nl, .long) == "newer-deadline")
    }

    /// Thousands of generated cases: every reason and warning carries a wording
    /// whose English is the assessment's own text, and whose Dutch is filled and
    /// differs; every checklist item has a filled Dutch text.
    @Test func theEngineWordsEveryReasonAndWarning() {
        var g = AssessmentInvariantTests.Generator(state: 2026)
        var worded = 0
        for _ in 0..<1_500 {
            let file = AssessmentInvariantTests.randomCase(&g)
            let assessment = Assessor.assess(file, asOf: g.day())
            let reasons = assessment.sponsor.reasons + assessment.members.flatMap(\.reasons)
            for reason in reasons {
                guard let wording = reason.wording else {
                    Issue.record("reason without wording: \(reason.rule) \(reason.text)")
                    continue
                }
                #expect(wording.text(.en) == reason.text)
                let dutch = reason.text(.nl)
                #expect(dutch != reason.text && !dutch.contains("{"), "\(reason.rule): \(dutch)")
                worded += 1
            }
            for warning in assessment.members.flatMap(\.warnings) {
                #expect(warning.wording?.text(.en) == warning.text, "\(warning.id)")
                #expect(warning.text(.nl) != warning.text && !warning.text(.nl).contains("{"))
            }
            for item in assessment.members.flatMap(\.checklist) {
                for form in WordForm.allCases {
                    #expect(ChecklistWord(rawValue: item.id) != nil && !item.text(.nl, form).contains("{"), "\(item.id)")
                }
                #expect(item.text(.en, .long) == item.label)
            }
        }
        #expect(worded > 5_000)
    }
}
