import Foundation
import NareisSealing
import Testing

/// Keys: the public line a team passes around, the passphrase-sealed private key
/// file, and the folders they are kept in.
@Suite("Recipient keys")
struct RecipientKeyTests {
    let space = Workspace()
    /// The cheapest cost a key file may ask for: these tests are about the format.
    static let quick = RecipientKeyPair.Cost(log2N: 10, r: 8, p: 1)

    var ring: KeyRing { KeyRing(settingsDirectory: space.file("nareis")) }

    @Test func thePublicLineReadsBack() throws {
        let pair = try RecipientKeyPair(name: "vwn-utrecht")
        let line = pair.publicKey.line
        #expect(line.hasPrefix("nareis-recipient-1 ") && line.hasSuffix(" vwn-utrecht") && line.count < 100)
        #expect(try RecipientPublicKey(line: "  " + line + "\r\n") == pair.publicKey)
        let fingerprint = pair.publicKey.fingerprint
        #expect(fingerprint.count == 19 && fingerprint.split(separator: "-").map(\.count) == [4, 4, 4, 4])
        #expect(!fingerprint.contains(where: { "ILOU".contains($0) }))
    }

    @Test(arguments: ["", "nareis-recipient-1", "ssh-ed25519 AAAA name", "nareis-recipient-1 abc name",
                      "nareis-recipient-2 AAAA name", "nareis-recipient-1 \(String(repeating: "A", count: 43)) ../x"])
    func badLinesAreRefused(line: String) {
        #expect(throws: SealingError.self) { try RecipientPublicKey(line: line) }
    }

    @Test func theKeyFileOpensWithItsPassphraseOnly() throws {
        let pair = try RecipientKeyPair(name: "nidos")
        let file = try pair.keyFile(passphrase: "correct horse", cost: Self.quick)
        #expect(file.count == 124)
        let opened = try RecipientKeyPair.open(keyFile: file, name: "nidos", passphrase: "correct horse", path: "k")
        #expect(opened.publicKey == pair.publicKey)
        #expect(throws: SealingError.wrongPassphrase) {
            try RecipientKeyPair.open(keyFile: file, name: "nidos", passphrase: "correct hors", path: "k")
        }
        // The public key inside is authenticated: swapping it breaks the passphrase.
        var swapped = file
        swapped[40] ^= 1
        #expect(throws: SealingError.wrongPassphrase) {
            try RecipientKeyPair.open(keyFile: swapped, name: "nidos", passphrase: "correct horse", path: "k")
        }
        var costly = file
        costly[13] = 30
        #expect(throws: SealingError.badKeyFile(path: "k")) {
            try RecipientKeyPair.open(keyFile: costly, name: "nidos", passphrase: "correct horse", path: "k")
        }
    }

    @Test func aPassphraseTypedInAnotherNormalFormIsTheSame() throws {
        let pair = try RecipientKeyPair(name: "nidos")
        let file = try pair.keyFile(passphrase: "cafe\u{301} au lait", cost: Self.quick)
        #expect(try RecipientKeyPair.open(keyFile: file, name: "nidos", passphrase: "caf\u{E9} au lait", path: "k").publicKey
                == pair.publicKey)
    }

    @Test func createdKeysAreOwnerOnly() throws {
        let pair = try ring.create(name: "anna", passphrase: "lange zin", cost: Self.quick)
        let attributes = { (path: String) in try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int }
        #expect(try attributes(ring.ownDirectory) == 0o700)
        #expect(try attributes(ring.privateKeyPath("anna")) == 0o600)
        #expect(try attributes(ring.ownDirectory + "/anna.pub") == 0o600)
        #expect(try ring.ownKeys() == [pair.publicKey])
        #expect(try ring.resolve("anna") == pair.publicKey)
        #expect(throws: SealingError.keyExists(name: "anna")) {
            try ring.create(name: "anna", passphrase: "another", cost: Self.quick)
        }
        #expect(throws: SealingError.badName("../anna")) {
            try ring.create(name: "../anna", passphrase: "another", cost: Self.quick)
        }
    }

    @Test func colleaguesKeysAreKeptOnceUnderTheirName() throws {
        let colleague = try RecipientKeyPair(name: "vwn-utrecht").publicKey
        #expect(try ring.add(colleague) == .added)
        #expect(try ring.add(colleague) == .alreadyKnown)
        let impostor = try RecipientKeyPair(name: "vwn-utrecht").publicKey
        #expect(throws: SealingError.keyExists(name: "vwn-utrecht")) { try ring.add(impostor) }
        #expect(try ring.colleagues() == [colleague])
        #expect(try ring.resolve("vwn-utrecht") == colleague)
        #expect(throws: SealingError.unknownRecipient("nobody")) { try ring.resolve("nobody") }
        let file = space.file("colleague.pub")
        try Data((colleague.line + "\n").utf8).write(to: URL(fileURLWithPath: file))
        #expect(try ring.resolve(file) == colleague)
    }

    @Test func theKeyForAFileIsFoundByItsFingerprint() throws {
        let mine = try ring.create(name: "anna", passphrase: "lange zin", cost: Self.quick)
        _ = try ring.create(name: "anna-old", passphrase: "lange zin", cost: Self.quick)
        let sealed = space.file("handover")
        try SealedWriter.seal(Data("case".utf8), kind: .handover, to: mine.publicKey, createdAt: Date(),
                              destination: sealed, replacing: false)
        let header = try SealedReader(path: sealed).header
        #expect(try ring.keyFile(for: header, name: nil).name == "anna")
        #expect(throws: SealingError.notForThisKey(fingerprint: mine.publicKey.fingerprint)) {
            try ring.keyFile(for: header, name: "anna-old")
        }
        let empty = KeyRing(settingsDirectory: space.file("elsewhere"))
        #expect(throws: SealingError.noMatchingKey(fingerprint: mine.publicKey.fingerprint)) {
            try empty.keyFile(for: header, name: nil)
        }
    }
}
