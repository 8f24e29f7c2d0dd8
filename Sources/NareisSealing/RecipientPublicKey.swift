import Foundation

/// A recipient's public key as a team passes it around: one line,
/// `nareis-recipient-1 <X25519 key, base64url> <name>`, short enough for an e-mail.
public struct RecipientPublicKey: Equatable, Sendable {
    public static let prefix = "nareis-recipient-1"
    public let name: String
    public let rawKey: [UInt8]

    public init(name: String, rawKey: [UInt8]) throws {
        guard Self.isValidName(name) else { throw SealingError.badName(name) }
        guard rawKey.count == 32 else { throw SealingError.badPublicKey(reason: "the key is not 32 bytes") }
        self.name = name
        self.rawKey = rawKey
    }

    /// Reads a public key line (surrounding blank space and line ends ignored).
    public init(line: String) throws {
        let words = line.trimmingCharacters(in: .whitespacesAndNewlines).split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = words.first, first.hasPrefix("nareis-recipient-") else {
            throw SealingError.badPublicKey(reason: "it does not start with \(Self.prefix)")
        }
        guard first == Self.prefix else { throw SealingError.badPublicKey(reason: "\(first) is a newer key format") }
        guard words.count == 3 else { throw SealingError.badPublicKey(reason: "expected three words: \(Self.prefix) KEY NAME") }
        guard let key = Base64URL.decode(String(words[1])), key.count == 32 else {
            throw SealingError.badPublicKey(reason: "the key is not 32 bytes in base64url")
        }
        try self.init(name: String(words[2]), rawKey: key)
    }

    public var line: String { "\(Self.prefix) \(Base64URL.encode(rawKey)) \(name)" }

    /// What a sealed file names its recipient by.
    public var digest: [UInt8] { Fingerprint.digest(publicKey: rawKey) }

    /// Four groups of four characters, to read out over the phone.
    public var fingerprint: String { Fingerprint.text(digest: digest) }

    /// Names become file names: letters, digits, `.`, `_`, `-`, at most 64, not starting with a dot.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && !name.hasPrefix(".")
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-") }
    }
}
