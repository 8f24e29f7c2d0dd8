import Foundation
import NareisCasework
import NareisCore
import NareisStore

/// The store the fuzzed workstation works on: demo cases made once per process in
/// the temporary directory (scripts/fuzz points TMPDIR at a scratch directory it
/// removes), never the user's store. Every input starts from the same cases: a copy
/// of the pristine file, made again only after an input wrote to it, so a crash
/// input replays alone as it ran.
final class ScratchStore {
    static let asOf = Day(year: 2024, month: 6, day: 1)!
    /// 2024-06-01 10:00 UTC, so that the store's writes fall on the workstation's day.
    static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_717_236_000) }

    private let directory: URL
    private let pristine: String
    private let working: String
    private var store: CaseStore?
    /// The working files' sizes and times when the copy was made: a change means a write.
    private var fingerprint: [String] = []

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("nareis-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
        pristine = directory.appendingPathComponent("pristine.sqlite").path
        working = directory.appendingPathComponent("working.sqlite").path
        try? FileManager.default.removeItem(at: directory)
        let store = try Self.open(pristine)
        // Enough cases for the lists to scroll and page; a few families taken in twice.
        try Casework(storage: store).addDemoCases(count: 60, seed: 20_240_601, today: Self.asOf, duplicates: 3)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The store as the demo left it.
    func fresh() throws -> CaseStore {
        if let store, fingerprint == currentFingerprint() { return store }
        store = nil   // closes the pool before its files are replaced
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: working + suffix) }
        try FileManager.default.copyItem(atPath: pristine, toPath: working)
        let opened = try Self.open(working)
        store = opened
        fingerprint = currentFingerprint()
        return opened
    }

    private static func open(_ path: String) throws -> CaseStore {
        try CaseStore(path: path, clock: clock, user: "fuzz")
    }

    private func currentFingerprint() -> [String] {
        ["", "-wal"].map { suffix in
            var status = stat()
            guard stat(working + suffix, &status) == 0 else { return "-" }
            return "\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
    }
}
