import ArgumentParser

/// `nareis-team`: the team commands. `nareis team …` and `nareis sync` hand over to this
/// program (it links the PostgreSQL client; `nareis` does not).
@main
struct NareisTeamCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nareis team",
        abstract: "A team's shared caseload on PostgreSQL: join, sync, the team's deadlines.",
        subcommands: [
            JoinCommand.self, SyncCommand.self, StatusCommand.self, OverdueCommand.self,
            MigrateCommand.self, AdmitCommand.self,
        ]
    )
}
