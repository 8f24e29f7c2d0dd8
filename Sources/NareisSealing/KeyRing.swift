import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where keys live, under the user's nareis settings folder: one's own in `keys/`
/// (`NAME.key`, the passphrase-sealed private key, and `NAME.pub`), colleagues' public
/// keys in `recipients/NAME.pub`. Both folders owner-only, every file 0600.
public struct KeyRing: Sendable {
    public let ownDirectory: String
    public let colleaguesDirectory: String
    /// A key file is 124 bytes, a public key line under 200: anything larger is not one.
    static let fileLimit = 4096

    /// `settingsDirectory`: `$XDG_CONFIG_HOME/nareis`, else `~/.config/nareis`.
    public init(settingsDirectory: String) {
        ownDirectory = settingsDirectory + "/keys"
        colleaguesDirectory = settingsDirectory + "/recipients"
    }

    public func privateKeyPath(_ name: String) -> String { ownDirectory + "/" + name + ".key" }
    func ownPublicPath(_ name: String) -> String { ownDirectory + "/" + name + ".pub" }
    func colleaguePath(_ name: String) -> String { colleaguesDirectory + "/" + name + ".pub" }

    /// Makes a key pair under `name`, the private key sealed under `passphrase`;
    /// refuses a name already used for one's own key.
    public func create(name: String, passphrase: String, cost: RecipientKeyPair.Cost = .standard) throws -> RecipientKeyPair {
        guard RecipientPublicKey.isValidName(name) else { throw SealingError.badName(name) }
        try OwnerOnlyFile.ensureDirectory(ownDirectory)
        let pair = try RecipientKeyPair(name: name)
        let keyFile = try pair.keyFile(passphrase: passphrase, cost: cost)
        do {
            try OwnerOnlyFile.write(to: privateKeyPath(name), replacing: false) { try $0.write(contentsOf: keyFile) }
        } catch SealingError.fileExists {
            throw SealingError.keyExists(name: name)
        }
        do {
            try OwnerOnlyFile.write(to: ownPublicPath(name), replacing: true) { try $0.write(contentsOf: Data((pair.publicKey.line + "\n").utf8)) }
        } catch {
            // Never half a key pair.
            unlink(privateKeyPath(name))
            throw error
        }
        return pair
    }

    public enum Added: Equatable, Sendable { case added, alreadyKnown }

    /// Keeps a colleague's public key; a name already kept for another key is refused
    /// (a key that changes is a reason to phone, not to overwrite).
    public func add(_ key: RecipientPublicKey) throws -> Added {
        if let known = try? publicKey(at: colleaguePath(key.name), name: key.name) {
            if known == key { return .alreadyKnown }
            throw SealingError.keyExists(name: key.name)
        }
        try OwnerOnlyFile.ensureDirectory(colleaguesDirectory)
        do {
            try OwnerOnlyFile.write(to: colleaguePath(key.name), replacing: false) { try $0.write(contentsOf: Data((key.line + "\n").utf8)) }
        } catch SealingError.fileExists {
            throw SealingError.keyExists(name: key.name)
        }
        return .added
    }

    /// One's own keys by name (read from the key files, no passphrase needed).
    public func ownKeys() throws -> [RecipientPublicKey] {
        try names(in: ownDirectory, suffix: ".key").map { name in
            let path = privateKeyPath(name)
            return try RecipientKeyPair.publicKey(ofKeyFile: Array(OwnerOnlyFile.read(path, limit: Self.fileLimit)),
                                                  name: name, path: path)
        }
    }

    /// Colleagues' keys by name.
    public func colleagues() throws -> [RecipientPublicKey] {
        try names(in: colleaguesDirectory, suffix: ".pub").map { try publicKey(at: colleaguePath($0), name: $0) }
    }

    /// A recipient as a command names it: one's own key, a colleague's, or the path of
    /// a public key file.
    public func resolve(_ recipient: String) throws -> RecipientPublicKey {
        if RecipientPublicKey.isValidName(recipient) {
            if let own = try ownKeys().first(where: { $0.name == recipient }) { return own }
            if FileManager.default.fileExists(atPath: colleaguePath(recipient)) {
                return try publicKey(at: colleaguePath(recipient), name: recipient)
            }
        }
        if recipient.contains("/") || FileManager.default.fileExists(atPath: recipient) {
            return try RecipientPublicKey(line: String(decoding: try OwnerOnlyFile.read(recipient, limit: Self.fileLimit), as: UTF8.self))
        }
        throw SealingError.unknownRecipient(recipient)
    }

    /// The private key file a sealed file needs: `name`'s when given (refused when the
    /// file is sealed to another key), else the own key whose digest the file names.
    public func keyFile(for header: SealedHeader, name: String?) throws -> (name: String, bytes: [UInt8]) {
        if let name {
            guard RecipientPublicKey.isValidName(name), FileManager.default.fileExists(atPath: privateKeyPath(name)) else {
                throw SealingError.unknownRecipient(name)
            }
            let bytes = Array(try OwnerOnlyFile.read(privateKeyPath(name), limit: Self.fileLimit))
            let key = try RecipientKeyPair.publicKey(ofKeyFile: bytes, name: name, path: privateKeyPath(name))
            guard key.digest == header.recipientDigest else {
                throw SealingError.notForThisKey(fingerprint: header.recipientFingerprint)
            }
            return (name, bytes)
        }
        guard let own = try ownKeys().first(where: { $0.digest == header.recipientDigest }) else {
            throw SealingError.noMatchingKey(fingerprint: header.recipientFingerprint)
        }
        return (own.name, Array(try OwnerOnlyFile.read(privateKeyPath(own.name), limit: Self.fileLimit)))
    }

    private func publicKey(at path: String, name: String) throws -> RecipientPublicKey {
        let key = try RecipientPublicKey(line: String(decoding: try OwnerOnlyFile.read(path, limit: Self.fileLimit), as: UTF8.self))
        // The file name is what a command uses; the line's own name is what the colleague chose.
        return try RecipientPublicKey(name: name, rawKey: key.rawKey)
    }

    private func names(in directory: String, suffix: String) throws -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return entries.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }
            .filter(RecipientPublicKey.isValidName).sorted()
    }
}
