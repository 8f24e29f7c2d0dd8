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
            let ids: [String]
            if let elements = try CaseFileReader.arrayElements(data) {
                // An array (an export, a large batch): read a chunk at a time while the
                // store writes.
                let opened = try store.open()
                let chunks = ArrayFileChunks(data, elements: elements)
                ids = try storeCall { try opened.importCases(chunks: chunks.next) }
            } else {
                // Read whole: one case file or JSON Lines, which are never that large.
                guard data.count <= Self.wholeFileLimit else {
                    throw CaseFileError(path: "", "input: \(data.count) bytes that are not a JSON array of case files "
                                        + "(expected a JSON array above \(Self.wholeFileLimit) bytes)")
                }
                let cases = try CaseFileReader.readMany(data)
                let opened = try store.open()
                ids = try storeCall { try opened.importCases(cases) }
            }
            print(ids.joined(separator: "\n"))
        } catch let notJSON as ArrayFileChunks.NotJSON {
            try refuse { throw CaseFileError(path: "", "input: \(notJSON.error.description)") }
        } catch let error as CaseFileError {
            try refuse { throw error }
        }
    }

    /// Files read whole (a case file, JSON Lines) stop here; arrays are read a chunk
    /// at a time up to the 1 GiB `readInput` takes.
    static let wholeFileLimit = 256 << 20

    /// Prints why the input was refused (what `read` throws) and exits 65.
    private func refuse(_ read: () throws -> Void) throws {
        do { try read() } catch let error as CaseFileError {
            printError("\(file == "-" ? "standard input" : file) refused, nothing stored:\n" + error.description)
        }
        throw ExitStatus.badInput
    }
}
