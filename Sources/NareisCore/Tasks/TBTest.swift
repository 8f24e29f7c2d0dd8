extension FollowUpPlanner {
    /// Whether a member of `nationality` must take the TB test on arrival on `day`:
    /// not when the nationality is on the exemption list of DOC-TB in force that day.
    /// The `needsTBTest` argument of `tasks(for:assessment:needsTBTest:)`.
    public static func needsTBTest(nationality: String, on day: Day, book: RuleBook = .standard) -> Bool {
        !book.tbDeclaration.on(day).figures.exemptNationalities.contains(nationality)
    }
}
