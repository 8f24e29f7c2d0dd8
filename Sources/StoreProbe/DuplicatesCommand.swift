import ArgumentParser
import Foundation
import NareisCasework
import NareisCore
import NareisStore

/// Measures "is this family already here?" on a demo caseload with families taken in
/// twice (`DemoCaseload.plantedPairs`): precision and recall of `nareis duplicates`,
/// its time over the whole store, and the intake's check on each planted copy and
/// on as many new families that are in no case. For docs/duplicates.md.
struct DuplicatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "Measure duplicate detection on a fresh demo store (benchmark only)."
    )

    @Option(help: ArgumentHelp("A store file that does not exist yet.", valueName: "path"))
    var db: String

    @Option(help: "How many demo cases.")
    var cases: Int = 100_000

    @Option(help: "How many of them are families taken in a second time.")
    var duplicates: Int = 1_000

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 1

    func validate() throws {
        guard !FileManager.default.fileExists(atPath: db) else { throw ValidationError("--db: \(db) exists (expected a new path)") }
    }

    func run() throws {
        umask(0o077)
        let today = Day(iso: "2026-12-01")!
        let store = try CaseStore(path: db)
        let casework = Casework(storage: store)
        var start = Date()
        let ids = try casework.addDemoCases(count: cases, seed: seed, today: today, duplicates: duplicates)
        print(String(format: "demo: %d cases, %d families taken in twice, %.1f s", ids.count, duplicates,
                     Date().timeIntervalSince(start)))
        let planted = Set(DemoCaseload.plantedPairs(count: cases, duplicates: duplicates).map { [ids[$0.original], ids[$0.copy]] })

        start = Date()
        let reported = try casework.duplicateCases()
        let scan = Date().timeIntervalSince(start)
        let found = reported.filter { planted.contains([$0.caseId, $0.other.caseId]) }.count
        print(String(format: "whole store: %.2f s, %d pairs reported, %d of %d planted found: precision %.3f, recall %.3f",
                     scan, reported.count, found, planted.count,
                     reported.isEmpty ? 1 : Double(found) / Double(reported.count), Double(found) / Double(max(1, planted.count))))

        // The intake's check on each copy as if it were being taken in now, and on new families.
        var copyTimes: [Double] = [], firstIsOriginal = 0, originalListed = 0
        for pair in planted {
            guard var copy = try store.loadCase(id: pair[1]) else { continue }
            copy.id = nil
            let (found, ms) = try timed { try casework.possibleDuplicates(of: copy) }
            copyTimes.append(ms)
            let listed = found.map(\.caseId)
            if listed.first == pair[0] || listed.first == pair[1] { firstIsOriginal += 1 }
            if listed.contains(pair[0]) { originalListed += 1 }
        }
        var newTimes: [Double] = [], alarms = 0
        var strangers = DemoCaseload(count: max(1, planted.count), seed: seed &+ 1_000_003, today: today)
        while let family = strangers.next() {
            let (found, ms) = try timed { try casework.possibleDuplicates(of: family) }
            newTimes.append(ms)
            if !found.isEmpty { alarms += 1 }
        }
        print("intake check, families taken in before: \(percentiles(copyTimes)); the stored family listed "
              + "\(originalListed) of \(planted.count), first \(firstIsOriginal)")
        print("intake check, new families: \(percentiles(newTimes)); \(alarms) of \(newTimes.count) shown a possible match")
    }

    private func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }

    private func percentiles(_ times: [Double]) -> String {
        guard !times.isEmpty else { return "no checks" }
        let sorted = times.sorted()
        func at(_ p: Double) -> String { String(format: "%.2f", sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]) }
        return "p50 \(at(0.5)) ms, p99 \(at(0.99)) ms, max \(at(1.0)) ms"
    }
}
