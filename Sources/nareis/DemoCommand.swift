import ArgumentParser
import Foundation
import NareisCore
import NareisCasework

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill the store with N realistic synthetic cases; the same seed and day give the same cases."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("How many cases to add (1 to 1000000).", valueName: "n"))
    var cases: Int

    @Option(help: ArgumentHelp("The seed of the generator.", valueName: "s"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Build the procedures relative to this day (YYYY-MM-DD) instead of today.", valueName: "day"))
    var asOf: String?

    @Option(help: ArgumentHelp("How many families to take in a second time under other spellings, to try `nareis duplicates`.",
                               valueName: "n"))
    var duplicates: Int = 0

    func validate() throws {
        guard (1...1_000_000).contains(cases) else {
            throw ValidationError("--cases: \(cases) is not a number of cases from 1 to 1000000")
        }
        guard (0...(cases / 3)).contains(duplicates) else {
            throw ValidationError("--duplicates: \(duplicates) is not a number from 0 to a third of --cases (\(cases / 3))")
        }
    }

    func run() throws {
        let day = try parseDay(asOf, option: "--as-of") ?? today()
        let opened = try store.open(creating: true)
        let start = Date()
        let ids = try storeCall { try opened.addDemoCases(count: cases, seed: seed, today: day, duplicates: duplicates) }
        let seconds = Date().timeIntervalSince(start)
        print("added \(ids.count) demo cases (\(ids.first ?? "")…\(ids.last ?? "")) in \(String(format: "%.1f", seconds)) s")
    }
}
