/// Nationalities exempt from the TB test (DOC-TB).
///
/// The IND's "Appendix Exemption from the obligation to undergo a tuberculosis (TB)
/// test" is not in the sources and its text could not be retrieved here. This list
/// keeps only nationalities whose exemption is beyond doubt (EU/EEA, Switzerland,
/// the United Kingdom and other countries with a very low TB incidence). Where a
/// nationality is missing, nareis asks for the TB declaration: one form too many
/// costs less than a refused application. `XXA` (stateless) and `XXX` (unknown)
/// are never exempt. Check the IND appendix and extend this list as a new dated
/// version of DOC-TB in StandardRuleBook.swift (docs/rules.md, "Open points").
enum TBExemptions {
    static let nationalities: Set<String> = [
        // EU and EEA member states, and Switzerland
        "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
        "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE",
        "ISL", "LIE", "NOR", "CHE",
        // Other low-incidence countries
        "GBR", "AND", "AUS", "CAN", "ISR", "JPN", "MCO", "NZL", "SMR", "USA", "VAT",
    ]
}
