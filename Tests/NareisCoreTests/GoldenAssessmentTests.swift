import Foundation
import Testing
@testable import NareisCore

/// Whole cases against whole expected assessments: `Fixtures/NAME.case.json` is
/// assessed on its `asOf` and must print exactly `Fixtures/NAME.expected.json`.
/// After a deliberate change, review the diff and regenerate with
/// `NAREIS_UPDATE_GOLDEN=1 swift test --filter GoldenAssessmentTests`.
@Suite("Golden cases")
struct GoldenAssessmentTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".case.json") }.map { String($0.dropLast(".case.json".count)) }.sorted()
    }

    @Test func thereAreGoldenCases() {
        #expect(Self.names.count >= 8)
    }

    @Test(arguments: names)
    func assessmentMatches(name: String) throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent(name + ".case.json"))
        let file = try CaseFileReader.read(data)
        let asOf = try #require(file.asOf, "a golden case names its asOf")
        let actual = AssessmentWriter.text(Assessor.assess(file, asOf: asOf)) + "\n"
        let expectedURL = Self.directory.appendingPathComponent(name + ".expected.json")
        if ProcessInfo.processInfo.environment["NAREIS_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected)
    }
}
