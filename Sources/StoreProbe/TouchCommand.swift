import ArgumentParser
import Foundation
import NareisCore
import NareisStore

/// Changes the sponsor's phone number of the first N cases (one write each, as a
/// counsellor's edits are), for the team benchmark's "sync of N changed cases".
struct TouchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "touch",
        abstract: "Change N cases, one write each (benchmark only)."
    )

    @OptionGroup var store: ProbeStore

    @Option(help: "How many cases to change.")
    var cases: Int = 1000

    @Option(help: "Written into each phone number, so that every run changes the cases again.")
    var round: Int = 1

    func run() throws {
        let store = try store.open()
        var changed = 0
        var after: String?
        while changed < cases {
            let page = try store.loadCases(after: after, limit: min(500, cases - changed))
            guard let last = page.last else { break }
            for var file in page {
                file.sponsor.phone = "+31 6 \(1000 + round) \(changed)"
                try store.saveCase(file)
                changed += 1
            }
            after = last.id
        }
        print("changed \(changed) case(s)")
    }
}
