import Foundation

/// A parsed JSON document. Objects keep their key order so that what nareis writes
/// is stable, readable and diffable (golden files, exports under version control).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// Parses UTF-8 JSON (`JSONParser`). Throws `JSONParseError` (never traps) on any
    /// bytes that are not JSON.
    public static func parse(_ data: Data) throws -> JSONValue {
        try data.withUnsafeBytes { raw in try JSONParser.parse(raw.bindMemory(to: UInt8.self)) }
    }

    /// Parses JSON text where it lies: a stored document is read without first being
    /// copied into `Data` (whose generic initialiser also asks the runtime, once a
    /// process, whether the text's bytes are contiguous).
    public static func parse(_ text: String) throws -> JSONValue {
        var text = text
        return try text.withUTF8 { try JSONParser.parse($0) }
    }

    public subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.last(where: { $0.key == key })?.value
    }
}

public struct JSONParseError: Error, CustomStringConvertible {
    public let detail: String
    public var description: String { "not valid JSON (\(detail))" }
}
