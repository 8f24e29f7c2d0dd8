import ArgumentParser

@main
struct Nareis: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nareis",
        abstract: "Family reunification (nareis) casework: assess cases, keep them, follow their deadlines.",
        subcommands: [
            AssessCommand.self, ImportCommand.self, ExportCommand.self, DemoCommand.self, DeadlinesCommand.self, TasksCommand.self, DuplicatesCommand.self,
            CheckCommand.self, SummaryCommand.self, DraftCommand.self, BackupCommand.self, RestoreCommand.self,
            EraseCommand.self, AssignCommand.self, SyncCommand.self, TeamCommand.self,
            RecipientCommand.self, HandoverCommand.self, ReceiveCommand.self,
            KeysCommand.self, WorkstationCommand.self, BenchCommand.self,
        ],
        defaultSubcommand: WorkstationCommand.self
    )
}
