extension FollowUpPlanner {
    /// Whether a member of `nationality` must take the TB test on arrival on `day`:
    /// not when the nationality is on the exemption list of DOC-TB in force that day.
    /// The `needsTBTest` argument of `tasks(for:assessment:needsTBTest:)`.
    public static func needsTBTest(nationality: String, on day: Day, book: RuleBook = .standard) -> Bool {
        !book.tbDeclaration.on(day).figures.exemptNationalities.contains(nationality)
    }
}

extension FollowUpPlanner {
    /// The follow-up tasks of a case that a counsellor ticks off: the planner's tasks
    /// that do not mirror a deadline (those are the deadlines, shown and met as such)
    /// and that their own event has not done (COA asked, permit collected: at 100,000
    /// demo cases 190,000 rows the store wrote for nothing), with the TB-test
    /// exemptions of the rule book in force. The one list the store keeps per case, and
    /// so the one the summary, the calendar and the workstation show.
    public static func followUps(for file: CaseFile, assessment: Assessment, book: RuleBook = .standard) -> [FollowUpTask] {
        // Planned on every write of every case: the deadline mirrors are not made at all.
        let byId = Dictionary(assessment.members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let tb = book.tbDeclaration
        return otherTasks(for: file, byId: byId) { !tb.on($1).figures.exemptNationalities.contains($0) }
            .filter { $0.completedOn == nil }
    }
}
