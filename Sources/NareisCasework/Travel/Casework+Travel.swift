import NareisCore

/// The family's journey through IOM: its eight steps ticked off, its amounts recorded.
extension Casework {
    public func iomTravel(caseId: String) throws -> IomTravel { try storage.iomTravel(caseId: caseId) }

    /// Marks step `step` (0-based, of `TaskTemplate.iomSteps`) done or not; returns the record.
    @discardableResult
    public func setIomStep(caseId: String, step: Int, done: Bool) throws -> IomTravel {
        guard TaskTemplate.iomSteps.indices.contains(step) else {
            throw CaseFileError(path: "iom.step", "\(step + 1) is not a step (expected 1 to \(TaskTemplate.iomSteps.count))")
        }
        var travel = try storage.iomTravel(caseId: caseId)
        if done { travel.stepsDone.insert(step) } else { travel.stepsDone.remove(step) }
        try writing { try storage.saveIomTravel(caseId: caseId, travel) }
        return travel
    }

    /// Records an amount as typed (`1.250,50`; empty clears it), or throws naming the
    /// amount and what is expected; returns the record.
    @discardableResult
    public func setIomAmount(caseId: String, _ amount: IomTravel.Amount, text: String) throws -> IomTravel {
        var travel = try storage.iomTravel(caseId: caseId)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            travel.cents[amount] = nil
        } else {
            guard let cents = IomTravel.cents(parsing: trimmed) else {
                throw CaseFileError(path: "iom." + amount.rawValue,
                                    "\"\(trimmed.prefix(20))\" is not an amount in euros (expected e.g. 1250 or 1.250,50)")
            }
            travel.cents[amount] = cents
        }
        try writing { try storage.saveIomTravel(caseId: caseId, travel) }
        return travel
    }
}
