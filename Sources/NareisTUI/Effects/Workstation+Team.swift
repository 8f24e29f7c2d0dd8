import Foundation
import NareisCasework
import NareisCore

/// What one run of `nareis-team sync` came to: whether it succeeded, and the one
/// line it ended with (its report, or why not), for the footer.
public struct SyncRun: Hashable, Sendable {
    public var succeeded: Bool
    public var message: String

    public init(succeeded: Bool, message: String) {
        self.succeeded = succeeded
        self.message = message
    }

    /// The last line of a program's output with text in it, as one plain line: no
    /// `nareis: ` prefix, every control character a space, at most 300 characters
    /// (the footer draws it through the safe-text path as well).
    public static func lastLine(of output: String) -> String? {
        let lines = output.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { String($0).trimmingCharacters(in: .whitespaces) }
        guard var line = lines.last(where: { !$0.isEmpty }) else { return nil }
        if line.hasPrefix("nareis: ") { line.removeFirst("nareis: ".count) }
        let plain = String(String.UnicodeScalarView(line.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format ? " " : scalar
        }))
        let trimmed = plain.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        return trimmed.count > 300 ? String(trimmed.prefix(299)) + "\u{2026}" : trimmed
    }
}

/// Runs one sync with the team server; called on the workstation's thread, which
/// waits for it.
public typealias SyncRunner = () -> SyncRun

/// The team's shared caseload, performed: the status line, the sync, the conflicts.
extension Workstation {
    /// Reads where this laptop stands with its team (one small query); nothing when
    /// the store never synced with a team, or the read fails (the line is a courtesy).
    func readTeamStatus() {
        guard let team = try? casework.syncTeam(), !team.isEmpty else {
            state.teamStatusRead(nil)
            return
        }
        state.teamStatusRead(try? casework.syncStatus())
    }

    /// Runs the sync through the composition root's runner, then reads everything again
    /// (cases may have arrived, changed or gone) and says the sync's last line.
    func runSync() {
        let language = state.language
        guard let syncRunner else {
            state.notice = WorkText.syncNoTeam.text(language)
            return
        }
        state.notice = WorkText.syncRunning.text(language)
        showProgress?()
        let run = syncRunner()
        state.notice = nil
        refreshAll()
        readTeamStatus()
        if run.succeeded {
            state.notice = run.message
        } else {
            state.problem = run.message
        }
    }

    /// Opens the conflict overlay on the first case waiting for a choice; with none,
    /// closes it and says `notice` (or that there is none).
    func openFirstConflict(notice: String?) {
        guard let ids = read({ try casework.conflictedCases() }) else { return }
        for id in ids {
            guard let conflict = read({ try casework.conflict(caseId: id) }) ?? nil else { continue }
            state.conflictRead(conflict, pending: ids.count)
            state.notice = notice
            return
        }
        state.noConflictLeft(notice: notice ?? WorkText.noConflicts.text(state.language))
    }

    /// Saves the counsellor's choices; the case changed meanwhile: read it again, to
    /// choose again. Then the next conflicted case, or the overlay closes.
    func resolve(_ board: ConflictBoard) {
        guard let saved = read({ try casework.resolve(board.conflict, takingTheirs: board.takingTheirs) }) else { return }
        let language = state.language
        guard saved else {
            if let fresh = read({ try casework.conflict(caseId: board.conflict.caseId) }) ?? nil {
                state.conflictRead(fresh, pending: board.pending)
                state.notice = WorkText.conflictChanged.text(language)
            } else {
                openFirstConflict(notice: WorkText.conflictChanged.text(language))
            }
            return
        }
        refreshAll()
        readTeamStatus()
        openFirstConflict(notice: WorkText.conflictResolved.text(language))
    }

    /// After a sync or a settled conflict: the deadlines, the case list and the open
    /// case read again, the open case kept when it is still there (else the selected one).
    func refreshAll() {
        let tree = state.tree
        let openId = state.openCase?.file.id
        reloadLists()
        if let openId, let open = read({ try casework.openCase(id: openId, asOf: state.asOf) }) ?? nil {
            state.caseOpened(open)
            state.treeKept(tree)
        } else {
            openSelectedCase()
        }
    }
}
