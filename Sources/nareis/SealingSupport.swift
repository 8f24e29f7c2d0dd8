import ArgumentParser
import Foundation
import NareisCasework
import NareisCore
import NareisSealing
import NareisSettings

/// `--passphrase-stdin`, for scripts and tests: the passphrase as the first line of
/// standard input instead of asked on the terminal.
struct PassphraseOption: ParsableArguments {
    @Flag(name: .customLong("passphrase-stdin"), help: "Read the passphrase from the first line of standard input.")
    var fromStandardInput = false

    /// Passphrases shorter than this are refused when a key is made.
    static let minimumLength = 8

    /// The passphrase of an existing key.
    func ask(key: String, _ language: Language) throws -> String {
        if fromStandardInput { return try Self.standardInputLine(language) }
        guard let typed = TerminalPassphrase.ask(SealingText.askPassphrase(key: key, language)) else {
            printError(SealingText.noTerminal(language))
            throw ExitStatus.noInput
        }
        return typed
    }

    /// A new key's passphrase: asked twice on the terminal, at least `minimumLength` characters.
    func askNew(key: String, _ language: Language) throws -> String {
        let passphrase: String
        if fromStandardInput {
            passphrase = try Self.standardInputLine(language)
        } else {
            guard let first = TerminalPassphrase.ask(SealingText.askNewPassphrase(key: key, language)),
                  let second = TerminalPassphrase.ask(SealingText.askAgain(language)) else {
                printError(SealingText.noTerminal(language))
                throw ExitStatus.noInput
            }
            guard first == second else {
                printError(SealingText.passphrasesDiffer(language))
                throw ExitStatus.badInput
            }
            passphrase = first
        }
        guard passphrase.count >= Self.minimumLength else {
            printError(SealingText.passphraseTooShort(Self.minimumLength, language))
            throw ExitStatus.badInput
        }
        return passphrase
    }

    /// The first line of standard input, without its line end.
    private static func standardInputLine(_ language: Language) throws -> String {
        var line: [UInt8] = []
        while line.count <= 4096, let byte = try? FileHandle.standardInput.read(upToCount: 1), let first = byte.first,
              first != UInt8(ascii: "\n") {
            line.append(first)
        }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        guard !line.isEmpty else {
            printError(SealingText.noPassphraseOnInput(language))
            throw ExitStatus.badInput
        }
        return String(decoding: line, as: UTF8.self)
    }
}

enum Sealing {
    /// The keys beside the user's settings file: `$XDG_CONFIG_HOME/nareis/keys` and
    /// `…/recipients` (else under `~/.config/nareis`).
    static func keyRing(environment: [String: String] = processEnvironment) -> KeyRing {
        KeyRing(settingsDirectory: (UserConfig.path(environment: environment) as NSString).deletingLastPathComponent)
    }

    /// The private key that opens `sealed`: `name`'s, or the own key it is sealed to,
    /// opened with the passphrase asked for it.
    static func unlockKey(for sealed: SealedReader, name: String?, passphrase: PassphraseOption,
                          _ language: Language) throws -> RecipientKeyPair {
        let ring = keyRing()
        let keyFile = try call(sealed.path, language) { try ring.keyFile(for: sealed.header, name: name) }
        let typed = try passphrase.ask(key: keyFile.name, language)
        return try call(ring.privateKeyPath(keyFile.name), language) {
            try RecipientKeyPair.open(keyFile: keyFile.bytes, name: keyFile.name, passphrase: typed,
                                      path: ring.privateKeyPath(keyFile.name))
        }
    }

    /// A private folder beside the store for the plain copy a sealed backup passes through.
    static func scratch(besideStore store: StoreOptions, _ language: Language) throws -> ScratchDirectory {
        let folder = (store.path as NSString).deletingLastPathComponent
        return try call(folder, language) { try ScratchDirectory(inside: folder.isEmpty ? "." : folder) }
    }

    /// Runs a sealing or store operation on `file`: a sealing refusal is printed as one
    /// line in `language` and turned into an exit status; store errors as `storeCall` does.
    static func call<T>(_ file: String, _ language: Language, _ body: () throws -> T) throws -> T {
        try storeCall {
            do {
                return try body()
            } catch let error as SealingError {
                printError(SealingText.refusal(error, file: file, language))
                throw exitStatus(error)
            } catch HandoverRefusal.replayed(_, let receivedAt) {
                printError(SealingText.replayed(file: file, receivedAt: receivedAt, language))
                throw ExitStatus.badInput
            }
        }
    }

    static func exitStatus(_ error: SealingError) -> ExitCode {
        switch error {
        case .notSealed, .newerVersion, .tampered, .truncated, .notForThisKey, .wrongPassphrase, .wrongKind,
             .badPublicKey, .badKeyFile, .badName, .tooLarge:
            return ExitStatus.badInput
        case .unknownRecipient, .noMatchingKey, .cannotRead:
            return ExitStatus.noInput
        case .keyExists, .fileExists, .cannotWrite:
            return ExitStatus.cannotWrite
        }
    }
}
