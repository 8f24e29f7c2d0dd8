import Foundation
import NareisCasework
import NareisCore
import NareisStore
import NareisTeam
import NareisTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A sync stopped at any point (the server gone, the process killed) starts again where
/// it was: nothing lost, nothing duplicated, both laptops equal to the server.
@Suite("Sync faults")
struct SyncFaultTests {
    /// The server going away after every few requests, again and again: each sync that
    /// fails leaves the laptop consistent, and the next one carries on.
    @Test func theServerGoingAwayMidSyncLosesNothing() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await Laptop.of("anna", on: fixture)
        let ben = try await Laptop.of("ben", on: fixture)
        let ids = try anna.casework.addDemoCases(count: 2500, seed: 7, today: Day(iso: "2026-12-01")!)
        _ = try ben.casework.addDemoCases(count: 1200, seed: 8, today: Day(iso: "2026-12-01")!)
        for (laptop, calls) in [(anna, 2), (ben, 3), (anna, 1), (ben, 1)] {
            let failing = FailingServer(anna: laptop.server, failAfter: calls)
            await #expect(throws: TeamServerError.self) { try await laptop.casework.sync(with: failing, now: "2026-12-02T10:00:00Z") }
        }
        // Edits between the failed syncs.
        var file = try anna.file(ids[0])
        file.sponsor.phone = "+31 6 4444 4444"
        try anna.casework.saveCase(file)
        for laptop in [anna, ben, anna, ben] { try await laptop.sync() }
        let server = try await anna.server.documents()
        #expect(server.count == 3700)
        #expect(try anna.documents() == server)
        #expect(try ben.documents() == server)
        #expect(server[ids[0]]?.contains("4444 4444") == true)
        await anna.close()
        await ben.close()
    }

    /// The server stopped (as by a crash) while a laptop pushes thousands of cases: one
    /// clear error, and after a restart the next sync brings everything level.
    @Test func aServerStoppedMidPushIsCaughtUp() async throws {
        let cluster = try PrivateCluster.start()
        defer { cluster.remove() }
        let fixture = try await TeamFixture.migrated(on: cluster)
        let anna = try await Laptop.of("anna", on: fixture)
        _ = try anna.casework.addDemoCases(count: 4000, seed: 9, today: Day(iso: "2026-12-01")!)
        let stopper = Task.detached {
            try await Task.sleep(for: .milliseconds(Int.random(in: 50...400)))
            try cluster.stop(mode: "immediate")
        }
        let stopped: Result<SyncReport, any Error>
        do { stopped = .success(try await anna.sync()) } catch { stopped = .failure(error) }
        try await stopper.value
        try cluster.start()
        await anna.close()
        let again = try await Laptop.reconnect(anna, on: fixture)
        try await again.sync()
        let ben = try await Laptop.of("ben", on: fixture)
        try await ben.sync()
        let server = try await again.server.documents()
        #expect(server.count == 4000)
        #expect(try again.documents() == server)
        #expect(try ben.documents() == server)
        if case .failure(let error) = stopped { #expect(error is TeamServerError, "one clear error, not a crash: \(error)") }
        await again.close()
        await ben.close()
    }

    /// `nareis-team sync` killed with SIGKILL at random moments, many times, with edits
    /// between the runs; then it runs to the end and a second laptop pulls everything.
    @Test func killedAtRandomMomentsManyTimes() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await Laptop.of("anna", on: fixture)
        let ids = try anna.casework.addDemoCases(count: 3000, seed: 11, today: Day(iso: "2026-12-01")!)
        let config = try TeamConfigFile(fixture: fixture, role: "anna", counsellor: "Anna A.")
        var killed = 0
        for round in 0..<20 {
            let sync = try config.startSync(db: anna.path)
            usleep(useconds_t(Int.random(in: 0...350) * 1000))
            if sync.isRunning {
                sync.kill(SIGKILL)
                killed += 1
            }
            sync.wait()
            // An edit while no sync runs: it must reach the server in the end.
            var file = try anna.file(ids[round])
            file.sponsor.phone = "+31 6 5555 \(1000 + round)"
            try anna.casework.saveCase(file)
        }
        let final = try config.startSync(db: anna.path).wait()
        #expect(final.exitedNormally && final.status == 0)
        #expect(killed > 0, "some runs were killed mid-sync")
        let ben = try await Laptop.of("ben", on: fixture)
        try await ben.sync()
        let server = try await anna.server.documents()
        #expect(server.count == 3000, "nothing duplicated, nothing lost")
        #expect(try anna.documents() == server)
        #expect(try ben.documents() == server)
        for round in 0..<20 { #expect(server[ids[round]]?.contains("5555 \(1000 + round)") == true) }
        #expect(try anna.store.check(readBack: false).isSound)
        await anna.close()
        await ben.close()
    }
}

/// A team server that stops answering after `failAfter` requests, as one that went away.
final class FailingServer: TeamServer, @unchecked Sendable {
    let real: PostgresTeamServer
    var left: Int

    init(anna real: PostgresTeamServer, failAfter: Int) {
        self.real = real
        self.left = failAfter
    }

    private func spend() throws {
        left -= 1
        if left < 0 { throw TeamServerError.unreachable(server: "test", reason: "gone") }
    }

    func identity() async throws -> TeamIdentity { try await real.identity() }
    func pull(after seq: Int64, limit: Int) async throws -> [ServerCase] {
        try spend()
        return try await real.pull(after: seq, limit: limit)
    }
    func fetch(caseIds: [String]) async throws -> [ServerCase] {
        try spend()
        return try await real.fetch(caseIds: caseIds)
    }
    func push(_ changes: [CaseChange]) async throws -> [PushOutcome] {
        try spend()
        return try await real.push(changes)
    }
    func overdue(asOf: Day, limit: Int) async throws -> [TeamDeadline] { try await real.overdue(asOf: asOf, limit: limit) }
    func close() async {}
}

/// A settings file for `nareis-team` (XDG_CONFIG_HOME in a temporary directory).
struct TeamConfigFile {
    let home: String

    init(fixture: TeamFixture, role: String, counsellor: String) throws {
        home = try Scratch.newDirectory("config")
        try FileManager.default.createDirectory(atPath: home + "/nareis", withIntermediateDirectories: true)
        let address = try fixture.cluster.socketAddressText(role: fixture.role(role), database: fixture.database)
        try "[team]\nserver = \"\(address)\"\ncounsellor = \"\(counsellor)\"\n"
            .write(toFile: home + "/nareis/config.toml", atomically: true, encoding: .utf8)
    }

    func startSync(db: String) throws -> ChildProcess {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = home
        return try ChildProcess(builtExecutable("nareis-team"), ["sync", "--db", db, "--lang", "en"], environment: environment)
    }
}

/// An executable built beside the test bundle.
func builtExecutable(_ name: String) -> String {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.path != "/" {
        url.deleteLastPathComponent()
        let candidate = url.appendingPathComponent(name).path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug/\(name)").path
}
