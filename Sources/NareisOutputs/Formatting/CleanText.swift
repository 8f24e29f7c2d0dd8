/// User-entered text made safe to print on one line: control characters (a stray
/// escape sequence would reprogram the counsellor's terminal), line and paragraph
/// separators and the bidirectional override and isolate controls (which can make
/// a printed line read differently from what it holds) become a space.
public enum CleanText {
    public static func singleLine(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isUnsafe(scalar) ? " " : scalar)
        }
        return String(scalars)
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true      // C0 and C1 controls, DEL
        case 0x2028, 0x2029: return true                 // line and paragraph separators
        case 0x202A...0x202E, 0x2066...0x2069: return true // bidi embeddings, overrides, isolates
        default: return false
        }
    }
}
