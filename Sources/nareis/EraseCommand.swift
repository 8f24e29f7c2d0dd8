import ArgumentParser
import NareisCasework

struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Remove every trace of a case from the store (rows, search index, freed pages, WAL); the audit trail keeps its ID."
    )

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("case"), help: ArgumentHelp("The case to erase.", valueName: "id"))
    var caseId: String

    func run() throws {
        let opened = try store.open()
        try storeCall { try opened.erase(caseId: caseId) }
        print("erased \(caseId)")
    }
}
