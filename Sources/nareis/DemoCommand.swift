import ArgumentParser
import Foundation
import NareisCore
import NareisStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill the store with N realistic synthetic cases; the same seed and day give the same cases."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("How many cases to add (1 to 1000000).", valueName: "n"))
    var cases: Int

    @Option(help: ArgumentHelp("The seed of the generator (default 1).", valueName: "s"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Build the procedures relative to this day (YYYY-MM-DD) instead of today.", valueName: "day"))
    var asOf: String?

    func validate() throws {
        guard (1...1_000_000).contains(cases) else {
            throw ValidationError("--cases: \(cases) is not a number of cases from 1 to 1000000")
        }
    }

    func run() throws {
        let day = try parseDay(asOf, option: "--as-of") ?? today()
        let opened = try store.open()
        let start = Date()
        // The thread that writes the store sets the pace of an import (the other cores
        // prepare chunks and wait for it), so it does not also generate the cases it
        // writes: the next chunk is generated on another thread. Same cases, same order.
        var caseload = DemoCaseload(count: cases, seed: seed, today: day)
        let generated = ReadAhead { () -> [CaseFile]? in
            var chunk: [CaseFile] = []
            chunk.reserveCapacity(CaseStore.importChunkSize)
            while chunk.count < CaseStore.importChunkSize, let file = caseload.next() { chunk.append(file) }
            return chunk.isEmpty ? nil : chunk
        }
        let ids = try storeCall { try opened.importCases(chunks: generated.next) }
        let seconds = Date().timeIntervalSince(start)
        print("added \(ids.count) demo cases (\(ids.first ?? "")…\(ids.last ?? "")) in \(String(format: "%.1f", seconds)) s")
    }
}
