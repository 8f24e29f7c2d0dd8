/// What the counsellor's record of the documents adds to an assessment. The assessor
/// reads the case file only; where each document stands is recorded beside it (the
/// store's checklist status), so the warnings that depend on it are added here, by
/// whoever holds both (the casework layer, for the screens and the summary).
extension Assessment {
    /// A member filed (`submitted`) while an item whose original the IND asks for is
    /// not complete gets a warning: DOC-INTEGRAL when nothing of it is in hand
    /// (`missing`), DOC-ORIGINALS-STATUS when it is on its way (a copy is progress).
    public func addingDocumentWarnings(_ file: CaseFile,
                                       status: (_ memberId: String, _ itemId: String) -> DocumentStatus) -> Assessment {
        var result = self
        let filed = Set(file.members.filter { $0.procedure.submitted != nil }.map(\.id))
        for index in result.members.indices where filed.contains(result.members[index].id) {
            let member = result.members[index]
            for item in member.checklist where DocumentStatus.originalRequired.contains(item.id) {
                let recorded = status(member.id, item.id)
                if recorded == .missing {
                    // DOC-INTEGRAL: no evidence at all; explanations count, and a minor is
                    // investigated further before a refusal.
                    result.members[index].warnings.append(Warning(
                        id: WarningWord.relationshipEvidenceMissing.rawValue, rule: "DOC-INTEGRAL",
                        wording: Wording(.relationshipEvidenceMissing)))
                } else if !recorded.isComplete(for: item.id) {
                    result.members[index].warnings.append(Warning(
                        id: WarningWord.originalNotInHand.rawValue, rule: "DOC-ORIGINALS-STATUS",
                        wording: Wording(.originalNotInHand, [.document(item.id)])))
                }
            }
        }
        return result
    }
}
