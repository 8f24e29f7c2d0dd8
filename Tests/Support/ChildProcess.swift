import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program the tests start: `posix_spawn` and `waitpid` rather than Foundation's
/// `Process`, whose `waitUntilExit` can miss a child's end on Linux when tests start
/// processes side by side or inside Swift concurrency (the child left a zombie, the
/// test waiting for ever). The child starts with an empty signal mask, so a server it
/// starts (tmux, PostgreSQL) does not inherit the test runner's blocked signals, and
/// with no descriptor of the runner's but the three it is given.
public final class ChildProcess: @unchecked Sendable {
    /// Where a standard stream of the child goes.
    public enum Stream {
        case null
        /// A file, created or truncated.
        case file(String)
        /// A pipe whose other end the test reads (`output`); standard output only.
        case pipe
    }

    /// How the child ended.
    public struct Termination: Sendable {
        public let status: Int32
        /// False when the child died of a signal (`signal` then says which).
        public let exitedNormally: Bool
        public var signal: Int32? { exitedNormally ? nil : status }
    }

    public let pid: pid_t
    /// The read end of the child's standard output when it was `.pipe`.
    public let output: FileHandle?
    private var ended: Termination?

    public struct CannotStart: Error, CustomStringConvertible {
        public let program: String
        public let reason: String
        public var description: String { "\(program) could not be started: \(reason)" }
    }

    /// Starts `program` (a path, or a name looked up on PATH) with `arguments`.
    /// `environment` nil keeps the test runner's.
    public init(_ program: String, _ arguments: [String], environment: [String: String]? = nil,
                stdin: String = "/dev/null", stdout: Stream = .null, stderr: Stream = .null) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        var readEnd: Int32 = -1, writeEnd: Int32 = -1
        defer { if writeEnd >= 0 { close(writeEnd) } }
        for (descriptor, stream) in [(Int32(1), stdout), (Int32(2), stderr)] {
            switch stream {
            case .null:
                posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
            case .file(let path):
                posix_spawn_file_actions_addopen(&actions, descriptor, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            case .pipe:
                precondition(descriptor == 1, "only standard output goes to a pipe")
                // Close-on-exec in the runner: a child another test starts meanwhile must
                // not hold the write end, or reading to the end would wait for it.
                var ends: [Int32] = [-1, -1]
                guard pipe(&ends) == 0, fcntl(ends[0], F_SETFD, FD_CLOEXEC) == 0,
                      fcntl(ends[1], F_SETFD, FD_CLOEXEC) == 0 else {
                    throw CannotStart(program: program, reason: String(cString: strerror(errno)))
                }
                (readEnd, writeEnd) = (ends[0], ends[1])
                posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
            }
        }
        // Nothing else of the runner's: a server the child starts (tmux, PostgreSQL) would
        // otherwise hold whatever descriptors other tests have open, a pipe among them,
        // whose reader would then wait for that server's end.
        Self.closeTheRest(&actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { (argv + (envp ?? [])).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = envp.map { posix_spawnp(&pid, program, &actions, &attributes, argv, $0) }
            ?? posix_spawnp(&pid, program, &actions, &attributes, argv, environ)
        guard spawned == 0 else {
            if readEnd >= 0 { close(readEnd) }
            throw CannotStart(program: program, reason: String(cString: strerror(spawned)))
        }
        self.pid = pid
        output = readEnd >= 0 ? FileHandle(fileDescriptor: readEnd, closeOnDealloc: true) : nil
    }

    /// Closes every descriptor from 3 up in the child, after the three above are set.
    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later) is declared
    /// for GNU sources only, which Swift's Glibc module is not: it is looked up by name.
    private static func closeTheRest(_ actions: inout posix_spawn_file_actions_t) {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3)
    }

    /// Waits for the child's end (once; later calls return the same).
    @discardableResult
    public func wait() -> Termination {
        if let ended { return ended }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return reaped(status)
    }

    /// True until the child has ended (an ended child is reaped here).
    public var isRunning: Bool {
        if ended != nil { return false }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return true }
        reaped(status)
        return false
    }

    @discardableResult
    private func reaped(_ status: Int32) -> Termination {
        let exited = status & 0x7f == 0
        let termination = Termination(status: exited ? (status >> 8) & 0xff : status & 0x7f, exitedNormally: exited)
        ended = termination
        return termination
    }

    public func kill(_ signal: Int32 = SIGKILL) { Glibc.kill(pid, signal) }

    /// A finished program's status and what it printed.
    public struct Result: Sendable {
        public let status: Int32
        /// False when the program died of a signal (a crash).
        public let exitedNormally: Bool
        public let stdout: String
        public let stderr: String
    }

    /// Runs `program` to its end with `input` on its standard input. Everything goes
    /// through files in a scratch directory, so large inputs and outputs cannot stall
    /// on a pipe's buffer, and a server the program leaves running cannot hold a pipe open.
    public static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil,
                           input: Data = Data()) throws -> Result {
        let directory = try Scratch.newDirectory("run")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (inPath, outPath, errPath) = (directory + "/in", directory + "/out", directory + "/err")
        try input.write(to: URL(fileURLWithPath: inPath))
        let ended = try ChildProcess(program, arguments, environment: environment, stdin: inPath,
                                     stdout: .file(outPath), stderr: .file(errPath)).wait()
        func text(_ path: String) -> String {
            String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        }
        return Result(status: ended.status, exitedNormally: ended.exitedNormally, stdout: text(outPath), stderr: text(errPath))
    }
}
