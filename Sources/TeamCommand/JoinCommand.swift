import ArgumentParser
import NareisSettings
import NareisTeam

/// `nareis team join`: checks the server knows the counsellor on a team, then keeps the
/// settings (0600). Nothing is written when the server says no.
struct JoinCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Joins a team: checks the server, then keeps its address in ~/.config/nareis/config.toml (owner-only)."
    )

    @Option(help: ArgumentHelp("The team server: postgresql://ROLE@HOST/DATABASE (no password in it).", valueName: "url"))
    var server: String

    @Option(help: ArgumentHelp("Your name as cases carry it.", valueName: "name"))
    var counsellor: String

    @Flag(help: "Read the password from standard input (one line); it is kept in the settings file, never in the store.")
    var passwordStdin = false

    @OptionGroup var options: TeamOptions

    func run() async throws {
        let language = options.language
        guard !counsellor.trimmingCharacters(in: .whitespaces).isEmpty else {
            printError(language == .nl ? "--counsellor: leeg (verwacht uw naam)" : "--counsellor: empty (expected your name)")
            throw TeamExit.usage
        }
        let password = passwordStdin ? readPassword() : nil
        let settings = TeamSettings(server: server, counsellor: counsellor, password: password)
        let identity = try await options.teamCall {
            let server = try await PostgresTeamServer.connect(address: try TeamAddress(parsing: server), password: password)
            defer { Task { await server.close() } }
            return try await server.identity()
        }
        do {
            try UserConfig.remember(settings, path: options.configPath)
        } catch {
            printError("\(error)")
            throw TeamExit.storeProblem
        }
        print(TeamText.joined(identity, path: options.configPath, language))
    }
}
