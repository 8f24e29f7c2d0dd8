import ArgumentParser
import Foundation
import NareisCasework
import NareisCore
import NareisStore

/// Writes numbered test cases to a store and prints a
/// line after each commit returns. The crash test kills it with SIGKILL at random
/// moments and checks that every printed case is there; the concurrency test runs
/// two at once. Never used on a real store.
struct WriterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "writer",
        abstract: "Write numbered test cases, acknowledging each commit (store tests only)."
    )

    @OptionGroup var store: ProbeStore

    @Option(help: "Prefix of the case IDs written.")
    var prefix: String

    @Option(help: "How many cases to write (0: until killed).")
    var count: Int = 0

    func run() throws {
        let opened = try store.open()
        var number = 0
        while count == 0 || number < count {
            number += 1
            let id = "\(prefix)-\(number)"
            let file = ProbeCase.make(id: id)
            _ = try opened.saveCase(file)
            FileHandle.standardOutput.write(Data("committed \(id)\n".utf8))
        }
    }
}
