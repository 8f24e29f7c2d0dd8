import ArgumentParser
import Foundation
import NareisCore

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Print the assessment (nareis-assessment/1 JSON) of one case file; stores nothing."
    )

    @Argument(help: "The case file (nareis-case/1), or - for standard input.")
    var file: String

    @Option(help: "Assess on this day (YYYY-MM-DD) instead of the file's asOf or today.")
    var asOf: String?

    func run() throws {
        var day: Day?
        if let asOf {
            guard let parsed = Day(iso: asOf) else {
                printError("--as-of: \"\(asOf)\" is not a date (expected YYYY-MM-DD)")
                throw ExitStatus.badInput
            }
            day = parsed
        }
        let data = try readInput(file)
        let caseFile: CaseFile
        do {
            caseFile = try CaseFileReader.read(data)
        } catch let error as CaseFileError {
            printError("\(file == "-" ? "standard input" : file) refused:\n" + error.description)
            throw ExitStatus.badInput
        }
        let assessment = Assessor.assess(caseFile, asOf: day ?? caseFile.asOf ?? today())
        print(AssessmentWriter.text(assessment))
    }
}
