import Crypto

/// What people compare by phone: the first 80 bits of a public key's digest in
/// Crockford's base32 (no I, L, O or U to misread), in four groups of four.
public enum Fingerprint {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// The digest a sealed file names its recipient by: SHA-256 over a label and the key,
    /// so it can never be mistaken for a digest of anything else.
    static func digest(publicKey: [UInt8]) -> [UInt8] {
        Array(SHA256.hash(data: Array("nareis-recipient-1".utf8) + publicKey))
    }

    public static func text(digest: [UInt8]) -> String {
        var bits = 0, value = 0
        var characters: [Character] = []
        for byte in digest.prefix(10) {
            value = (value << 8 | Int(byte)) & 0xFFFF
            bits += 8
            while bits >= 5 {
                bits -= 5
                characters.append(alphabet[(value >> bits) & 31])
            }
        }
        return stride(from: 0, to: characters.count, by: 4)
            .map { String(characters[$0..<min($0 + 4, characters.count)]) }.joined(separator: "-")
    }
}
