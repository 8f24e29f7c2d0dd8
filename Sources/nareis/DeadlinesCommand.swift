import ArgumentParser
import Foundation
import NareisCore
import NareisStore

struct DeadlinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "Every open or overdue deadline across the store due within DAYS: overdue first, then by due date."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Days ahead to look (default 14).", valueName: "days"))
    var within: Int = 14

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Option(help: ArgumentHelp("Count days from this day (YYYY-MM-DD) instead of today.", valueName: "day"))
    var asOf: String?

    func validate() throws {
        guard (0...3660).contains(within) else {
            throw ValidationError("--within: \(within) is not a number of days from 0 to 3660")
        }
    }

    func run() throws {
        let day = try parseDay(asOf, option: "--as-of") ?? today()
        let opened = try store.open(readOnly: true)
        let deadlines = try storeCall { try opened.pendingDeadlines(within: within, asOf: day) }
        var out = OutputBuffer()
        if json {
            let items: [JSONValue] = deadlines.map { d in
                var o = ObjectBuilder()
                o["caseId"] = .string(d.caseId)
                o["memberId"] = .string(d.memberId)
                o["deadline"] = .string(d.deadlineId)
                o["due"] = .string(d.due.iso)
                o["daysLeft"] = .number(Double(d.daysLeft(on: day)))
                o["state"] = .string(d.isOverdue(on: day) ? "overdue" : "open")
                o["rule"] = .string(d.rule)
                return o.value
            }
            out.write(JSONWriter.string(.array(items)) + "\n")
        } else if deadlines.isEmpty {
            out.write("No open or overdue deadlines within \(within) days of \(day.iso).\n")
        } else {
            let rows = [["CASE", "MEMBER", "DEADLINE", "DUE", "DAYS LEFT"]] + deadlines.map {
                [$0.caseId, $0.memberId, $0.deadlineId, $0.due.iso, String($0.daysLeft(on: day))]
            }
            // IDs are ASCII (the case file reader allows nothing else), so bytes are columns.
            let widths = (0..<5).map { column in rows.map { $0[column].utf8.count }.max()! }
            for row in rows {
                var line = ""
                for (index, cell) in row.enumerated() {
                    line += cell
                    if index < 4 { line += String(repeating: " ", count: widths[index] - cell.utf8.count + 2) }
                }
                out.write(line + "\n")
            }
        }
        out.flush()
    }
}
