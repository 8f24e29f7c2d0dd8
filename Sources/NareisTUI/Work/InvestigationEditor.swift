import NareisCore

/// The IND's further investigation of one member (PROC-INVESTIGATE-EVENTS), filled in
/// under the events list: the letter's day, the kind and the channel (picked, never
/// typed), and the appointment day when known.
public struct InvestigationEditor: Hashable, Sendable {
    public enum Field: Int, CaseIterable, Sendable { case letter, kind, channel, date }

    public var caseId: String
    public var memberId: String
    public var letter: LineEditor
    public var kind: Investigation.Kind
    public var channel: Investigation.Channel
    public var date: LineEditor
    public var field: Field = .letter
    /// Why the last Enter was refused, in place under the fields.
    public var message: String?
    /// The picker row to return to on Esc.
    var picker: EventPicker

    init(caseId: String, memberId: String, recorded: Investigation?, picker: EventPicker) {
        self.caseId = caseId
        self.memberId = memberId
        letter = LineEditor(recorded?.letter.iso ?? "", limit: 10)
        kind = recorded?.kind ?? .dna
        channel = recorded?.channel ?? .embassy
        date = LineEditor(recorded?.date?.iso ?? "", limit: 10)
        self.picker = picker
    }

    /// Rows the fields take under the list: a title, four fields, a message.
    static let rows = 7

    /// The next (or previous) value of a picked field.
    static func cycled<T: CaseIterable & Equatable>(_ value: T, by step: Int) -> T where T.AllCases == [T] {
        let all = T.allCases
        let index = all.firstIndex(of: value) ?? 0
        return all[(index + step + all.count) % all.count]
    }
}
