import CNcursesw
import Foundation

/// How many terminal columns a piece of text takes, by the C library's `wcwidth`
/// (the same table ncurses and most terminals use), so what we clip is what they draw.
///
/// Widths are per grapheme (what a reader sees as one character): a base with its
/// combining marks takes the base's width; East Asian wide characters take two.
public enum DisplayWidth {
    /// `wcwidth` answers by the C library's locale; a UTF-8 `LC_CTYPE` must be set
    /// before the first question. The workstation sets the user's locale before
    /// curses starts; where that is not UTF-8 (or in tests) C.UTF-8 is used.
    private static let localeReady: Bool = {
        if let current = setlocale(LC_CTYPE, nil), isUTF8(String(cString: current)) { return true }
        if setlocale(LC_CTYPE, "") != nil, let now = setlocale(LC_CTYPE, nil), isUTF8(String(cString: now)) {
            return true
        }
        return setlocale(LC_CTYPE, "C.UTF-8") != nil
    }()

    static func isUTF8(_ locale: String) -> Bool {
        let lower = locale.lowercased()
        return lower.contains("utf-8") || lower.contains("utf8")
    }

    /// Makes sure the C library answers widths for UTF-8 (see `localeReady`).
    public static func prepareLocale() { _ = localeReady }

    /// Columns of one Unicode scalar: 0 for combining and zero-width, 2 for wide,
    /// -1 for what the C library calls non-printable (controls, unassigned).
    public static func of(scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        _ = localeReady
        return Int(nareis_wcwidth(value))
    }

    /// Columns of one grapheme: the width of its first scalar that takes space
    /// (at most 2); 0 when it has none (a lone combining mark or a format character).
    public static func of(grapheme: Character) -> Int {
        let scalars = grapheme.unicodeScalars
        if scalars.count == 1, let only = scalars.first {
            return max(0, min(2, of(scalar: only)))
        }
        for scalar in scalars {
            let width = of(scalar: scalar)
            if width > 0 { return min(2, width) }
        }
        return 0
    }

    /// Columns of a whole string as drawn after sanitizing (markers included).
    public static func of(_ text: String) -> Int {
        // Printable ASCII, most of what a frame measures, is one column a byte (no two
        // such characters make one grapheme), counted without breaking graphemes.
        let bytes = text.utf8
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return bytes.count }
        var total = 0
        SafeText.forEachGlyph(in: text) { glyph in
            total += glyph.width
            return true
        }
        return total
    }
}
