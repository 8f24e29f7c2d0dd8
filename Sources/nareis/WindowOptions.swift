import ArgumentParser
import NareisCore

/// `--within DAYS`, `--json` and `--as-of DAY`: the daily look ahead that
/// `nareis deadlines` and `nareis tasks` share.
struct WindowOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Days ahead to look.", valueName: "days"))
    var within: Int = 14

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Option(help: ArgumentHelp("Count days from this day (YYYY-MM-DD) instead of today.", valueName: "day"))
    var asOf: String?

    /// The day to count from: `--as-of`, else today.
    func day() throws -> Day { try parseDay(asOf, option: "--as-of") ?? today() }

    func validate() throws {
        guard (0...3660).contains(within) else {
            throw ValidationError("--within: \(within) is not a number of days from 0 to 3660")
        }
    }
}
