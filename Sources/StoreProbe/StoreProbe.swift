import ArgumentParser
import Foundation
import NareisStore

/// `nareis-store-probe`: maintainers' tools on a case store, never on a real one:
/// the writer the crash and concurrency tests kill and race, and the search timing
/// `scripts/bench-store` reports. Kept out of `nareis` so the program counsellors run
/// holds only their commands.
@main
struct StoreProbe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nareis-store-probe",
        abstract: "Store tests and benchmarks (maintainers only).",
        subcommands: [WriterCommand.self, SearchCommand.self, DuplicatesCommand.self, TouchCommand.self, PagesCommand.self,
                      SoakWriterCommand.self, SoakCommand.self]
    )
}

/// `--db PATH`: the store to probe (required: a probe never guesses the counsellor's store).
struct ProbeStore: ParsableArguments {
    @Option(help: ArgumentHelp("The store file.", valueName: "path"))
    var db: String

    func open(readOnly: Bool = false) throws -> CaseStore {
        umask(0o077)
        return try CaseStore(path: db, readOnly: readOnly)
    }
}
