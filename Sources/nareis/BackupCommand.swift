import ArgumentParser
import Foundation
import NareisCasework

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the store to PATH (0600), while other nareis may keep working.",
        discussion: "With --encrypt-to the copy is sealed to a recipient's key; the plain copy never leaves the store's folder."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "Where to write the backup; an existing file there must be an older nareis backup.")
    var destination: String

    @Option(name: .customLong("encrypt-to"), help: ArgumentHelp(
        "Seal the backup to this recipient: a key name (nareis recipient list) or a public key file.", valueName: "recipient"))
    var recipient: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        if let recipient { return try sealedBackup(to: recipient) }
        let opened = try store.open()
        try storeCall { try opened.backup(to: destination) }
        print("backup written to \(destination)")
    }

    private func sealedBackup(to name: String) throws {
        let language = language.resolve()
        let recipient = try Sealing.call(name, language) { try Sealing.keyRing().resolve(name) }
        let opened = try store.open()
        let scratch = try Sealing.scratch(besideStore: store, language)
        defer { scratch.remove() }
        try Sealing.call(destination, language) {
            _ = try opened.sealedBackup(to: destination, recipient: recipient, createdAt: Date(), scratch: scratch)
        }
        print(SealingText.backupSealed(path: destination, for: recipient, language))
    }
}
