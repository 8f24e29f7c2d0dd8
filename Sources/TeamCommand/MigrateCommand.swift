import ArgumentParser
import NareisTeam

/// `nareis team migrate` (the administrator): creates or upgrades the server's schema.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Creates or upgrades the team server's schema (the administrator, as the schema's owner)."
    )

    @Option(help: ArgumentHelp("The server, as the schema owner: postgresql://OWNER@HOST/DATABASE.", valueName: "url"))
    var server: String

    @Flag(help: "Read the owner's password from standard input (one line).")
    var passwordStdin = false

    @OptionGroup var options: TeamOptions

    func run() async throws {
        let password = passwordStdin ? readPassword() : nil
        let (from, to) = try await options.teamCall {
            try await PostgresTeamServer.migrate(address: try TeamAddress(parsing: server), password: password)
        }
        print(TeamText.migrated(from: from, to: to, options.language))
    }
}

/// `nareis team admit` (the administrator): puts a counsellor's role on a team.
struct AdmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admit",
        abstract: "Puts a counsellor's PostgreSQL role on a team (made when missing; the administrator)."
    )

    @Option(help: ArgumentHelp("The server, as the schema owner.", valueName: "url"))
    var server: String

    @Option(help: ArgumentHelp("The counsellor's PostgreSQL role (login name).", valueName: "role"))
    var role: String

    @Option(help: ArgumentHelp("The team's ID (e.g. vwn-utrecht).", valueName: "id"))
    var team: String

    @Option(help: ArgumentHelp("The team's name, when the team is new.", valueName: "name"))
    var teamName: String?

    @Option(help: ArgumentHelp("The counsellor's name as cases carry it.", valueName: "name"))
    var counsellor: String

    @Flag(help: "Read the owner's password, then the new role's password, from standard input (a line each).")
    var passwordStdin = false

    @OptionGroup var options: TeamOptions

    func run() async throws {
        let password = passwordStdin ? readPassword() : nil
        let rolePassword = passwordStdin ? readPassword() : nil
        try await options.teamCall {
            try await PostgresTeamServer.admit(role: role, team: team, teamName: teamName ?? team, counsellor: counsellor,
                                               rolePassword: rolePassword, address: try TeamAddress(parsing: server),
                                               password: password)
        }
        print(TeamText.admitted(role: role, team: team, options.language))
    }
}
