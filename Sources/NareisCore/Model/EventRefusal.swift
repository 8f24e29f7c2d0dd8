/// Why an event's day (or a further investigation) was not recorded: what a screen
/// says in the interface language (the workstation's event form), and in English
/// (`description`) for everything else. Nothing is recorded when it is thrown.
public struct EventRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        /// The text is no date (its first 40 characters).
        case notADate(String)
        /// The day is before the day of an event that comes first.
        case before(ProcedureEvent, Day)
        /// A representation longer than the case file allows.
        case tooLong(characters: Int, limit: Int)
        /// The investigation's letter before filing, or with nothing filed.
        case letterBeforeFiling(Day?)
        /// The investigation's appointment before its letter.
        case appointmentBeforeLetter(Day)
        /// An investigation typed as a day: it is recorded whole, in its own form.
        case investigationIsRecordedWhole
    }

    /// The case-file field concerned (`procedure.decision.date`).
    public let path: String
    public let reason: Reason

    public init(path: String, _ reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .notADate(let text): return "\(path): \(JSONWriter.quoted(text)) is not a date (expected e.g. 14-3-2026 or 2026-03-14)"
        case let .before(event, day): return "\(path): is before \(event.rawValue) (\(day.iso)) (expected on or after it)"
        case let .tooLong(characters, limit): return "\(path): is \(characters) characters long (expected at most \(limit))"
        case .letterBeforeFiling(let day?): return "\(path): is before submitted (\(day.iso)) (expected on or after it)"
        case .letterBeforeFiling(nil): return "\(path): is recorded before submitted (expected after filing)"
        case .appointmentBeforeLetter(let day): return "\(path): is before the letter (\(day.iso)) (expected on or after it)"
        case .investigationIsRecordedWhole: return "\(path): is recorded whole, with its letter, kind and channel"
        }
    }
}
