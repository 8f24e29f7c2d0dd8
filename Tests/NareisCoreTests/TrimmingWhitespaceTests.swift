import Foundation
import NareisCore
import Testing

@Suite struct TrimmingWhitespaceTests {
    /// City names are compared trimmed: the same characters must go as with Foundation.
    @Test(arguments: ["Den Haag", "  Den Haag \n", "", "   ", "\t\r\n", "\u{00A0}Addis Ababa\u{2003}", "x",
                      " Asmara", "Khartoum\u{2028}", "Bụjọ́ \u{3000}", "\u{200B}Kampala", "a b  c"])
    func trimsWhatFoundationTrims(_ text: String) {
        #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Every scalar of the Basic Multilingual Plane is trimmed, or kept, as Foundation does.
    @Test func everyScalarIsTrimmedAsFoundationTrimsIt() {
        let differing = (0...0xFFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            let text = String(scalar) + "a" + String(scalar)
            return text.trimmingWhitespace != text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0.value, radix: 16) })")
    }
}
