import ArgumentParser
import Foundation
import NareisCore
import NareisStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store case files: one case file, a JSON array of them, or JSON Lines. All or nothing; prints the stored case IDs."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "The file to import, or - for standard input.")
    var file: String

    func run() throws {
        let data = try readInput(file)
        let cases: [CaseFile]
        do {
            cases = try CaseFileReader.readMany(data)
        } catch let error as CaseFileError {
            printError("\(file == "-" ? "standard input" : file) refused, nothing stored:\n" + error.description)
            throw ExitStatus.badInput
        }
        let opened = try store.open()
        let ids = try storeCall { try opened.importCases(cases) }
        print(ids.joined(separator: "\n"))
    }
}
