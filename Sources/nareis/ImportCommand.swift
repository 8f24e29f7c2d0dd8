import ArgumentParser
import Foundation
import NareisCore
import NareisCasework

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store case files: one case file, a JSON array of them, or JSON Lines. All or nothing; prints the stored case IDs."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "The file to import, or - for standard input.")
    var file: String

    func run() throws {
        // An export of 100,000 cases is about 300 MB.
        let data = try readInput(file, limit: 1 << 30)
        do {
            let opened = try store.open(creating: true)
            print(try storeCall { try opened.importFile(data) }.joined(separator: "\n"))
        } catch let error as CaseFileError {
            try refuse { throw error }
        }
    }

    private func refuse(_ read: () throws -> Void) throws {
        do { try read() } catch let error as CaseFileError {
            printError("\(file == "-" ? "standard input" : file) refused, nothing stored:\n" + error.description)
        }
        throw ExitStatus.badInput
    }
}
