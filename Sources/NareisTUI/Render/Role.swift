/// What a cell means, not how it looks: themes map each role to colours and
/// attributes (themes/*.theme), so views never name a colour.
public enum Role: String, CaseIterable, Sendable {
    case normal
    case header
    case footer
    case footerKey = "footer-key"
    case border
    case borderFocus = "border-focus"
    case title
    case titleFocus = "title-focus"
    case columnHeader = "column-header"
    case selection
    case selectionFocus = "selection-focus"
    case dim
    /// A visible stand-in for a control or bidi character found in case data.
    case marker
    case overdue
    case urgent
    case soon
    case met
    case eligible
    case assessment
    case notEligible = "not-eligible"
    case uncertain
    case warning
    case rule
    case search
    case help
    case error
}
