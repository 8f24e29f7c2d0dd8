import Foundation
import Testing
@testable import NareisCore

@Suite("Reading JSON")
struct JSONParserTests {
    static func parse(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)) }

    @Test func valuesKeysInOrderAndEscapes() throws {
        let value = try Self.parse(#"""
            {"z": 1, "a": [true, false, null, -0.5, 2e3, 1E-2], "s": "tab\there \"q\" \\ \/ \u00e9 \ud83d\ude00 ሳባ",
             "e": {}, "l": []}
            """#)
        #expect(value == .object([
            ("z", .number(1)),
            ("a", .array([.bool(true), .bool(false), .null, .number(-0.5), .number(2000), .number(0.01)])),
            ("s", .string("tab\there \"q\" \\ / é 😀 ሳባ")),
            ("e", .object([])), ("l", .array([])),
        ]))
        #expect(try Self.parse("\u{FEFF} 42 ") == .number(42), "a byte-order mark and whitespace around a value")
        #expect(try Self.parse(#"{"k": 1, "k": 2}"#)["k"] == .number(2), "the last of a repeated key counts")
    }

    @Test(arguments: [
        ("", "no JSON value"), ("   ", "no JSON value"), ("{", "ends inside an object"), ("[1,]", "unexpected character"),
        ("{\"a\":1,}", "expected a quoted key"), ("[1 2]", "expected ',' or ']'"), ("01", "unexpected text after"),
        ("1.", "digits after '.'"), ("1e", "exponent"), ("-", "needs digits"), ("1e400", "too large"), ("NaN", "unexpected character"),
        ("tru", "unexpected character"), ("\"a", "ends inside a string"), ("\"\\x\"", "unknown escape"),
        ("\"\\ud800\"", "lone surrogate"), ("\"\\udc00\"", "lone surrogate"), ("\"\\u12g4\"", "four hex digits"), ("\"\\u12", "ends inside a \\u escape"),
        ("\"a\u{1}b\"", "control character"), ("{\"a\" 1}", "expected ':'"), ("// c\n1", "unexpected character"),
        ("[1] [2]", "unexpected text after"),
    ])
    func refusesWhatIsNotJSON(_ input: String, _ expected: String) {
        #expect {
            try Self.parse(input)
        } throws: { error in
            "\(error)".hasPrefix("not valid JSON (") && "\(error)".contains(expected)
        }
    }

    @Test func refusesInvalidUTF8AndDeepNesting() {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(Data([0x22, 0xC3, 0x28, 0x22])) }
        #expect(throws: JSONParseError.self) { try JSONValue.parse(Data([0x22, 0xED, 0xA0, 0x80, 0x22])) }
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect { try Self.parse(deep) } throws: { "\($0)".contains("nested deeper than 512 levels") }
        let allowed = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect((try? Self.parse(allowed)) != nil)
    }

    /// Agrees with Foundation's reader on which texts are JSON and what they hold, over
    /// texts made from JSON's own pieces (so that most are nearly valid), except that
    /// a trailing comma is refused.
    @Test func agreesWithFoundation() throws {
        let pieces = ["{", "}", "[", "]", ",", ":", "\"k\"", "\"a\\nb\"", "\"\\u00e9\"", "1", "-2.5e3", "0", "true", "null",
                      " ", "\"x\"", "{\"a\":", "[1,", "\"\\\"\"", "07", ".5", "\"é\""]
        var rng = SystemRandomNumberGenerator()
        var disagreements: [String] = []
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let ours = try? Self.parse(text)
            let theirs = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            // Foundation lets a trailing comma through; RFC 8259 does not.
            let trailingComma = text.filter { $0 != " " }.contains(",]") || text.filter { $0 != " " }.contains(",}")
            if (ours == nil) != (theirs == nil), !(ours == nil && trailingComma) { disagreements.append(text); continue }
            if let ours, let theirs, Self.plain(ours) != Self.plain(theirs) { disagreements.append(text) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    /// A comparable description: objects with sorted keys (Foundation's lose the order),
    /// the last of repeated keys, booleans as numbers.
    static func plain(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "1.0" : "0.0"   // Foundation reads both as NSNumber here
        case .number(let n): return "\(n)"
        case .string(let s): return JSONWriter.quoted(s)
        case .array(let items): return "[" + items.map(plain).joined(separator: ",") + "]"
        case .object(let pairs):
            var last: [String: JSONValue] = [:]
            for pair in pairs { last[pair.key] = pair.value }
            return "{" + last.keys.sorted().map { JSONWriter.quoted($0) + ":" + plain(last[$0]!) }.joined(separator: ",") + "}"
        }
    }

    static func plain(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let n as NSNumber: return "\(n.doubleValue)"
        case let s as String: return JSONWriter.quoted(s)
        case let a as [Any]: return "[" + a.map { plain($0) }.joined(separator: ",") + "]"
        case let o as [String: Any]:
            return "{" + o.keys.sorted().map { JSONWriter.quoted($0) + ":" + plain(o[$0]!) }.joined(separator: ",") + "}"
        default: return "?"
        }
    }
}
