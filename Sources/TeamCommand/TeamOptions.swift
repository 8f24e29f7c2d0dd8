import ArgumentParser
import Foundation
import NareisCasework
import NareisCore
import NareisSettings
import NareisStore
import NareisTeam
#if canImport(Glibc)
import Glibc
#endif

/// Exit statuses (sysexits.h), below 128.
enum TeamExit {
    static let usage = ExitCode(64)         // EX_USAGE: a setting is not as expected
    static let badInput = ExitCode(65)      // EX_DATAERR
    static let unavailable = ExitCode(69)   // EX_UNAVAILABLE: the server cannot be reached
    static let storeProblem = ExitCode(74)  // EX_IOERR
    static let protocolProblem = ExitCode(76) // EX_PROTOCOL: the server said no
    static let noPermission = ExitCode(77)  // EX_NOPERM: password, certificate, team
    static let config = ExitCode(78)        // EX_CONFIG: schema versions
}

/// Prints one line to standard error: never case data.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("nareis: " + message + "\n").utf8))
}

/// `--db` and `--lang`, and the settings file: what every team command starts from.
struct TeamOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store file (default: $NAREIS_DB, else $XDG_DATA_HOME/nareis/cases.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: .customLong("lang"), help: ArgumentHelp("The language of the output: nl or en.", valueName: "language"))
    var languageFlag: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var language: Language {
        LanguageChoice.resolve(flag: languageFlag.flatMap(Language.init(rawValue:)), environment: environment, report: printError)
    }

    var configPath: String { UserConfig.path(environment: environment) }

    /// The team settings, or says how to join and exits.
    func teamSettings() throws -> TeamSettings {
        let config = UserConfig.read(path: configPath)
        config.problems.forEach(printError)
        guard let team = config.team else {
            printError(TeamText.notJoined(language))
            throw TeamExit.usage
        }
        return team
    }

    /// The laptop's store; with `creating` (a sync: a first pull fills it) made when
    /// there is none, else refused, naming the path.
    func openStore(creating: Bool) throws -> CaseStore {
        umask(0o077)
        let path = StoreFile.resolvePath(option: db, environment: environment)
        if !creating, !StoreFile.exists(path) {
            printError(language == .nl ? "geen nareis-opslag op \(path); niets aangemaakt (controleer --db of NAREIS_DB)"
                : "no nareis store at \(path); nothing created (check --db or NAREIS_DB)")
            throw ExitCode(66)
        }
        do {
            return try CaseStore(path: path, readOnly: false) { _, _ in }
        } catch let error as StoreError {
            printError(error.description)
            throw TeamExit.storeProblem
        }
    }

    /// Connects as the settings say, or says why not (one line) and exits.
    func connect(_ settings: TeamSettings) async throws -> PostgresTeamServer {
        try await teamCall {
            try await PostgresTeamServer.connect(address: try TeamAddress(parsing: settings.server), password: settings.password)
        }
    }

    /// Runs a team server call; a refusal is said in one line and becomes the exit status its kind calls for.
    func teamCall<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as TeamServerError {
            printError(TeamText.refusal(error, language))
            throw Self.exitCode(error)
        } catch let error as SyncError {
            if case .otherTeam(let store, let server) = error { printError(TeamText.otherTeam(store: store, server: server, language)) }
            throw TeamExit.badInput
        } catch let error as StoreError {
            printError(error.description)
            throw TeamExit.storeProblem
        }
    }

    static func exitCode(_ error: TeamServerError) -> ExitCode {
        switch error {
        case .unreachable: return TeamExit.unavailable
        case .authenticationFailed, .certificateMismatch, .notOnATeam: return TeamExit.noPermission
        case .schemaMissing, .schemaNewer, .schemaOlder: return TeamExit.config
        case .badAddress: return TeamExit.usage
        case .server: return TeamExit.protocolProblem
        }
    }
}

/// Reads a password from standard input (one line): never from the command line,
/// where other users of the machine could read it.
func readPassword() -> String? {
    guard let line = readLine(strippingNewline: true), !line.isEmpty else { return nil }
    return line
}
