import Foundation
import NareisTestSupport

/// Runs the real `nareis` executable, the one `swift build` put next to the test
/// bundle (override with `NAREIS_BIN`).
struct NareisBinary {
    /// `exitedNormally` false is a crash: never acceptable.
    typealias Result = ChildProcess.Result

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
        let directory = try Scratch.newDirectory("nareis-cli")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env["NAREIS_DB"] = directory + "/cases.sqlite"  // never the user's store
        for (key, value) in environment { env[key] = value }
        return try ChildProcess.run(url.path, arguments, environment: env, input: stdin)
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
