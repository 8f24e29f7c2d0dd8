/// RFC 5545 content lines: TEXT escaping (section 3.3.11) and line folding
/// (section 3.1). Lines end in CRLF and are folded at 75 octets, never inside a
/// UTF-8 sequence; a continuation line starts with one space.
enum ICalendarLines {
    static let lineEnd = "\r\n"
    static let maxOctets = 75

    /// Backslash, semicolon and comma get a backslash; a line break becomes `\n`;
    /// other control characters (not allowed in TEXT) become a space.
    static func escape(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            default:
                result.unicodeScalars.append(CleanText.isUnsafe(scalar) ? " " : scalar)
            }
        }
        return result
    }

    /// One content line, folded: each physical line holds at most 75 octets, the
    /// leading space of a continuation counting as one of them.
    static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        // By Unicode scalar, not by Character: a cluster with many combining marks
        // may be longer than a whole line, and splitting between scalars is allowed.
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > maxOctets {
                result += lineEnd + " "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += size
        }
        return result + lineEnd
    }
}
