import ArgumentParser
import Foundation
import NareisCasework
import NareisCore

/// `nareis sync`: pulls the team's changes, pushes this laptop's.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Pushes this laptop's changes and pulls the team's; collisions wait for you in the workstation."
    )

    @OptionGroup var options: TeamOptions

    func run() async throws {
        let settings = try options.teamSettings()
        let store = try options.openStore(creating: true)
        let server = try await options.connect(settings)
        let casework = Casework(storage: store)
        let report = try await options.teamCall {
            defer { Task { await server.close() } }
            return try await casework.sync(with: server, now: LocalClock.utcTimestamp(of: Date()))
        }
        print(TeamText.report(report, options.language))
    }
}

/// `nareis team status`: where this laptop stands (no server needed).
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "When this laptop last synced, its changes waiting and the collisions to choose."
    )

    @OptionGroup var options: TeamOptions

    func run() async throws {
        let store = try options.openStore(creating: false)
        let casework = Casework(storage: store)
        let (status, team) = try await options.teamCall { (try casework.syncStatus(), try casework.syncTeam()) }
        print(TeamText.status(status, team: team, options.language))
    }
}
