import Foundation

/// Runs the real `nareis` executable, the one `swift build` put next to the test
/// bundle (override with `NAREIS_BIN`). Input and output go through files, so large
/// inputs cannot deadlock on pipe buffers.
struct NareisBinary {
    struct Result {
        let status: Int32
        /// False when the process died of a signal (a crash): never acceptable.
        let exitedNormally: Bool
        let stdout: String
        let stderr: String
    }

    static let url: URL? = {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["NAREIS_BIN"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0])
        candidates.append(argv0.deletingLastPathComponent().appendingPathComponent("nareis"))
        if let main = Bundle.main.executableURL {
            candidates.append(main.deletingLastPathComponent().appendingPathComponent("nareis"))
        }
        // Bundle layouts where the test binary sits deeper (…/X.xctest/Contents/MacOS).
        var dir = argv0.deletingLastPathComponent()
        for _ in 0..<4 {
            dir = dir.deletingLastPathComponent()
            candidates.append(dir.appendingPathComponent("nareis"))
        }
        return candidates.first { fm.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
    }()

    static func run(_ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:]) throws -> Result {
        guard let url else { throw Missing() }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nareis-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let inURL = dir.appendingPathComponent("in"), outURL = dir.appendingPathComponent("out")
        let errURL = dir.appendingPathComponent("err")
        try stdin.write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)

        var env = ProcessInfo.processInfo.environment
        env["NAREIS_DB"] = dir.appendingPathComponent("cases.sqlite").path  // never the user's store
        for (key, value) in environment { env[key] = value }
        // posix_spawn and waitpid rather than Foundation's Process, whose waitUntilExit
        // can miss a child's end on Linux when tests start processes side by side (the
        // child left a zombie, the test waiting for ever); as `Shell.run` does.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inURL.path, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outURL.path, O_WRONLY | O_TRUNC, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errURL.path, O_WRONLY | O_TRUNC, 0)
        let argv = ([url.path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, url.path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw CannotStart(reason: String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0
        return Result(status: exited ? (status >> 8) & 0xff : status & 0x7f,
                      exitedNormally: exited,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    struct CannotStart: Error, CustomStringConvertible {
        let reason: String
        var description: String { "the nareis binary could not be started: \(reason)" }
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "the nareis binary was not found next to the tests; build it or set NAREIS_BIN" }
    }
}

/// The golden cases of the core tests, shared with these.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("NareisCoreTests/Fixtures")

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }
    static func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }
    static func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }
}
