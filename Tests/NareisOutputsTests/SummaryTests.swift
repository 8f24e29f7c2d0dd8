import NareisCore
import Testing
@testable import NareisOutputs

@Suite("Case summary")
struct SummaryTests {
    @Test(arguments: Language.allCases, CaseSummary.Format.allCases)
    func matchesTheGoldenFile(language: Language, format: CaseSummary.Format) throws {
        let text = CaseSummary.render(SampleCase.record, language: language, format: format)
        try Golden.check(text, "summary-\(language.rawValue).\(format == .text ? "txt" : "md")")
    }

    @Test func dutchDatesAndAmountsAreWrittenTheDutchWay() {
        let text = CaseSummary.render(SampleCase.record, language: .nl, format: .text)
        #expect(text.contains("Beoordeeld op 20 april 2025"))
        #expect(text.contains("Leges IND: € 243,00"))
        #expect(text.contains("Reizen binnen 90 dagen (geldigheid mvv): 8 juni 2025, open, nog 49 dagen"))
        #expect(text.contains("Aanvraag aanvullen (herstel verzuim): 10 april 2025, verlopen, 10 dagen te laat"))
    }

    @Test func documentStatusAndOpenTasksAppearOnlyWhenGiven() {
        var record = SampleCase.record
        let with = CaseSummary.render(record, language: .en, format: .text)
        #expect(with.contains("- [X] Recent clear photo of the face (original in the Netherlands)"))
        #expect(with.contains("Open tasks"))
        #expect(!with.contains("File the application"), "a done task is not open")
        record.tasks = nil
        record.documents = nil
        let without = CaseSummary.render(record, language: .en, format: .text)
        #expect(!without.contains("Open tasks"))
        #expect(without.contains("- Recent clear photo of the face\n"))
    }

    /// DOC-ORIGINALS-STATUS: a copy of the relationship evidence is not ticked;
    /// DOC-DOUBTED: a doubted document says how the family can answer, in Dutch too.
    @Test func aCopyOfTheRelationshipOriginalIsNotTickedAndADoubtedDocumentSaysWhatToDo() {
        var record = SampleCase.record
        var documents = SampleCase.documents
        documents.set(.copyReceived, member: "m1", item: "relationship-original")
        documents.set(.doubted, member: "m1", item: "identity-copy")
        record.documents = documents
        let english = CaseSummary.render(record, language: .en, format: .text)
        #expect(english.contains("- [ ] Original document proving the relationship (copy received)"))
        #expect(english.contains("(doubted by the IND)"))
        #expect(english.contains("counter-expertise") && english.contains("(DOC-DOUBTED)"))
        let dutch = CaseSummary.render(record, language: .nl, format: .text)
        #expect(dutch.contains("(betwijfeld door de IND)"))
        #expect(dutch.contains("contra-expertise"))
    }

    @Test func aMemberTheAssessmentDoesNotCoverIsShownAsNotAssessed() {
        var record = SampleCase.record
        record.assessment.members.removeLast()
        let text = CaseSummary.render(record, language: .en, format: .text)
        #expect(text.contains("Hawa Tesfay, \"Hawi\" (m3)\n  Relationship: brother or sister\n  Eligibility: not assessed"))
    }

    @Test func hostileTextCannotReachTheTerminalOrTheMarkup() {
        var record = SampleCase.record
        record.file.members[0].name = "Saba\u{1B}[2J\nTesfay *bold* # \u{202E}evil"
        let text = CaseSummary.render(record, language: .en, format: .text)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"))
        #expect(text.contains("Saba [2J Tesfay *bold* #  evil (m1)"))
        let markdown = CaseSummary.render(record, language: .en, format: .markdown)
        #expect(markdown.contains("### Saba \\[2J Tesfay \\*bold\\* \\#  evil (m1)"))
    }
}
