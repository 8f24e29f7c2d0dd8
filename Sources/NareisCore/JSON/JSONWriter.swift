/// Writes `JSONValue` as text: pretty (two-space indent, one key per line) for
/// people and files, compact for JSON Lines. Output is pure ASCII-safe JSON with
/// control characters escaped, so it is safe to print to a terminal.
public enum JSONWriter {
    public static func string(_ value: JSONValue, pretty: Bool = true) -> String {
        String(decoding: utf8(value, pretty: pretty), as: UTF8.self)
    }

    /// The same text as UTF-8 bytes, for writing to a file or the store without
    /// making (and validating) a String first.
    public static func utf8(_ value: JSONValue, pretty: Bool = true) -> [UInt8] {
        // Built as bytes: the store writes a document for every case it imports, and
        // appending to a byte array costs a fraction of growing a String.
        var out: [UInt8] = []
        out.reserveCapacity(2048)
        write(value, into: &out, indent: pretty ? 0 : nil)
        return out
    }

    private static func write(_ value: JSONValue, into out: inout [UInt8], indent: Int?) {
        switch value {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .number(let n): out += number(n).utf8
        case .string(let s): appendQuoted(s, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent.map { $0 + 1 })
                write(item, into: &out, indent: indent.map { $0 + 1 })
            }
            newline(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent.map { $0 + 1 })
                appendQuoted(pair.key, to: &out)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                write(pair.value, into: &out, indent: indent.map { $0 + 1 })
            }
            newline(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int?) {
        guard let indent else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    static func number(_ n: Double) -> String {
        if n.isFinite, n == n.rounded(), abs(n) < 9_007_199_254_740_992 { return String(Int64(n)) }
        return n.isFinite ? String(n) : "null"
    }

    /// JSON string literal; escapes C0, DEL, C1, line separators and bidirectional
    /// controls, so that case text printed to a terminal cannot act on it.
    public static func quoted(_ s: String) -> String {
        var out: [UInt8] = []
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most text needs no escape at all: its bytes are copied whole (exports and the
        // store write millions of strings). Every character that needs one is either
        // ASCII or starts with one of three lead bytes (C1: C2; U+200E…U+2069: E2;
        // U+FEFF: EF), so a byte scan finds the strings that need a closer look.
        var text = s
        let copied = text.withUTF8 { bytes in
            guard !bytes.contains(where: mayNeedEscape) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if !copied {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\"".utf8
                case "\\": out += "\\\\".utf8
                case "\n": out += "\\n".utf8
                case "\r": out += "\\r".utf8
                case "\t": out += "\\t".utf8
                default:
                    if needsEscape(scalar) {
                        let hex = String(scalar.value, radix: 16)
                        out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                    } else {
                        out += String(scalar).utf8
                    }
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xEF
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x2028...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0xFEFF
    }
}
