/// The text values of one case's rows laid out one after another in a single UTF-8
/// buffer, filled where the case is prepared. The writing thread binds them to SQLite
/// in place (`SQLITE_STATIC`): bound as Swift strings, SQLite copied each of some
/// thirty values a case into an allocation of its own and freed it again, a fifth of
/// that thread's work in an import.
struct RowText: Sendable {
    /// Starts with one byte so that the buffer always has an address (an empty text
    /// is then a span of no bytes, not a null pointer, which SQLite reads as NULL).
    private(set) var bytes: [UInt8] = [0]

    /// Appends `text` and returns where it is; nil gives `TextSpan.null`.
    mutating func add(_ text: String?) -> TextSpan {
        guard var text else { return .null }
        let start = bytes.count
        text.withUTF8 { bytes.append(contentsOf: $0) }
        return TextSpan(start: start, count: bytes.count - start)
    }

    mutating func add(utf8: [UInt8]) -> TextSpan {
        let start = bytes.count
        bytes.append(contentsOf: utf8)
        return TextSpan(start: start, count: utf8.count)
    }

    /// Calls `body` with the buffer's address, valid for the call only: every
    /// statement bound from it must be run (and reset) inside `body`.
    func withBase<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }
}

/// Where one value is in a `RowText`; a count of -1 is SQL NULL.
struct TextSpan: Sendable {
    var start: Int
    var count: Int

    static let null = TextSpan(start: 0, count: -1)
}
