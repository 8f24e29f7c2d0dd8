/// What the counsellor's record of the documents adds to an assessment. The assessor
/// reads the case file only; where each document stands is recorded beside it (the
/// store's checklist status), so the warnings that depend on it are added here, by
/// whoever holds both (the casework layer, for the screens and the summary).
extension Assessment {
    /// DOC-ORIGINALS-STATUS: a member filed (`submitted`) while an item whose original
    /// the IND asks for is not complete (a copy is progress) gets a warning.
    public func addingDocumentWarnings(_ file: CaseFile,
                                       status: (_ memberId: String, _ itemId: String) -> DocumentStatus) -> Assessment {
        var result = self
        let filed = Set(file.members.filter { $0.procedure.submitted != nil }.map(\.id))
        for index in result.members.indices where filed.contains(result.members[index].id) {
            let member = result.members[index]
            for item in member.checklist where DocumentStatus.originalRequired.contains(item.id)
                && !status(member.id, item.id).isComplete(for: item.id) {
                result.members[index].warnings.append(Warning(
                    id: WarningWord.originalNotInHand.rawValue, rule: "DOC-ORIGINALS-STATUS",
                    wording: Wording(.originalNotInHand, [.document(item.id)])))
            }
        }
        return result
    }
}
