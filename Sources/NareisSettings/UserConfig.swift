import Foundation
import NareisCore
#if canImport(Glibc)
import Glibc
#endif

/// The user's settings file, `$XDG_CONFIG_HOME/nareis/config.toml` (else
/// `~/.config/nareis/config.toml`). Today it holds one setting, the interface
/// language (`language = "nl"`). The reader takes the TOML subset such a file
/// needs (comments, tables, `key = "string"`); other lines are kept as they are
/// when the language is written back.
struct UserConfig {
    var language: Language?
    /// Problems found while reading, each naming the file, line and what is expected.
    var problems: [String] = []

    static func path(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/nareis/config.toml"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/nareis/config.toml"
    }

    /// The settings in the file at `path`; none when there is no file.
    static func read(path: String) -> UserConfig {
        guard FileManager.default.fileExists(atPath: path) else { return UserConfig() }
        guard let data = FileManager.default.contents(atPath: path), data.count <= 64 * 1024,
              let text = String(data: data, encoding: .utf8) else {
            return UserConfig(problems: ["\(path): not readable as a UTF-8 text file of at most 64 KiB; ignored"])
        }
        var config = UserConfig()
        var inTable = false
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") { inTable = true; continue }
            guard !inTable, let (key, value) = keyValue(line), key == "language" else { continue }
            if let value, let language = Language(rawValue: value) {
                config.language = language
            } else {
                let expected = Language.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
                config.problems.append("\(path) line \(index + 1): language = \(value.map { "\"\($0)\"" } ?? "?") "
                    + "is not a language (expected \(expected)); ignored")
            }
        }
        return config
    }

    /// `key = "value"` (or `'value'`), with an optional trailing comment; the value is
    /// nil when it is not such a string. nil for blank lines and comments.
    static func keyValue(_ line: String) -> (String, String?)? {
        guard !line.isEmpty, !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { return nil }
        let key = line[..<equals].trimmingCharacters(in: .whitespaces)
        let rest = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return (key, nil) }
        let body = rest.dropFirst()
        guard let close = body.firstIndex(of: quote) else { return (key, nil) }
        let after = body[body.index(after: close)...].trimmingCharacters(in: .whitespaces)
        guard after.isEmpty || after.hasPrefix("#") else { return (key, nil) }
        return (key, String(body[..<close]))
    }

    /// Writes `language` into the file, keeping its other lines: atomically (a
    /// temporary file renamed over it), owner-only (0600, directory 0700).
    static func remember(_ language: Language, path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        var lines = (FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) } ?? "")
            .components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let setting = "language = \"\(language.rawValue)\""
        let firstTable = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[") } ?? lines.count
        if let existing = lines[..<firstTable].firstIndex(where: { keyValue($0.trimmingCharacters(in: .whitespaces))?.0 == "language" }) {
            lines[existing] = setting
        } else {
            lines.insert(setting, at: firstTable)
        }
        try writeAtomically(lines.joined(separator: "\n") + "\n", to: path)
    }

    private static func writeAtomically(_ text: String, to path: String) throws {
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

struct ConfigWriteError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): cannot save the language setting (\(reason))" }
}
