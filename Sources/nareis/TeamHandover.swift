import ArgumentParser
import Foundation
import NareisOutputs
#if canImport(Glibc)
import Glibc
#endif

/// `nareis team …`: handed to the `nareis-team` program beside this one, which links
/// the PostgreSQL client (this program stays small and quick to start).
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "A team's shared caseload: join, status, overdue, and for the administrator migrate and admit.",
        discussion: "Run `nareis team --help` for the team commands."
    )

    @Argument(parsing: .captureForPassthrough) var arguments: [String] = []

    func run() throws { try TeamProgram.exec(arguments) }
}

/// `nareis sync`: pushes this laptop's changes to the team server and pulls the team's.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Pushes this laptop's changes and pulls the team's (see nareis team join)."
    )

    @Argument(parsing: .captureForPassthrough) var arguments: [String] = []

    func run() throws { try TeamProgram.exec(["sync"] + arguments) }
}

enum TeamProgram {
    static let name = "nareis-team"

    /// `nareis-team` beside this program's own file.
    static var path: String {
        let own = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Replaces this process with `nareis-team arguments…`; returns only on failure.
    static func exec(_ arguments: [String]) throws -> Never {
        let program = path
        guard access(program, X_OK) == 0 else {
            printError("the team commands need \(name) beside nareis (\(program) is missing): "
                + "scripts/build-release \(name)")
            throw ExitStatus.noInput
        }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        execv(program, argv)
        printError("cannot start \(program) (\(String(cString: strerror(errno))))")
        throw ExitStatus.noInput
    }
}

/// `nareis assign`: hands a case to a colleague.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Hands a case to another counsellor (an audit line; the team sees it at the next sync)."
    )

    @Option(name: .customLong("case"), help: ArgumentHelp("The case ID.", valueName: "id"))
    var caseId: String

    @Option(help: ArgumentHelp("The counsellor's name as cases carry it.", valueName: "name"))
    var to: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        let casework = try store.open()
        try storeCall { try casework.assign(caseId: caseId, to: to) }
        print("\(CleanText.singleLine(caseId)) → \(CleanText.singleLine(to))")
    }
}
