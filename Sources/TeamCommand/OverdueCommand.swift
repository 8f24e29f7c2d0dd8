import ArgumentParser
import Foundation
import NareisCore
import NareisOutputs

/// `nareis team overdue`: the team's overdue deadlines across every counsellor, from the server.
struct OverdueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "The team's overdue deadlines, across every counsellor (from the server)."
    )

    @Option(help: ArgumentHelp("The day to judge on (YYYY-MM-DD; default today).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("At most this many lines.", valueName: "n"))
    var limit = 1000

    @OptionGroup var options: TeamOptions

    func run() async throws {
        let language = options.language
        let day: Day
        if let asOf {
            guard let parsed = Day(iso: asOf) else {
                printError(language == .nl ? "--as-of: \"\(asOf)\" is geen datum (verwacht JJJJ-MM-DD)"
                    : "--as-of: \"\(asOf)\" is not a date (expected YYYY-MM-DD)")
                throw TeamExit.usage
            }
            day = parsed
        } else {
            day = LocalClock.day(of: Date())
        }
        guard (1...100_000).contains(limit) else {
            printError(language == .nl ? "--limit: \(limit) (verwacht 1 tot 100000)" : "--limit: \(limit) (expected 1 to 100000)")
            throw TeamExit.usage
        }
        let server = try await options.connect(try options.teamSettings())
        let deadlines = try await options.teamCall {
            defer { Task { await server.close() } }
            return try await server.overdue(asOf: day, limit: limit)
        }
        guard !deadlines.isEmpty else {
            print(TeamText.noOverdue(day, language))
            return
        }
        let rows = deadlines.map { [$0.caseId, CleanText.singleLine($0.counsellor ?? "-"), $0.memberId, $0.deadlineId, $0.due.iso] }
        let header = TeamText.overdueHeader(language)
        var widths = header.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        var out = ""
        for row in [header] + rows {
            out += row.enumerated().map { $0.element.padding(toLength: widths[$0.offset] + 2, withPad: " ", startingAt: 0) }
                .joined().trimmingCharacters(in: .whitespaces) + "\n"
        }
        print(out, terminator: "")
    }
}
