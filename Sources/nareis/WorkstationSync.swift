import Foundation
import NareisCasework
import NareisCore
import NareisSettings
import NareisTUI
#if canImport(Glibc)
import Glibc
#endif

/// The workstation's `S`: runs `nareis-team sync` (beside this program) as a child
/// process on the workstation's store, its output captured, never shown raw: the
/// footer gets its last line (`SyncRun.lastLine`).
enum WorkstationSync {
    /// The runner, or nil when this laptop joined no team (no `[team]` in the settings
    /// file) and the store never synced with one: then `S` says how to join.
    static func runner(storePath: String, language: Language, casework: Casework) -> SyncRunner? {
        let config = UserConfig.read(path: UserConfig.path(environment: processEnvironment))
        let synced = (try? casework.syncTeam()) != nil
        guard config.team != nil || synced else { return nil }
        return { run(storePath: storePath, language: language) }
    }

    /// `nareis-team sync --db PATH --lang LANG`, waited for.
    static func run(storePath: String, language: Language) -> SyncRun {
        let program = TeamProgram.path
        guard access(program, X_OK) == 0 else {
            return SyncRun(succeeded: false, message: WorkText.syncProgramMissing.text(language, program))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["sync", "--db", storePath, "--lang", language.rawValue]
        process.standardInput = FileHandle.nullDevice
        // One pipe for both streams: read to its end, it cannot fill up and stall the
        // child, and its last line is the report (or, on failure, the reason).
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            return SyncRun(succeeded: false, message: WorkText.syncCannotStart.text(language, String(describing: error)))
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let succeeded = process.terminationReason == .exit && process.terminationStatus == 0
        let line = SyncRun.lastLine(of: String(decoding: data, as: UTF8.self))
            ?? WorkText.syncSilent.text(language, process.terminationStatus)
        return SyncRun(succeeded: succeeded, message: line)
    }
}
