/// Text from case files made safe to put in a terminal cell.
///
/// Case data comes from imports and other people's files: a name may hold an escape
/// sequence that recolours or clears the screen, a C1 control some terminals obey,
/// or a bidirectional override that makes "ABC" display as "CBA". None of these may
/// reach the terminal raw. Each is shown as a visible marker (a one-column glyph in
/// the `marker` role) so the counsellor sees that the data holds something odd:
///
/// - C0 controls and DEL: the Unicode control pictures (U+2400–U+241F, U+2421), so
///   ESC shows as `␛` and the rest of an escape sequence shows as plain text;
/// - C1 controls (U+0080–U+009F): `¿`;
/// - bidirectional embeddings, overrides, isolates and marks (U+202A–U+202E,
///   U+2066–U+2069, U+200E, U+200F, U+061C): `¦`;
/// - other invisible format characters and unassigned code points: `¿`;
/// - a combining mark with nothing to combine with: on a dotted circle `◌`.
public enum SafeText {
    /// One drawable unit: a grapheme that takes `width` columns (1 or 2).
    public struct Glyph: Equatable, Sendable {
        public var text: String
        public var width: Int
        /// True when this glyph stands for something that was not drawable as given.
        public var isMarker: Bool
    }

    static let c1Marker = "\u{00BF}"       // ¿
    static let bidiMarker = "\u{00A6}"     // ¦
    static let formatMarker = "\u{00BF}"   // ¿
    static let dottedCircle = "\u{25CC}"   // ◌

    /// The marker for a control scalar (C0, DEL, C1), or nil if it is not one.
    static func controlPicture(_ value: UInt32) -> String? {
        switch value {
        case 0x00...0x1F: return String(Unicode.Scalar(0x2400 + value)!)
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F: return c1Marker
        default: return nil
        }
    }

    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C
    }

    /// Calls `body` with each glyph of `text` in order until it returns false.
    /// Stops early, so clipping a 10,000-character name costs only what is shown.
    public static func forEachGlyph(in text: String, _ body: (Glyph) -> Bool) {
        // Fast path: printable ASCII is its own glyph, one column wide. Tested on the
        // UTF-8 bytes: `asciiValue` first compares the grapheme with "\r\n" as a string,
        // which for any other script took the slow path of string comparison.
        for grapheme in text {
            let bytes = grapheme.utf8
            if bytes.count == 1, let ascii = bytes.first, ascii >= 0x20, ascii < 0x7F {
                if !body(Glyph(text: String(grapheme), width: 1, isMarker: false)) { return }
                continue
            }
            if !emit(grapheme, body) { return }
        }
    }

    private static func emit(_ grapheme: Character, _ body: (Glyph) -> Bool) -> Bool {
        let scalars = grapheme.unicodeScalars
        // Most graphemes of other scripts are one scalar that takes space: measured once
        // (the general path below asks its width three times). Anything else (a
        // control, a bidi control, nothing to draw, a cluster) takes the general path.
        var rest = scalars.makeIterator()
        if let only = rest.next(), rest.next() == nil, controlPicture(only.value) == nil, !isBidiControl(only.value) {
            let width = DisplayWidth.of(scalar: only)
            if width > 0 { return body(Glyph(text: String(grapheme), width: min(2, width), isMarker: false)) }
        }
        // Any control or bidi scalar in the cluster (e.g. "\r\n", or a combining
        // mark glued to an escape) breaks the cluster into one marker per scalar,
        // keeping the printable scalars between them.
        if scalars.contains(where: { controlPicture($0.value) != nil || isBidiControl($0.value) }) {
            for scalar in scalars {
                let glyph: Glyph
                if let picture = controlPicture(scalar.value) {
                    glyph = Glyph(text: picture, width: 1, isMarker: true)
                } else if isBidiControl(scalar.value) {
                    glyph = Glyph(text: bidiMarker, width: 1, isMarker: true)
                } else {
                    let width = DisplayWidth.of(scalar: scalar)
                    if width > 0 {
                        glyph = Glyph(text: String(scalar), width: min(2, width), isMarker: false)
                    } else {
                        glyph = Glyph(text: zeroWidthMarker(scalar), width: 1, isMarker: true)
                    }
                }
                if !body(glyph) { return false }
            }
            return true
        }
        let first = scalars.first!
        let firstWidth = DisplayWidth.of(scalar: first)
        if firstWidth < 0 {
            return body(Glyph(text: formatMarker, width: 1, isMarker: true))
        }
        let width = DisplayWidth.of(grapheme: grapheme)
        if width == 0 {
            if first.properties.isDiacriticLike {
                return body(Glyph(text: dottedCircle + String(grapheme), width: 1, isMarker: true))
            }
            return body(Glyph(text: formatMarker, width: 1, isMarker: true))
        }
        // Drop any scalar the terminal cannot draw inside an otherwise fine cluster.
        if scalars.contains(where: { DisplayWidth.of(scalar: $0) < 0 && $0.value != 0x200D }) {
            var kept = String.UnicodeScalarView()
            for scalar in scalars where DisplayWidth.of(scalar: scalar) >= 0 || scalar.value == 0x200D {
                kept.append(scalar)
            }
            return body(Glyph(text: String(kept), width: width, isMarker: false))
        }
        return body(Glyph(text: String(grapheme), width: width, isMarker: false))
    }

    static func zeroWidthMarker(_ scalar: Unicode.Scalar) -> String {
        scalar.properties.isDiacriticLike ? dottedCircle + String(scalar) : formatMarker
    }

    /// The glyphs of `text` that fit in `width` columns; a wide glyph that would
    /// straddle the edge is left out. `ellipsis`: end with `…` when text was cut.
    public static func clip(_ text: String, to width: Int, ellipsis: Bool = false) -> [Glyph] {
        guard width > 0 else { return [] }
        var glyphs: [Glyph] = []
        var used = 0
        var cut = false
        forEachGlyph(in: text) { glyph in
            if used + glyph.width > width {
                cut = true
                return false
            }
            glyphs.append(glyph)
            used += glyph.width
            return true
        }
        if cut && ellipsis {
            while used + 1 > width, let last = glyphs.popLast() { used -= last.width }
            glyphs.append(Glyph(text: "\u{2026}", width: 1, isMarker: false))
        }
        return glyphs
    }

    /// `text` as it will be drawn: markers in place of what is unsafe, clipped to `width`.
    public static func display(_ text: String, width: Int = .max, ellipsis: Bool = false) -> String {
        clip(text, to: width, ellipsis: ellipsis).map(\.text).joined()
    }
}

extension Unicode.Scalar.Properties {
    /// Combining marks (Mn, Mc, Me): they attach to the glyph before them.
    var isDiacriticLike: Bool {
        switch generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
