import ArgumentParser
import NareisCasework
import NareisSealing

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the store with a backup, after checking that the backup is a sound nareis store.",
        discussion: "A sealed backup (nareis backup --encrypt-to) is opened with your key's passphrase first."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "The backup file (written by nareis backup).")
    var source: String

    @Option(help: ArgumentHelp("For a sealed backup: your key to open it with (default: the one it is sealed to).", valueName: "name"))
    var key: String?

    @OptionGroup var passphrase: PassphraseOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        if SealedReader.looksSealed(source) { return try restoreSealed() }
        // Checked before the store is even opened: a bad backup changes nothing.
        try storeCall { try StoreOptions.verifyBackup(source) }
        let opened = try store.open(creating: true)
        try storeCall { try opened.restore(from: source) }
        print("\(opened.storeLocation) restored from \(source) (\(try storeCall { try opened.caseTotal() }) cases)")
    }

    /// Opened into a private folder beside the store, checked, restored, removed: the
    /// store is touched only once the whole backup has authenticated and checks sound.
    private func restoreSealed() throws {
        let language = language.resolve()
        let sealed = try Sealing.call(source, language) { try SealedReader(path: source, expecting: .backup) }
        let unlocked = try Sealing.unlockKey(for: sealed, name: key, passphrase: passphrase, language)
        let scratch = try Sealing.scratch(besideStore: store, language)
        defer { scratch.remove() }
        let plain = try Sealing.call(source, language) { try Casework.unsealBackup(sealed, with: unlocked, into: scratch) }
        try storeCall { try StoreOptions.verifyBackup(plain) }
        let opened = try store.open(creating: true)
        try storeCall { try opened.restore(from: plain) }
        print(SealingText.restored(store: opened.storeLocation, from: source, cases: try storeCall { try opened.caseTotal() },
                                   language))
    }
}
