import Foundation
import GRDB
import NareisCasework
import NareisCore
import NareisTestSupport
@testable import NareisStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Nothing acknowledged is ever lost: not when the writer is killed mid-write,
/// not when two processes write to one store at once.
@Suite(.serialized) struct DurabilityTests {
    /// Reads a child's acknowledged IDs ("committed ID" lines).
    static func acknowledged(_ output: Data) -> [String] {
        String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { line in
            line.hasPrefix("committed ") ? String(line.dropFirst("committed ".count)) : nil
        }
    }

    /// What the writer printed up to its first acknowledged commit (at most `seconds`).
    static func firstCommit(of handle: FileHandle, within seconds: TimeInterval) -> Data {
        var data = Data()
        let deadline = Date().addingTimeInterval(seconds)
        while !String(decoding: data, as: UTF8.self).contains("committed "), Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            data += chunk
        }
        return data
    }

    @Test func everyAcknowledgedWriteSurvivesSIGKILLAtRandomMoments() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        var rng = SplitMix64(seed: UInt64(UInt32(truncatingIfNeeded: time(nil))))
        var acknowledged: [String] = []
        let deadline = Date().addingTimeInterval(12)
        var runs = 0
        while runs < 40 && (runs < 8 || Date() < deadline) {
            runs += 1
            let writer = try ChildProcess(probeExecutable(), ["writer", "--db", path, "--prefix", "run\(runs)"],
                                          stdout: .pipe)
            let out = try #require(writer.output)
            // The random moment counts from the writer's first commit: on a loaded
            // machine starting the process alone can take longer than the window.
            var output = Self.firstCommit(of: out, within: 20)
            usleep(UInt32(rng.int(in: 20_000...250_000)))
            writer.kill(SIGKILL)
            output += out.readDataToEndOfFile()
            #expect(writer.wait().signal == SIGKILL)
            acknowledged += Self.acknowledged(output)
        }
        let store = try openStore(path)
        let report = try store.check(readBack: true)
        #expect(report.isSound, "\(report.integrity) \(report.foreignKeys) \(report.searchIndex)")
        #expect(acknowledged.count > runs, "the writer should have committed something in most runs")
        let stored = Set(try store.pool.read { try String.fetchAll($0, sql: "SELECT id FROM cases") })
        let lost = acknowledged.filter { !stored.contains($0) }
        #expect(lost.isEmpty, "acknowledged but lost: \(lost.prefix(5))")
    }

    @Test func twoProcessesWritingAtOnceLoseNothing() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        _ = try openStore(path)
        let writers = try ["left", "right"].map { prefix in
            try ChildProcess(probeExecutable(), ["writer", "--db", path, "--prefix", prefix, "--count", "150"], stdout: .pipe)
        }
        var acknowledged: [String] = []
        for writer in writers {
            acknowledged += Self.acknowledged(try #require(writer.output).readDataToEndOfFile())
            let ended = writer.wait()
            #expect(ended.exitedNormally && ended.status == 0)
        }
        #expect(acknowledged.count == 300)
        let store = try openStore(path)
        #expect(try store.count() == 300)
        #expect(try store.check().isSound)
        // Each extended the chain where the other left it: one chain, not two forks.
        #expect(try store.check().auditChain.intactLines == 300)
    }

    @Test func twoStoresInOneProcessSeeEachOthersWrites() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("cases.sqlite")
        let first = try openStore(path)
        let second = try openStore(path)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let store = index == 0 ? first : second
            for n in 0..<50 { _ = try? store.saveCase(sampleCase(id: "w\(index)-\(n)")) }
        }
        #expect(try first.count() == 100)
        #expect(try second.count() == 100)
    }
}
