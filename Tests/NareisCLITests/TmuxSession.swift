import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program running in a detached tmux session on a private server socket
/// (`tmux -L nareis-test-<pid>-<n>`), so tests type keys into a real terminal
/// (TERM=xterm-256color, LANG=C.UTF-8) and read the screen back as text.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    nonisolated(unsafe) private static var counter = 0
    let socket: String
    let target = "work"

    /// Starts `command` (arguments, quoted here) in a `width` x `height` terminal.
    init(_ command: [String], width: Int = 120, height: Int = 40) throws {
        Self.counter += 1
        socket = "nareis-test-\(getpid())-\(Self.counter)"
        let line = (["env", "TERM=xterm-256color", "LANG=C.UTF-8"] + command).map(Self.quoted).joined(separator: " ")
        try tmux(["new-session", "-d", "-s", target, "-x", String(width), "-y", String(height), line])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    static func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || which("tmux") }

    private static func which(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }

    /// Runs a tmux command on this socket, with posix_spawn and waitpid: the server
    /// that `new-session` forks would keep Foundation's `Process` waiting for ever
    /// (it inherits the descriptors `Process` watches for the child's exit).
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start tmux (error \(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let exitedCleanly = (status & 0x7f) == 0 && ((status >> 8) & 0xff) == 0
        guard exitedCleanly else { throw Failure(description: "tmux \(arguments.first ?? ""): \(text)") }
        return text
    }

    /// Types text literally (each character a key).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", target, "-l", text]) }

    /// Presses named keys (`Tab`, `Enter`, `Down`, `F2`, `C-n`), one after another.
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", target, key]) }
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", target]) }

    /// Waits until the screen shows `text` (or `timeout` passes: then throws with the screen).
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 20) throws -> String {
        let end = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < end {
            last = (try? screen()) ?? last
            if last.contains(text) { return last }
            usleep(50_000)
        }
        throw Failure(description: "the screen never showed \"\(text)\"; it shows:\n\(last)")
    }

    /// Waits until the program has exited (the session is gone).
    func waitForExit(timeout: TimeInterval = 20) throws {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if (try? tmux(["has-session", "-t", target])) == nil { return }
            usleep(50_000)
        }
        throw Failure(description: "the program did not exit")
    }
}
