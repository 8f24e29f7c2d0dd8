import ArgumentParser
import NareisCasework

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the store with a backup, after checking that the backup is a sound nareis store."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "The backup file (written by nareis backup).")
    var source: String

    func run() throws {
        // Checked before the store is even opened: a bad backup changes nothing.
        try storeCall { try StoreOptions.verifyBackup(source) }
        let opened = try store.open(creating: true)
        try storeCall { try opened.restore(from: source) }
        print("\(opened.storeLocation) restored from \(source) (\(try storeCall { try opened.caseTotal() }) cases)")
    }
}
