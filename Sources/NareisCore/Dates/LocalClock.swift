import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Calendar days and timestamps of a moment, read through the C library.
/// Foundation's `Calendar` loads ICU's calendar, locale and time-zone data first: about
/// a millisecond of every command, for a question the C library answers from the
/// same time-zone rules (the `TZ` variable, else `/etc/localtime`).
public enum LocalClock {
    /// The day `date` falls on in the local time zone.
    public static func day(of date: Date) -> Day {
        let parts = broken(date, local: true)
        guard let day = Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) else {
            // Only a clock set thousands of years off gets here: the UTC day then.
            return Day(ordinal: Day(year: 1970, month: 1, day: 1)!.ordinal + Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
        }
        return day
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (UTC, whole seconds) for `changedAt` and the audit trail.
    public static func utcTimestamp(of date: Date) -> String {
        let p = broken(date, local: false)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(Int(p.tm_year) + 1900)-\(two(p.tm_mon + 1))-\(two(p.tm_mday))T\(two(p.tm_hour)):\(two(p.tm_min)):\(two(p.tm_sec))Z"
    }

    private static func broken(_ date: Date, local: Bool) -> tm {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        _ = local ? localtime_r(&seconds, &parts) : gmtime_r(&seconds, &parts)
        return parts
    }
}
