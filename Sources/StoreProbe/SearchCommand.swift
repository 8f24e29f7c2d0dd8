import ArgumentParser
import Foundation
import NareisStore

/// Times name searches inside one process, for scripts/bench-store. Prints the query count and p50/p99/max in milliseconds.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Time searches as typed (store benchmark only)."
    )

    @OptionGroup var store: ProbeStore

    @Option(help: "How many searches.")
    var queries: Int = 2000

    func run() throws {
        let opened = try store.open(readOnly: true)
        // What counsellors type: the first letters of names in both scripts, V-numbers, case IDs.
        let typed = ["a", "al", "al-", "moh", "moha", "fat", "tesf", "saba", "yıl", "sahin", "kar", "haddad", "omar",
                     "محمد", "فاط", "ተስ", "ሳባ", "احمد", "خان", "12", "123", "4567", "NR-2026", "NR-2026-001", "zain", "ahmad al"]
        var times: [Double] = []
        var slowest: [String: Double] = [:]
        var found = 0
        for index in 0..<queries {
            let text = typed[index % typed.count]
            let start = DispatchTime.now().uptimeNanoseconds
            found += try opened.search(text, limit: 50).count
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            times.append(ms)
            slowest[text] = max(slowest[text] ?? 0, ms)
        }
        times.sort()
        let worst = slowest.sorted { $0.value > $1.value }.prefix(3).map { "\"\($0.key)\" \(String(format: "%.1f", $0.value))" }
        defer { print("slowest texts (max ms): " + worst.joined(separator: ", ")) }
        func percentile(_ p: Double) -> String { String(format: "%.2f", times[min(times.count - 1, Int(Double(times.count) * p))]) }
        print("searches \(queries) (rows \(found)) p50 \(percentile(0.5)) ms p99 \(percentile(0.99)) ms max \(percentile(1.0)) ms")
    }
}
