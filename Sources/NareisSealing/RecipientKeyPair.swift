import Crypto
import CryptoExtras
import Foundation

/// One's own key: the X25519 private key that opens files sealed to one, kept on disk
/// only sealed under a passphrase.
///
/// Private key file, version 1 (124 bytes; integers big-endian):
///
///     magic "NAREIS-KEY" 0x00        11
///     version                        2
///     scrypt log2(N), r, p           3
///     salt                           16
///     public key                     32   (readable without the passphrase: `nareis recipient list`)
///     nonce                          12
///     private key, ChaCha20-Poly1305 32 + 16 tag
///
/// Everything before the nonce is authenticated, so the public key, the cost and the
/// salt cannot be swapped without the passphrase failing.
public struct RecipientKeyPair: Sendable {
    public let publicKey: RecipientPublicKey
    let privateKey: Curve25519.KeyAgreement.PrivateKey

    static let magic = Array("NAREIS-KEY".utf8) + [0]
    static let version = 1
    static let fileSize = 124
    private static let clearSize = 64

    /// scrypt's cost. The default takes 32 MiB and a tenth of a second or so:
    /// cheap once per command, dear for someone guessing passphrases.
    public struct Cost: Sendable, Equatable {
        public var log2N: UInt8
        public var r: UInt8
        public var p: UInt8
        public init(log2N: UInt8, r: UInt8, p: UInt8) { (self.log2N, self.r, self.p) = (log2N, r, p) }
        public static let standard = Cost(log2N: 15, r: 8, p: 1)
        /// What a key file may ask for: a hostile file cannot make nareis take gigabytes.
        var isAccepted: Bool { (10...20).contains(log2N) && (1...16).contains(r) && (1...4).contains(p) }
    }

    /// A new random key under `name`.
    public init(name: String) throws {
        privateKey = Curve25519.KeyAgreement.PrivateKey()
        publicKey = try RecipientPublicKey(name: name, rawKey: Array(privateKey.publicKey.rawRepresentation))
    }

    private init(privateKey: Curve25519.KeyAgreement.PrivateKey, name: String) throws {
        self.privateKey = privateKey
        publicKey = try RecipientPublicKey(name: name, rawKey: Array(privateKey.publicKey.rawRepresentation))
    }

    /// The private key file's bytes, sealed under `passphrase`.
    public func keyFile(passphrase: String, cost: Cost = .standard) throws -> [UInt8] {
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = generator.next() }
        var clear = Self.magic + [UInt8(Self.version >> 8), UInt8(Self.version & 0xFF), cost.log2N, cost.r, cost.p]
        clear += salt + publicKey.rawKey
        let key = try Self.passphraseKey(passphrase, salt: salt, cost: cost)
        let box = try ChaChaPoly.seal(privateKey.rawRepresentation, using: key, authenticating: clear)
        return clear + Array(box.nonce) + Array(box.ciphertext) + Array(box.tag)
    }

    /// The public key stored in a key file, read without the passphrase.
    public static func publicKey(ofKeyFile bytes: [UInt8], name: String, path: String) throws -> RecipientPublicKey {
        try checkLayout(bytes, path: path)
        return try RecipientPublicKey(name: name, rawKey: Array(bytes[32..<64]))
    }

    /// Opens a key file with `passphrase`.
    public static func open(keyFile bytes: [UInt8], name: String, passphrase: String, path: String) throws -> RecipientKeyPair {
        let cost = try checkLayout(bytes, path: path)
        let clear = Array(bytes[0..<clearSize])
        let key = try passphraseKey(passphrase, salt: Array(bytes[16..<32]), cost: cost)
        guard let box = try? ChaChaPoly.SealedBox(combined: bytes[clearSize...]),
              let raw = try? ChaChaPoly.open(box, using: key, authenticating: clear),
              let privateKey = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: raw),
              Array(privateKey.publicKey.rawRepresentation) == Array(bytes[32..<64]) else {
            throw SealingError.wrongPassphrase
        }
        return try RecipientKeyPair(privateKey: privateKey, name: name)
    }

    @discardableResult
    private static func checkLayout(_ bytes: [UInt8], path: String) throws -> Cost {
        guard bytes.count >= 13, Array(bytes[0..<11]) == magic else { throw SealingError.badKeyFile(path: path) }
        let version = Int(bytes[11]) << 8 | Int(bytes[12])
        guard version <= Self.version else { throw SealingError.newerVersion(found: version, known: Self.version) }
        let cost = bytes.count == fileSize ? Cost(log2N: bytes[13], r: bytes[14], p: bytes[15]) : nil
        guard version == Self.version, let cost, cost.isAccepted else { throw SealingError.badKeyFile(path: path) }
        return cost
    }

    /// Passphrases are compared as typed in NFC, so an é typed two ways is one é.
    private static func passphraseKey(_ passphrase: String, salt: [UInt8], cost: Cost) throws -> SymmetricKey {
        try KDF.Scrypt.deriveKey(from: Array(passphrase.precomposedStringWithCanonicalMapping.utf8), salt: salt,
                                 outputByteCount: 32, rounds: 1 << Int(cost.log2N), blockSize: Int(cost.r),
                                 parallelism: Int(cost.p))
    }
}
