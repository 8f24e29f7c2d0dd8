import Crypto
import Foundation

/// The payload's encryption: ChaCha20-Poly1305 over segments, as age and the STREAM
/// construction do. Each segment's nonce is its number and a final flag, so segments
/// cannot be reordered, dropped or repeated, and a file cut at a segment boundary is
/// told apart from a whole one: its last segment does not open as the final one.
struct SegmentCipher {
    static let tagSize = 16
    private let key: SymmetricKey
    private let header: [UInt8]

    /// The key from the X25519 secret, through HKDF-SHA256 salted with the digest of
    /// the whole header: a file whose header was changed derives another key.
    init(sharedSecret: SharedSecret, header: SealedHeader) {
        self.header = header.bytes
        key = sharedSecret.hkdfDerivedSymmetricKey(
            using: SHA256.self, salt: Array(SHA256.hash(data: self.header)),
            sharedInfo: Array("nareis-sealed/1 payload".utf8), outputByteCount: 32)
    }

    /// Sealing to a recipient: a fresh ephemeral key for every file.
    static func forSealing(to recipient: RecipientPublicKey, kind: SealedKind, segmentShift: UInt8,
                           createdAt: Int64) throws -> (SealedHeader, SegmentCipher) {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let secret = try ephemeral.sharedSecretFromKeyAgreement(
            with: Curve25519.KeyAgreement.PublicKey(rawRepresentation: recipient.rawKey))
        var fileID = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for index in fileID.indices { fileID[index] = generator.next() }
        let header = SealedHeader(kind: kind, segmentShift: segmentShift, fileID: fileID,
                                  recipientDigest: recipient.digest,
                                  ephemeralPublicKey: Array(ephemeral.publicKey.rawRepresentation), createdAt: createdAt)
        return (header, SegmentCipher(sharedSecret: secret, header: header))
    }

    /// Opening with the recipient's private key; a header whose ephemeral key is not a
    /// usable X25519 key cannot have come from a sealing nareis.
    static func forOpening(_ header: SealedHeader, with key: RecipientKeyPair) throws -> SegmentCipher {
        guard header.recipientDigest == key.publicKey.digest else {
            throw SealingError.notForThisKey(fingerprint: header.recipientFingerprint)
        }
        do {
            let sender = try Curve25519.KeyAgreement.PublicKey(rawRepresentation: header.ephemeralPublicKey)
            return SegmentCipher(sharedSecret: try key.privateKey.sharedSecretFromKeyAgreement(with: sender), header: header)
        } catch {
            throw SealingError.tampered
        }
    }

    private func nonce(_ counter: UInt64, final: Bool) -> ChaChaPoly.Nonce {
        var bytes = [UInt8](repeating: 0, count: 12)
        for index in 0..<8 { bytes[3 + index] = UInt8(truncatingIfNeeded: counter >> (UInt64(7 - index) * 8)) }
        bytes[11] = final ? 1 : 0
        // Twelve bytes is the size ChaChaPoly.Nonce takes: it cannot fail.
        return try! ChaChaPoly.Nonce(data: bytes)
    }

    func seal(_ plain: [UInt8], counter: UInt64, final: Bool) throws -> Data {
        let box = try ChaChaPoly.seal(plain, using: key, nonce: nonce(counter, final: final), authenticating: header)
        return box.ciphertext + box.tag
    }

    /// The plain text, or nil when the segment does not authenticate as this one.
    func open(_ sealed: [UInt8], counter: UInt64, final: Bool) -> Data? {
        guard sealed.count >= Self.tagSize else { return nil }
        let split = sealed.count - Self.tagSize
        guard let box = try? ChaChaPoly.SealedBox(nonce: nonce(counter, final: final),
                                                  ciphertext: sealed[..<split], tag: sealed[split...]) else { return nil }
        return try? ChaChaPoly.open(box, using: key, authenticating: header)
    }
}
