import NareisCore
import Testing

/// Editing a stored case in the intake and saving it unchanged gives back the same
/// case: nothing the intake does not ask about is lost on the way.
@Suite("Intake: editing keeps the case")
struct IntakeEditRoundTripTests {
    @Test func aCaseEditedWithoutChangesIsTheSameCase() throws {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let file = GeneratedCase.make(&rng)
            // As a draft kept in the store and resumed: the answers only.
            let resumed = IntakeDraft(json: IntakeDraft(editing: file).json)
            let edited = try resumed.caseFile(keeping: file)
            let lost = GeneratedCase.keyPaths(CaseFileWriter.json(file))
                .subtracting(GeneratedCase.keyPaths(CaseFileWriter.json(edited)))
            #expect(edited == file, "lost: \(lost.sorted())")
            if edited != file { return }
        }
        var full = SplitMix64(seed: 8)
        let complete = GeneratedCase.make(&full, everyField: true)
        #expect(try IntakeDraft(json: IntakeDraft(editing: complete).json).caseFile(keeping: complete) == complete)
    }

    /// What the counsellor changes or clears is changed or cleared; the rest is kept.
    @Test func answersWinAndAClearedAnswerClearsTheField() throws {
        var rng = SplitMix64(seed: 9)
        let file = GeneratedCase.make(&rng, everyField: true)
        var draft = IntakeDraft(json: IntakeDraft(editing: file).json)
        draft.sponsor["phone"] = ""
        draft.sponsor["name"] = "Changed Name"
        let edited = try draft.caseFile(keeping: file)
        #expect(edited.sponsor.phone == nil)
        #expect(edited.sponsor.name == "Changed Name")
        #expect(edited.sponsor.address == file.sponsor.address)
        #expect(edited.members.map(\.procedure) == file.members.map(\.procedure))
        #expect(edited.asOf == file.asOf)
    }
}
