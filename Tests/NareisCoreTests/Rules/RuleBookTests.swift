import Foundation
import Testing
@testable import NareisCore

@Suite("The rule book")
struct RuleBookTests {
    @Test func everyRuleCitesAKnownSourceAndAnIDFromRulesMD() {
        let known: Set<String> = [Source.indProcess, Source.aida, Source.iom, Source.indUNHCR, Source.awb,
                                  Source.aliensAct, Source.twoStatus, Source.tbExemption, Source.indLate]
        for (info, _) in RuleBook.standard.allVersions {
            #expect(known.contains(info.source), "\(info.id)")
            #expect(info.id.range(of: "^[A-Z0-9]+(-[A-Z0-9]+)+$", options: .regularExpression) != nil, "\(info.id)")
        }
    }

    @Test func aNewVersionDecidesFromItsDayAndNotBefore() {
        var book = RuleBook.standard
        let old = book.otherFee.versions[0]
        book.otherFee = RuleHistory([old, Rule(RuleInfo(id: "FEE-OTHER", title: "test", source: Source.indProcess,
                                                        validFrom: d("2025-01-01")), Fee(cents: 254_00))])
        let s = sponsor(decided: "2024-11-01")
        let late2024 = CaseFile(sponsor: s, members: [member(.sibling, procedure: filed("2024-12-31"))])
        let early2025 = CaseFile(sponsor: s, members: [member(.sibling, procedure: filed("2025-01-01"))])
        #expect(Assessor.assess(late2024, asOf: d("2025-02-01"), book: book).members[0].feeCents == 243_00)
        #expect(Assessor.assess(early2025, asOf: d("2025-02-01"), book: book).members[0].feeCents == 254_00)
        #expect(Assessor.assess(early2025, asOf: d("2025-02-01"), book: book).rulesVersion == "2025-01-01")
    }

    @Test func aStandingRuleAnswersForDaysBeforeItsSource() {
        // A 2019 case is judged by the oldest statement the project has.
        let file = CaseFile(sponsor: sponsor(decided: "2019-01-31"), members: [member(.partner)])
        let a = Assessor.assess(file, asOf: d("2019-03-01"))
        #expect(a.sponsor.applicationTermEnds == d("2019-04-30"))
    }

    @Test func tbExemptionsExcludeStatelessAndUnknown() {
        let exempt = RuleBook.standard.tbDeclaration.on(d("2024-06-01")).figures.exemptNationalities
        #expect(!exempt.contains("XXA"))
        #expect(!exempt.contains("XXX"))
        #expect(!exempt.contains("ERI"))
        #expect(!exempt.contains("SYR"))
    }

    /// DOC-TB: only nationalities a source names are exempt, each entry saying which
    /// source. The one source found (movetonetherlands.com) names these 35; it does not
    /// name Bulgaria, Croatia, Romania, Israel, Andorra or San Marino, and South Korea
    /// left the IND's list in 2021 (Peregrine).
    @Test func tbExemptionsAreOnlyWhatASourceNames() {
        let tb = RuleBook.standard.tbDeclaration.on(d("2024-06-01")).figures
        let named: Set<String> = [
            "AUS", "AUT", "BEL", "CAN", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "IRL",
            "ITA", "JPN", "LVA", "LIE", "LTU", "LUX", "MLT", "MCO", "NZL", "NOR", "POL", "PRT", "SVK", "SVN", "ESP",
            "SWE", "CHE", "GBR", "USA", "VAT",
        ]
        #expect(tb.exemptNationalities == named)
        #expect(tb.exemptions.count == named.count)
        for gone in ["BGR", "HRV", "ROU", "NLD", "ISR", "AND", "SMR", "KOR"] {
            #expect(!tb.exemptNationalities.contains(gone), "\(gone)")
        }
        for entry in tb.exemptions {
            #expect(entry.source.address.hasPrefix("https://"), "\(entry.nationality)")
            #expect(!entry.source.name.isEmpty && !entry.source.says.isEmpty, "\(entry.nationality)")
            #expect(entry.source.readOn <= d("2026-12-01"), "\(entry.nationality)")
        }
    }
}

extension RuleBookTests {
    /// docs/rules.md must describe every rule the book holds, so the docs stay true.
    @Test func docsDescribeEveryRule() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/rules.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for id in Set(RuleBook.standard.allVersions.map(\.info.id)) {
            #expect(text.contains("| \(id) |") || text.contains("| \(id) +") || text.contains("+ \(id) |"),
                    "docs/rules.md has no row for \(id)")
        }
        for id in ["passport-validity", "decision-overdue", "representation-suspended", "representation-limited-capacity",
                   "family-before-entry-unknown"] {
            #expect(text.contains("`\(id)`"), "docs/rules.md does not describe the warning \(id)")
        }
    }
}
