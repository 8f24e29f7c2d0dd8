/// Nationalities exempt from the TB test (DOC-TB), each with the source that names it.
///
/// The IND's "Appendix Exemption from the obligation to undergo a tuberculosis (TB)
/// test" (the countries are designated in the Voorschrift Vreemdelingen 2000, under
/// art. 4.46 Vreemdelingenbesluit 2000) is not in the sources and no copy of it could
/// be retrieved. An entry is kept only where a source names the nationality; for every
/// other nationality, and always for `XXA` (stateless) and `XXX` (unknown), nareis
/// asks for the TB declaration: one form too many costs less than a refused
/// application. What could not be confirmed is said in docs/rules.md ("Open points").
/// When the IND's list is at hand, add it as a new dated version of DOC-TB in
/// StandardRuleBook.swift, each entry citing it.
enum TBExemptions {
    /// movetonetherlands.com, "Tuberculosis testing": the one source found that names
    /// the nationalities. A relocation service's page, undated, not the IND's; it
    /// names 23 of the 27 EU states (not Bulgaria, Croatia, Romania, nor the
    /// Netherlands, whose nationals need no residence permit).
    static let moveToNetherlands = TBExemptionSource(
        name: "movetonetherlands.com \"Tuberculosis testing\"",
        address: "https://movetonetherlands.com/immigration_tuberculosis.html",
        readOn: Day(year: 2026, month: 12, day: 1)!,
        says: "Persons who wish to stay in the Netherlands for more than 3 months and do not have the following "
            + "mentioned nationalities are required to undergo a Tuberculosis test")

    static let entries: [TBExemption] = [
        // EU member states the source names
        "AUT", "BEL", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA", "LVA",
        "LTU", "LUX", "MLT", "POL", "PRT", "SVK", "SVN", "ESP", "SWE",
        // EEA, Switzerland and the others the source names
        "ISL", "LIE", "NOR", "CHE", "GBR", "USA", "CAN", "AUS", "NZL", "JPN", "MCO", "VAT",
    ].map { TBExemption(nationality: $0, source: moveToNetherlands) }
}
