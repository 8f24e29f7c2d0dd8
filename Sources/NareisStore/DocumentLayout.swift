/// Lays out a stored (compact) case document the way `JSONWriter` prints it pretty,
/// without parsing it into values: exports of 100,000 cases stream at disk speed.
/// The stored documents are `JSONWriter` output, so only the whitespace differs.
enum DocumentLayout {
    static func pretty(_ compact: String, indentLevel: Int = 0) -> String {
        let bytes = Array(compact.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var depth = indentLevel
        var inString = false
        var escaped = false
        func newline() {
            out.append(0x0A)
            for _ in 0..<depth { out.append(0x20); out.append(0x20) }
        }
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            i += 1
            if inString {
                out.append(c)
                if escaped { escaped = false } else if c == UInt8(ascii: "\\") { escaped = true } else if c == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch c {
            case UInt8(ascii: "\""):
                inString = true
                out.append(c)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = c == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                out.append(c)
                if i < bytes.count, bytes[i] == close {
                    out.append(close)
                    i += 1
                } else {
                    depth += 1
                    newline()
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                newline()
                out.append(c)
            case UInt8(ascii: ","):
                out.append(c)
                newline()
            case UInt8(ascii: ":"):
                out.append(c)
                out.append(0x20)
            default:
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension CaseStore {
    /// Calls `body` with every stored case as a pretty `nareis-case/1` document (as
    /// `CaseFileWriter.text` writes it), in ID order, one at a time: constant memory.
    public func forEachCaseDocument(indentLevel: Int = 0, _ body: (String) throws -> Void) throws {
        try read { db in
            let documents = try String.fetchCursor(db, sql: "SELECT document FROM cases ORDER BY id")
            while let document = try documents.next() {
                try body(DocumentLayout.pretty(document, indentLevel: indentLevel))
            }
        }
    }
}
