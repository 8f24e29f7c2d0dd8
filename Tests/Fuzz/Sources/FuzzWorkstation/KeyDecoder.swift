@testable import NareisTUI

/// What one step of a fuzz input does to the workstation: a key, or a new terminal size.
enum Step {
    case key(Key)
    case resize(Size)
}

/// Turns fuzz bytes into the keys a counsellor can press: a byte each for the named
/// keys and printable ASCII (most bindings are letters), with escapes for arbitrary
/// Unicode (single scalars and clusters of up to four, controls included, as a paste
/// or a broken terminal might send), control chords, function keys and resizes.
struct KeyDecoder {
    private var bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    static let named: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
        .tab, .backTab, .enter, .escape, .backspace, .delete,
    ]

    /// The letters the action table binds, so that short inputs reach the overlays.
    static let bound = Array("jkhlgG/sfocxw?TIedEniSK+-bta q")

    mutating func next() -> Step? {
        guard let byte = bytes.popFirst() else { return nil }
        switch byte {
        case 0x00..<0x38: return .key(Self.named[Int(byte) % Self.named.count])
        case 0x38..<0xE0: return .key(.character(Character(Unicode.Scalar(0x20 + (byte - 0x38) % 95))))
        case 0xE0..<0xF0: return .key(.character(Self.bound[Int(byte - 0xE0) % Self.bound.count]))
        case 0xF0: return scalar().map { .key(.character(Character($0))) }
        case 0xF1: return cluster().map { .key(.character($0)) }
        case 0xF2: return .key(.control(Character(Unicode.Scalar(UInt8(ascii: "a") + take() % 26))))
        case 0xF3: return .key(.function(1 + Int(take() % 12)))
        case 0xF4: return .resize(Size(width: 1 + Int(take()) % 220, height: 1 + Int(take()) % 70))
        default: return .key(Self.named[Int(byte) % Self.named.count])
        }
    }

    private mutating func take() -> UInt8 { bytes.popFirst() ?? 0 }

    /// Any scalar (surrogate code points, which are not scalars, become U+FFFD).
    private mutating func scalar() -> Unicode.Scalar? {
        let value = (UInt32(take()) << 16 | UInt32(take()) << 8 | UInt32(take())) % 0x11_0000
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// One grapheme built from up to four scalars (a base and combining marks, a
    /// flag, an emoji sequence); the first grapheme when they do not join.
    private mutating func cluster() -> Character? {
        var text = String.UnicodeScalarView()
        for _ in 0...(take() % 4) { if let scalar = scalar() { text.append(scalar) } }
        return String(text).first
    }
}
