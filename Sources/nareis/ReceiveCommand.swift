import ArgumentParser
import NareisCasework
import NareisCore
import NareisSealing

/// `nareis receive`: takes in a case handed over sealed to one of one's own keys.
struct ReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: "Check and store a sealed handover (nareis handover), all or nothing; a file is taken in once."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var passphrase: PassphraseOption

    @Argument(help: "The sealed file.")
    var file: String

    @Option(help: ArgumentHelp("Your key to open it with (default: the one it is sealed to).", valueName: "name"))
    var key: String?

    func run() throws {
        let language = language.resolve()
        let sealed = try Sealing.call(file, language) { try SealedReader(path: file, expecting: .handover) }
        // Like import, into an existing store only: a typo in --db makes no empty one.
        let opened = try store.open()
        if let earlier = try storeCall({ try opened.handoverReceived(sealed.header) }) {
            printError(SealingText.replayed(file: file, receivedAt: earlier, language))
            throw ExitStatus.badInput
        }
        let unlocked = try Sealing.unlockKey(for: sealed, name: key, passphrase: passphrase, language)
        do {
            let ids = try Sealing.call(file, language) { () throws -> [String] in
                do { return try opened.receive(sealed, with: unlocked) } catch StoreError.duplicateIds {
                    printError(SealingText.alreadyStored(file: file, language))
                    throw ExitStatus.badInput
                }
            }
            print(SealingText.received(ids, file: file, language))
        } catch let refused as CaseFileError {
            printError(SealingText.caseFileRefused(file: file, language) + "\n" + refused.description)
            throw ExitStatus.badInput
        }
    }
}
