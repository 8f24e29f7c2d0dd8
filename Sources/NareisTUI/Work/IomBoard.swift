import NareisCasework
import NareisCore

/// The family's journey through IOM (PROC-IOM): the eight steps, ticked off one by one,
/// and the three amounts (estimate, paid, settlement), typed in euros.
public struct IomBoard: Hashable, Sendable {
    public enum Row: Hashable, Sendable {
        case step(Int)
        case amount(IomTravel.Amount)
    }

    public var caseId: String
    public var travel: IomTravel
    public var panel: ListPanel<Row>
    /// The amount being typed, when one is.
    public var editing: IomTravel.Amount?
    public var editor = LineEditor(limit: 20)
    /// Why the last amount was refused, in place under the list.
    public var message: String?

    init(caseId: String, travel: IomTravel, visible: Int) {
        self.caseId = caseId
        self.travel = travel
        let rows = TaskTemplate.iomSteps.indices.map(Row.step) + IomTravel.Amount.allCases.map(Row.amount)
        panel = ListPanel(rows: rows, visible: visible)
    }

    /// Rows the amount field takes under the list.
    static let rows = 4
}

extension WorkText {
    /// The name of an IOM amount.
    static func iomAmount(_ amount: IomTravel.Amount) -> WorkText {
        switch amount {
        case .estimate: return .iomEstimate
        case .paid: return .iomPaid
        case .settled: return .iomSettled
        }
    }
}
