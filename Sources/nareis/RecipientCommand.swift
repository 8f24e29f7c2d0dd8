import ArgumentParser
import Foundation
import NareisSealing

/// `nareis recipient …`: one's own keys and colleagues' public keys, for sealed
/// backups and handovers (docs/security.md).
struct RecipientCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recipient",
        abstract: "Keys for sealed backups and handovers: create your own, list them, add a colleague's public key.",
        subcommands: [RecipientCreateCommand.self, RecipientListCommand.self, RecipientAddCommand.self]
    )
}

struct RecipientCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Make a key pair: the private key sealed under a passphrase (0600), the public key line to give colleagues."
    )

    @Option(help: ArgumentHelp("The key's name (letters, digits, '.', '_', '-'), e.g. your organisation and team.", valueName: "name"))
    var name: String

    @OptionGroup var passphrase: PassphraseOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.resolve()
        let ring = Sealing.keyRing()
        // The name is checked before the passphrase is asked for it.
        guard RecipientPublicKey.isValidName(name) else {
            return try Sealing.call(name, language) { throw SealingError.badName(name) }
        }
        let typed = try passphrase.askNew(key: name, language)
        let pair = try Sealing.call(ring.privateKeyPath(name), language) { try ring.create(name: name, passphrase: typed) }
        print(SealingText.created(pair.publicKey, keyFile: ring.privateKeyPath(name), language))
    }
}

struct RecipientListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show your own keys and your colleagues' keys, with their fingerprints."
    )

    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.resolve()
        let ring = Sealing.keyRing()
        let own = try Sealing.call(ring.ownDirectory, language) { try ring.ownKeys() }
        let colleagues = try Sealing.call(ring.colleaguesDirectory, language) { try ring.colleagues() }
        let headings = SealingText.listHeadings(language)
        var lines = [headings.own] + (own.isEmpty ? [headings.none] : own.map(Self.row))
        lines += [headings.colleagues] + (colleagues.isEmpty ? [headings.none] : colleagues.map(Self.row))
        print(lines.joined(separator: "\n"))
    }

    static func row(_ key: RecipientPublicKey) -> String {
        "  " + key.name.padding(toLength: max(24, key.name.count + 2), withPad: " ", startingAt: 0) + key.fingerprint
    }
}

struct RecipientAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Keep a colleague's public key line (from FILE, or - for standard input) and show its fingerprint."
    )

    @Argument(help: "The file holding the line nareis-recipient-1 KEY NAME, or - for standard input.")
    var file: String

    @Option(help: ArgumentHelp("Keep it under this name instead of the one in the line.", valueName: "name"))
    var name: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.resolve()
        let source = file == "-" ? (language == .nl ? "standaardinvoer" : "standard input") : file
        let text = String(decoding: try readInput(file, limit: 4096), as: UTF8.self)
        let ring = Sealing.keyRing()
        let (key, outcome) = try Sealing.call(source, language) { () throws -> (RecipientPublicKey, KeyRing.Added) in
            var key = try RecipientPublicKey(line: text)
            if let name { key = try RecipientPublicKey(name: name, rawKey: key.rawKey) }
            return (key, try ring.add(key))
        }
        print(SealingText.added(key, outcome, language))
    }
}
