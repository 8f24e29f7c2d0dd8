import ArgumentParser
import Foundation
import NareisCasework
import NareisCore
import NareisStore
#if canImport(Glibc)
import Glibc
#endif

/// `--db PATH`, shared by every command that uses the store. The composition root:
/// the one place the SQLite store is opened and handed to the casework layer.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store file (default: $NAREIS_DB, else $XDG_DATA_HOME/nareis/cases.sqlite).", valueName: "path"))
    var db: String?

    var path: String { StoreFile.resolvePath(option: db, environment: processEnvironment) }

    /// Where `path` came from, for messages: a typo in `--db` or `NAREIS_DB` is found
    /// faster when the message says which.
    var pathSource: String {
        if let db, !db.isEmpty { return "--db" }
        if let environment = processEnvironment["NAREIS_DB"], !environment.isEmpty { return "NAREIS_DB" }
        return "the default place"
    }

    /// Opens the store, or says why not and exits with a status below 128.
    /// `readOnly` for commands that write nothing (see `CaseStore.init`); `creating`
    /// for the few that may make a new store (import, demo, restore, the workstation):
    /// any other command refuses a path with no store, rather than make an empty one
    /// and report that nothing is due. `oneConnection` for the workstation, which reads
    /// and writes in turn (see `CaseStore.init`).
    func open(readOnly: Bool = false, creating: Bool = false, oneConnection: Bool = false) throws -> Casework {
        Casework(storage: try openStore(readOnly: readOnly, creating: creating, oneConnection: oneConnection))
    }

    /// The store itself, for what only the SQLite file has (checking a backup file).
    func openStore(readOnly: Bool = false, creating: Bool = false, oneConnection: Bool = false) throws -> CaseStore {
        if !creating, !StoreFile.exists(path) {
            printError("no nareis store at \(path) (the path from \(pathSource)); nothing created: "
                + "check the path, or make a store with nareis import, demo or restore")
            throw ExitStatus.noInput
        }
        // Owner-only files, whatever the shell's umask: the store, -wal, -shm, backups.
        umask(0o077)
        return try storeCall {
            try CaseStore(path: path, readOnly: readOnly, oneConnection: oneConnection) { cases, rules in
                // On standard error: a cron job's output stays the command's own.
                printError("rules in force since \(rules.iso): computing the deadlines of \(cases) case(s) again…")
            }
        }
    }
}

extension StoreOptions {
    /// Checks that `source` is a sound nareis store this version can read, writing nothing.
    static func verifyBackup(_ source: String) throws { try CaseStore.verifyBackup(source) }
}

/// Runs a store operation; a refusal or failure is printed (IDs and paths only) and
/// turned into the exit status its kind calls for.
func storeCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        printError(error.description)
        switch error {
        case .duplicateIds, .unknownCase, .unknownMember, .invalid: throw ExitStatus.badInput
        case .notAStore, .newerSchema, .damaged, .busy: throw ExitStatus.storeProblem
        case .cannotWrite: throw ExitStatus.cannotWrite
        }
    } catch let exit as ExitCode {
        throw exit
    } catch let refused as CaseFileError {
        throw refused   // the input's fault, reported by the caller (an import read as it writes)
    } catch {
        printError("store: \(error)")
        throw ExitStatus.storeProblem
    }
}

/// Parses `--as-of`-style day options, refusing bad ones with the option's name.
func parseDay(_ text: String?, option: String) throws -> Day? {
    guard let text else { return nil }
    guard let day = Day(iso: text) else {
        printError("\(option): \"\(text)\" is not a date (expected YYYY-MM-DD)")
        throw ExitStatus.badInput
    }
    return day
}

/// Writes text to standard output exactly as given (no added newline: CSV and
/// iCalendar end their lines with CRLF themselves).
func writeOutput(_ text: String) {
    var text = text
    text.withUTF8 { writeToStandardOutput(UnsafeRawBufferPointer($0)) }
}
