import NareisCore

/// How pressing a deadline is, readable without colour: a marker (`!!` overdue
/// or today, `!` within a week) and words ("overdue 3d", "5d left"), plus a role.
public struct Urgency: Equatable, Sendable {
    public var text: String
    public var role: Role

    /// Days within which a deadline counts as urgent (marked `!`).
    public static let urgentDays = 7

    public init(due: Day?, asOf: Day, language: Language) {
        guard let due else {
            text = UIText.noDeadline.text(language)
            role = .dim
            return
        }
        let left = asOf.days(until: due)
        if left < 0 {
            text = UIText.overdueDays.text(language, -left)
            role = .overdue
        } else if left == 0 {
            text = UIText.dueToday.text(language)
            role = .overdue
        } else if left <= Urgency.urgentDays {
            text = "! " + UIText.daysLeft.text(language, left)
            role = .urgent
        } else {
            text = UIText.daysLeft.text(language, left)
            role = .soon
        }
    }
}
