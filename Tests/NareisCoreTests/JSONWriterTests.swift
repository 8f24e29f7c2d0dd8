import Foundation
import Testing
@testable import NareisCore

@Suite("JSON text written for files, the store and terminals")
struct JSONWriterTests {
    /// Characters that could act on a terminal or reorder what a reader sees.
    static func mustBeEscaped(_ v: UInt32) -> Bool {
        v < 0x20 || (0x7F...0x9F).contains(v) || (0x2028...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0xFEFF
    }

    /// Every scalar of the Basic Multilingual Plane and beyond, between other text:
    /// the control and bidi ones come out as `\uXXXX` (or `\n`, `\t`, `\r`), quote and
    /// backslash as `\"` and `\\`, all others as themselves, and the JSON reads back
    /// as the original text.
    @Test func everyScalarIsEscapedExactlyWhenItMustBe() throws {
        var wrong: [String] = []
        for v in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }   // surrogates
            let text = "a" + String(Character(scalar)) + "é"
            let quoted = JSONWriter.quoted(text)
            if v == 0x22 || v == 0x5C {
                if quoted != "\"a\\" + text.dropFirst() + "\"" { wrong.append(String(v, radix: 16)) }
            } else if quoted.unicodeScalars.contains(scalar) == Self.mustBeEscaped(v) {
                wrong.append(String(v, radix: 16))
            }
            if quoted.unicodeScalars.contains(where: { Self.mustBeEscaped($0.value) }) { wrong.append("raw " + String(v, radix: 16)) }
            if v % 97 == 0 || Self.mustBeEscaped(v) || v < 0x80 {
                guard case .string(let back)? = try? JSONValue.parse(Data("[\(quoted)]".utf8)).arrayFirst, back == text else {
                    wrong.append("reads back " + String(v, radix: 16)); continue
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
        #expect(JSONWriter.quoted("Tesfay \"Saba\"\\\n\u{1B}[31m\u{202E}") == #""Tesfay \"Saba\"\\\n\u001b[31m\u202e""#)
    }

    @Test func prettyAndCompactLayouts() {
        let value = JSONValue.object([("name", .string("ሳባ")), ("ages", .array([.number(3), .number(1.5)])),
                                      ("none", .null), ("empty", .object([])), ("ok", .bool(true))])
        #expect(JSONWriter.string(value, pretty: false) == #"{"name":"ሳባ","ages":[3,1.5],"none":null,"empty":{},"ok":true}"#)
        #expect(JSONWriter.string(value) == """
            {
              "name": "ሳባ",
              "ages": [
                3,
                1.5
              ],
              "none": null,
              "empty": {},
              "ok": true
            }
            """)
    }
}

private extension JSONValue {
    var arrayFirst: JSONValue? {
        if case .array(let items) = self { return items.first }
        return nil
    }
}
