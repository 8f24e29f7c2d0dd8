import ArgumentParser
import NareisCasework

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the store to PATH (0600), while other nareis may keep working."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "Where to write the backup; an existing file there must be an older nareis backup.")
    var destination: String

    func run() throws {
        let opened = try store.open()
        try storeCall { try opened.backup(to: destination) }
        print("backup written to \(destination)")
    }
}
