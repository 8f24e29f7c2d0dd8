import Foundation
import NareisCore
import Testing
@testable import NareisOutputs

/// The outputs against what the rules engine really produces: every code in the
/// assessments of the core golden cases has a Dutch text, so no Dutch summary falls
/// back to an English code when the engine grows.
@Suite("Outputs over the rules engine's golden cases")
struct RulesEngineCoverageTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("NareisCoreTests/Fixtures")

    static func cases() throws -> [(String, CaseFile)] {
        try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".case.json") }.sorted()
            .map { name in (name, try CaseFileReader.read(try Data(contentsOf: fixtures.appendingPathComponent(name)))) }
    }

    @Test func everyCodeTheEngineGivesHasADutchText() throws {
        let cases = try Self.cases()
        #expect(cases.count >= 5)
        var codesSeen = 0
        for (name, file) in cases {
            let assessment = Assessor.assess(file, asOf: file.asOf ?? Day(iso: "2024-06-01")!)
            for member in assessment.members {
                for item in member.checklist {
                    #expect(ChecklistWord(rawValue: item.id) != nil, "\(name): checklist \(item.id)")
                }
                for deadline in member.deadlines {
                    #expect(DeadlineWord(rawValue: deadline.id) != nil, "\(name): deadline \(deadline.id)")
                }
                for warning in member.warnings {
                    #expect(WarningWord(rawValue: warning.id) != nil, "\(name): warning \(warning.id)")
                }
            }
            codesSeen += assessment.members.map { $0.checklist.count + $0.deadlines.count + $0.warnings.count }.reduce(0, +)
            let record = CaseRecord(file: file, assessment: assessment)
            for format in CaseSummary.Format.allCases {
                #expect(!CaseSummary.render(record, language: .nl, format: format).isEmpty)
            }
            #expect(ICalendarValidator.problems(CalendarExport.render([record], language: .nl, generatedAt: Date())) == [],
                    "\(name)")
        }
        #expect(codesSeen > 50, "the golden cases give the outputs real codes to translate")
    }
}
