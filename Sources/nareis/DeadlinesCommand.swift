import ArgumentParser
import Foundation
import NareisCore
import NareisCasework

struct DeadlinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "Every open or overdue deadline across the store due within DAYS: overdue first, then by due date."
    )

    @OptionGroup var store: StoreOptions

    @OptionGroup var window: WindowOptions

    func run() throws {
        let (day, within, json) = (try window.day(), window.within, window.json)
        let opened = try store.open(readOnly: true)
        let deadlines = try storeCall { try opened.allDeadlines(within: within, asOf: day) }
        var out = OutputBuffer(spoolBeside: store.path)
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
            // IDs are ASCII (the case file reader allows nothing else), so bytes are columns.
            let header = ["CASE", "MEMBER", "DEADLINE", "DUE"]
            var widths = header.map(\.utf8.count)
            // Rows are read where they lie (by index): `for d in deadlines` copies each
            // row, retaining and releasing its five strings, twice over ten thousand rows.
            for index in deadlines.indices {
                widths[0] = max(widths[0], deadlines[index].caseId.utf8.count)
                widths[1] = max(widths[1], deadlines[index].memberId.utf8.count)
                widths[2] = max(widths[2], deadlines[index].deadlineId.utf8.count)
            }
            widths[3] = 10
            // Every line is as wide, but for the days left: hold them all in one allocation.
            out.reserve((deadlines.count + 1) * (widths.reduce(0, +) + 2 * widths.count + 8))
            for (index, title) in header.enumerated() { out.write(title, paddedTo: widths[index] + 2) }
            out.write("DAYS LEFT\n")
            // Lines come by due day, hundreds to a day: format each day once.
            var due: Day?
            var dueColumns = ""
            for index in deadlines.indices {
                if deadlines[index].due != due {
                    due = deadlines[index].due
                    dueColumns = deadlines[index].due.iso + "  " + String(deadlines[index].daysLeft(on: day)) + "\n"
                }
                out.write(deadlines[index].caseId, paddedTo: widths[0] + 2)
                out.write(deadlines[index].memberId, paddedTo: widths[1] + 2)
                out.write(deadlines[index].deadlineId, paddedTo: widths[2] + 2)
                out.write(dueColumns)
            }
        }
        try out.flushAndEnd()
    }
}
