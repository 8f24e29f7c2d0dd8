import Testing
@testable import NareisTUI

@Suite("Safe text: what case data may put in a cell")
struct SafeTextTests {
    /// Nothing drawable may be a control, DEL, C1 or bidi control.
    func assertClean(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for glyph in SafeText.clip(text, to: 100_000) {
            for scalar in glyph.text.unicodeScalars {
                let v = scalar.value
                #expect(!(v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)), "control U+\(String(v, radix: 16)) reached a cell", sourceLocation: sourceLocation)
                #expect(!SafeText.isBidiControl(v), "bidi control U+\(String(v, radix: 16)) reached a cell", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func escapeSequencesAreShownNotObeyed() {
        let text = "A\u{1B}[2J\u{1B}]0;title\u{07}B"
        assertClean(text)
        #expect(SafeText.display(text) == "A␛[2J␛]0;title␇B")
        let markers = SafeText.clip(text, to: 100).filter(\.isMarker).count
        #expect(markers == 3)
    }

    @Test func c0DelAndC1ControlsBecomeMarkers() {
        #expect(SafeText.display("a\u{0}b\u{7F}c") == "a␀b␡c")
        #expect(SafeText.display("x\u{85}y\u{9B}z") == "x¿y¿z")
        #expect(SafeText.display("line\r\nnext\ttab") == "line␍␊next␉tab")
        assertClean((0..<0xA0).map { String(Unicode.Scalar($0)!) }.joined())
    }

    @Test func bidiOverridesAndIsolatesBecomeMarkers() {
        for scalar: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C] {
            let text = "ab" + String(Unicode.Scalar(scalar)!) + "cd"
            assertClean(text)
            #expect(SafeText.display(text) == "ab¦cd")
        }
    }

    @Test func wideCharactersTakeTwoColumnsAndAreNeverCutInHalf() {
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(SafeText.display("漢字漢字", width: 5) == "漢字")
        #expect(DisplayWidth.of(SafeText.display("漢字漢字", width: 5)) == 4)
        #expect(SafeText.display("漢字漢字", width: 5, ellipsis: true) == "漢字…")
        #expect(SafeText.display("漢字漢字", width: 4, ellipsis: true) == "漢…")
        #expect(DisplayWidth.of("a漢") == 3)
    }

    @Test func ethiopicArabicAndCombiningMarksHaveTheirWidths() {
        #expect(DisplayWidth.of("ተስፋይ") == 4)
        #expect(DisplayWidth.of("حداد") == 4)
        #expect(DisplayWidth.of("Jae\u{0308}l") == 4)       // e + combining diaeresis is one column
        #expect(DisplayWidth.of("한국어") == 6)
    }

    @Test func aLoneCombiningMarkSitsOnADottedCircle() {
        let glyphs = SafeText.clip("\u{0301}x", to: 10)
        #expect(glyphs.first?.text == "◌\u{0301}")
        #expect(glyphs.first?.width == 1)
        #expect(glyphs.first?.isMarker == true)
    }

    @Test func invisibleFormatCharactersAreMarked() {
        #expect(SafeText.display("a\u{200B}b") == "a¿b")
        #expect(SafeText.display("a\u{FEFF}b") == "a¿b")
    }

    @Test func aTenThousandCharacterNameIsClippedToTheSpace() {
        let long = String(repeating: "Ж", count: 10_000)
        let shown = SafeText.display(long, width: 20, ellipsis: true)
        #expect(DisplayWidth.of(shown) == 20)
        #expect(shown.hasSuffix("…"))
        let wide = String(repeating: "漢", count: 10_000)
        #expect(DisplayWidth.of(SafeText.display(wide, width: 7)) == 6)
        let hostile = String(repeating: "\u{1B}[31m\u{202E}", count: 2_000)
        assertClean(hostile)
        #expect(DisplayWidth.of(SafeText.display(hostile, width: 33)) <= 33)
    }

    @Test func zeroOrNegativeWidthGivesNothing() {
        #expect(SafeText.clip("abc", to: 0).isEmpty)
        #expect(SafeText.clip("abc", to: -5).isEmpty)
        #expect(SafeText.display("abc", width: 1, ellipsis: true) == "…")
    }

    @Test func emojiAndZeroWidthJoinerSequencesStayOneGlyph() {
        let family = "👨\u{200D}👩\u{200D}👧"
        let glyphs = SafeText.clip(family, to: 10)
        #expect(glyphs.count == 1)
        #expect(glyphs.first?.width == 2)
    }
}
