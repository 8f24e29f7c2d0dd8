import Foundation
import NareisCore
#if canImport(Glibc)
import Glibc
#endif

/// The user's settings file, `$XDG_CONFIG_HOME/nareis/config.toml` (else
/// `~/.config/nareis/config.toml`), owner-only (0600): the interface language
/// (`language = "nl"`) and, once the counsellor joined a team, the team server
/// (`[team]`: `server`, `counsellor`, and `password` when the server asks for one; a
/// password never goes into a store or onto a command line). The reader takes the TOML
/// subset such a file needs (comments, tables, `key = "string"`); lines it does not
/// know are kept as they are when a setting is written back.
public struct UserConfig: Sendable {
    public var language: Language?
    public var team: TeamSettings?
    /// Problems found while reading, each naming the file, line and what is expected.
    public var problems: [String] = []
    /// `lock_after_minutes = 10` (top level): the workstation's idle cover; nil when not set.
    public var lockAfterMinutes: Double?
    /// A wrong `lock_after_minutes`, said like the problems above: apart from them, since
    /// only the workstation uses the setting (and says it), not every command.
    public var lockAfterProblem: String?

    public init(language: Language? = nil, team: TeamSettings? = nil, problems: [String] = []) {
        self.language = language
        self.team = team
        self.problems = problems
    }

    public static func path(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/nareis/config.toml"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/nareis/config.toml"
    }

    /// The settings in the file at `path`; none when there is no file.
    public static func read(path: String) -> UserConfig {
        guard FileManager.default.fileExists(atPath: path) else { return UserConfig() }
        guard let data = FileManager.default.contents(atPath: path), data.count <= 64 * 1024,
              let text = String(data: data, encoding: .utf8) else {
            return UserConfig(problems: ["\(path): not readable as a UTF-8 text file of at most 64 KiB; ignored"])
        }
        var config = UserConfig()
        var table: String?
        var team: [String: String] = [:]
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingWhitespace
            if line.hasPrefix("[") {
                table = line.hasSuffix("]") ? String(line.dropFirst().dropLast()).trimmingWhitespace : line
                continue
            }
            guard let (key, value) = keyValue(line) else { continue }
            switch (table, key) {
            case (nil, "language"):
                if let value, let language = Language(rawValue: value) {
                    config.language = language
                } else {
                    let expected = Language.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
                    config.problems.append("\(path) line \(index + 1): language = \(value.map { "\"\($0)\"" } ?? "?") "
                        + "is not a language (expected \(expected)); ignored")
                }
            case (nil, LockAfterSetting.key):
                let written = value ?? bareValue(line)
                if let minutes = LockAfterSetting.minutes(written) {
                    config.lockAfterMinutes = minutes
                } else {
                    let shown = value.map { "\"\($0)\"" } ?? (written.isEmpty ? "?" : written)
                    config.lockAfterProblem = "\(path) line \(index + 1): \(LockAfterSetting.key) = \(shown) "
                        + "is not a number of minutes (expected \(LockAfterSetting.expected)); ignored"
                }
            case ("team", let key) where TeamSettings.keys.contains(key):
                if let value {
                    team[key] = value
                } else {
                    config.problems.append("\(path) line \(index + 1): team \(key) is not a quoted text (expected \(key) = \"…\"); ignored")
                }
            default:
                continue
            }
        }
        if let server = team["server"], let counsellor = team["counsellor"] {
            config.team = TeamSettings(server: server, counsellor: counsellor, password: team["password"])
        } else if !team.isEmpty {
            config.problems.append("\(path): [team] needs server and counsellor (run nareis team join); ignored")
        }
        return config
    }

    /// `key = "value"` (or `'value'`), with an optional trailing comment; the value is
    /// nil when it is not such a string. nil for blank lines and comments.
    static func keyValue(_ line: String) -> (String, String?)? {
        guard !line.isEmpty, !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { return nil }
        let key = String(line[..<equals]).trimmingWhitespace
        let rest = String(line[line.index(after: equals)...]).trimmingWhitespace
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return (key, nil) }
        let body = rest.dropFirst()
        guard let close = body.firstIndex(of: quote) else { return (key, nil) }
        let after = String(body[body.index(after: close)...]).trimmingWhitespace
        guard after.isEmpty || after.hasPrefix("#") else { return (key, nil) }
        return (key, String(body[..<close]))
    }

    /// The text after `key =` up to a comment, for a value that is not a quoted text (a number).
    static func bareValue(_ line: String) -> String {
        guard let equals = line.firstIndex(of: "=") else { return "" }
        let rest = line[line.index(after: equals)...]
        return String(rest.prefix { $0 != "#" }).trimmingWhitespace
    }

    /// Writes `language` into the file, keeping its other lines.
    public static func remember(_ language: Language, path: String) throws {
        var lines = try existingLines(path)
        let setting = "language = \"\(language.rawValue)\""
        let firstTable = lines.firstIndex { $0.trimmingWhitespace.hasPrefix("[") } ?? lines.count
        if let existing = lines[..<firstTable].firstIndex(where: { keyValue($0.trimmingWhitespace)?.0 == "language" }) {
            lines[existing] = setting
        } else {
            lines.insert(setting, at: firstTable)
        }
        try writeAtomically(lines, to: path)
    }

    /// Writes the team settings as the file's `[team]` table (replacing one there was),
    /// keeping its other lines.
    public static func remember(_ team: TeamSettings, path: String) throws {
        var kept: [String] = []
        var inTeam = false
        for line in try existingLines(path) {
            let trimmed = line.trimmingWhitespace
            if trimmed.hasPrefix("[") { inTeam = trimmed.replacingOccurrences(of: " ", with: "") == "[team]" }
            if !inTeam { kept.append(line) }
        }
        while kept.last?.trimmingWhitespace.isEmpty == true { kept.removeLast() }
        if !kept.isEmpty { kept.append("") }
        kept.append("[team]")
        kept.append("server = \(quoted(team.server))")
        kept.append("counsellor = \(quoted(team.counsellor))")
        if let password = team.password { kept.append("password = \(quoted(password))") }
        try writeAtomically(kept, to: path)
    }

    /// A value as a TOML string the reader reads back (the quote that does not occur in it).
    private static func quoted(_ value: String) -> String {
        value.contains("\"") ? "'\(value)'" : "\"\(value)\""
    }

    private static func existingLines(_ path: String) throws -> [String] {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        var lines = (FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) } ?? "")
            .components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Atomically (a temporary file renamed over it), owner-only (0600, directory 0700).
    private static func writeAtomically(_ lines: [String], to path: String) throws {
        let text = lines.joined(separator: "\n") + "\n"
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw ConfigWriteError(path: path, reason: String(cString: strerror(errno))) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == bytes.count, synced == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ConfigWriteError(path: path, reason: reason)
        }
        chmod(path, 0o600)
    }
}

/// The team server a counsellor joined (`nareis team join`).
public struct TeamSettings: Hashable, Sendable {
    static let keys: Set<String> = ["server", "counsellor", "password"]

    /// A PostgreSQL address (`postgresql://ROLE@HOST/DATABASE?sslmode=verify-full…`), no password in it.
    public var server: String
    /// The counsellor's name as cases carry it.
    public var counsellor: String
    public var password: String?

    public init(server: String, counsellor: String, password: String?) {
        self.server = server
        self.counsellor = counsellor
        self.password = password
    }
}

public struct ConfigWriteError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): cannot save the setting (\(reason))" }
}
