import Testing
@testable import NareisCore

/// DOC-ORIGINALS-STATUS and DOC-DOUBTED: what the recorded status of a document
/// means, written from the rules before the code.
@Suite("Document progress")
struct DocumentProgressTests {
    @Test func aCopyOfTheRelationshipEvidenceIsProgressNotCompletion() {
        #expect(!DocumentStatus.copyReceived.isComplete(for: "relationship-original"))
        for status in [DocumentStatus.originalInNL, .sentToIND, .notApplicable] {
            #expect(status.isComplete(for: "relationship-original"), "\(status)")
        }
        #expect(DocumentStatus.copyReceived.isComplete(for: "identity-copy"), "other documents: a copy completes them")
        #expect(DocumentStatus.copyReceived.isComplete(for: "photo"))
    }

    @Test func aDoubtedDocumentIsNotCompleteAndSaysHowToAnswer() {
        #expect(!DocumentStatus.doubted.isComplete(for: "identity-copy"))
        #expect(!DocumentStatus.doubted.isComplete(for: "relationship-original"))
        let english = RuleText.documentDoubted.text(.en, .long)
        for answer in ["counter-expertise", "how the document was obtained", "reasons to doubt"] {
            #expect(english.contains(answer))
        }
        #expect(RuleText.documentDoubted.text(.nl, .long).contains("contra-expertise"))
        #expect(DocumentStatus.doubted.text(.nl, .short) == "betwijfeld")
    }

    @Test func filingWithoutTheOriginalInTheNetherlandsWarns() {
        let file = CaseFile(sponsor: sponsor(), members: [member(.child, born: "2015-01-01", procedure: filed("2024-04-01"))])
        let assessment = Assessor.assess(file, asOf: d("2024-06-01"))
        func warnings(_ status: DocumentStatus) -> [Warning] {
            assessment.addingDocumentWarnings(file) { _, item in item == "relationship-original" ? status : .missing }
                .members[0].warnings.filter { $0.id == "original-not-in-nl" }
        }
        #expect(warnings(.copyReceived).map(\.rule) == ["DOC-ORIGINALS-STATUS"])
        #expect(warnings(.requested).count == 1)
        #expect(warnings(.missing).isEmpty, "nothing in hand: the DOC-INTEGRAL warning instead")
        #expect(warnings(.originalInNL).isEmpty)
        #expect(warnings(.sentToIND).isEmpty)
        let warning = warnings(.copyReceived)[0]
        #expect(warning.text(.nl).hasPrefix("Ingediend terwijl het origineel (origineel document dat de gezinsband bewijst"))
        #expect(warning.text(.en).contains("a copy counts as progress, not as complete"))
    }

    @Test func beforeFilingTheMissingOriginalIsNoWarning() {
        let file = CaseFile(sponsor: sponsor(), members: [member(.child, born: "2015-01-01")])
        let assessment = Assessor.assess(file, asOf: d("2024-04-01"))
        let added = assessment.addingDocumentWarnings(file) { _, _ in .copyReceived }
        #expect(added == assessment)
    }
}
