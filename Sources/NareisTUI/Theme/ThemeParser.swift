/// A theme file that cannot be used, with where and why.
public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Reads theme files: one `role = foreground background [attributes]` per line,
/// `#` starts a comment. Unknown roles, colours and attributes are refused with
/// the file and line, so a typo never silently falls back to something unreadable.
public enum ThemeParser {
    /// - Parameter base: roles the file does not list keep the style they have in
    ///   `base`; nil requires every role to be listed.
    public static func parse(_ text: String, file: String, base: Theme?) throws -> Theme {
        var styles = base?.styles ?? [:]
        var seen: Set<Role> = []
        let knownRoles = Role.allCases.map(\.rawValue).joined(separator: ", ")
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let content = String(line).trimmingWhitespace
            if content.isEmpty { continue }
            func fail(_ message: String) -> ThemeError { ThemeError(file: file, line: number, message: message) }

            let sides = content.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard sides.count == 2 else { throw fail("expected \"role = foreground background [attributes]\"") }
            let roleName = String(sides[0]).trimmingWhitespace
            guard let role = Role(rawValue: roleName) else {
                throw fail("unknown role \"\(roleName)\" (known roles: \(knownRoles))")
            }
            guard seen.insert(role).inserted else { throw fail("role \"\(roleName)\" is given twice") }
            let words = sides[1].split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard words.count == 2 || words.count == 3 else {
                throw fail("expected a foreground colour, a background colour and optional attributes after \"=\"")
            }
            guard let foreground = ThemeColor(name: words[0]) else { throw fail(unknownColour(words[0])) }
            guard let background = ThemeColor(name: words[1]) else { throw fail(unknownColour(words[1])) }
            var attributes: ThemeAttributes = []
            if words.count == 3 {
                for name in words[2].split(separator: ",", omittingEmptySubsequences: false) {
                    guard let attribute = ThemeAttributes.names[String(name)] else {
                        throw fail("unknown attribute \"\(name)\" (known: bold, dim, reverse, underline, italic, -)")
                    }
                    attributes.formUnion(attribute)
                }
            }
            styles[role] = Style(foreground: foreground, background: background, attributes: attributes)
        }
        if base == nil {
            let missing = Role.allCases.filter { styles[$0] == nil }.map(\.rawValue)
            if !missing.isEmpty {
                throw ThemeError(file: file, line: nil, message: "roles not given: " + missing.joined(separator: ", "))
            }
        }
        let name = file.split(separator: "/").last.map { String($0) } ?? file
        return Theme(name: name.hasSuffix(".theme") ? String(name.dropLast(6)) : name, styles: styles)
    }

    static func unknownColour(_ word: String) -> String {
        "unknown colour \"\(word)\" (expected default, a colour name such as red or bright-red, or a number 0-255)"
    }
}
