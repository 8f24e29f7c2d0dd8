import Dispatch
import Foundation
import Testing
@testable import NareisCore

@Suite("Reading ahead")
struct ReadAheadTests {
    struct Boom: Error, Equatable { var at: Int }

    /// What the producing threads did, read by the test's thread.
    ///
    /// `@unchecked Sendable` because of its `var`s: safe because every use is under
    /// `lock`.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var _calls = 0
        private var _finished = 0
        private var _threads: [pthread_t] = []
        var calls: Int { lock.withLock { _calls } }
        var finished: Int { lock.withLock { _finished } }
        var threads: [pthread_t] { lock.withLock { _threads } }
        func start() -> Int { lock.withLock { _calls += 1; _threads.append(pthread_self()); return _calls - 1 } }
        func finish() { lock.withLock { _finished += 1 } }
    }

    static func all<Chunk>(_ ahead: ReadAhead<Chunk>) throws -> [Chunk] {
        var chunks: [Chunk] = []
        while let chunk = try ahead.next() { chunks.append(chunk) }
        return chunks
    }

    @Test func chunksComeInOrderFromAnotherThread() throws {
        let log = Log()
        var n = 0
        let ahead = ReadAhead { () -> [Int]? in
            _ = log.start()
            defer { n += 1 }
            usleep(UInt32.random(in: 0...300))
            return n < 200 ? [n, n + 1000] : nil
        }
        #expect(try Self.all(ahead) == (0..<200).map { [$0, $0 + 1000] })
        #expect(try ahead.next() == nil, "still the end")
        #expect(log.calls == 201, "one call that said: no more")
        #expect(!log.threads.contains { pthread_equal($0, pthread_self()) != 0 })
    }

    @Test func inputsOnTheCallersThreadChunksInOrder() throws {
        let caller = pthread_self()
        let log = Log()
        var inputs = (0..<300).makeIterator()
        var callerThreadOnly = true
        let ahead = ReadAhead(inputs: { () -> Int? in
            callerThreadOnly = callerThreadOnly && pthread_equal(pthread_self(), caller) != 0
            return inputs.next()
        }, produce: { (input: Int) -> String in
            _ = log.start()
            usleep(UInt32.random(in: 0...300))
            return "chunk \(input)"
        })
        #expect(try Self.all(ahead) == (0..<300).map { "chunk \($0)" })
        #expect(callerThreadOnly)
        #expect(log.calls == 300)
        #expect(!log.threads.contains { pthread_equal($0, caller) != 0 })
    }

    @Test func theNextChunkIsProducedWhileTheCallerWorks() throws {
        let secondStarted = DispatchSemaphore(value: 0)
        let log = Log()
        let ahead = ReadAhead { () -> Int? in
            let call = log.start()
            if call == 1 { secondStarted.signal() }
            return call < 3 ? call : nil
        }
        #expect(try ahead.next() == 0)
        // The caller holds chunk 0 and has not asked again: chunk 1 is under way.
        #expect(secondStarted.wait(timeout: .now() + 10) == .success)
        #expect(try Self.all(ahead) == [1, 2])
    }

    @Test func aProducersErrorReachesTheConsumerAfterTheChunksBeforeIt() throws {
        let log = Log()
        let ahead = ReadAhead { () -> Int? in
            let call = log.start()
            if call == 3 { throw Boom(at: call) }
            return call
        }
        var chunks: [Int] = []
        #expect(throws: Boom(at: 3)) {
            while let chunk = try ahead.next() { chunks.append(chunk) }
        }
        #expect(chunks == [0, 1, 2])
        #expect(try ahead.next() == nil, "over after an error")
        #expect(log.calls == 4, "nothing produced after the error")
    }

    @Test func anInputsErrorReachesTheConsumerAfterTheChunksBeforeIt() throws {
        let log = Log()
        var next = 0
        let ahead = ReadAhead(inputs: { () -> Int? in
            defer { next += 1 }
            if next == 2 { throw Boom(at: next) }
            return next
        }, produce: { (input: Int) -> Int in
            _ = log.start()
            return input * 10
        })
        var chunks: [Int] = []
        #expect(throws: Boom(at: 2)) {
            while let chunk = try ahead.next() { chunks.append(chunk) }
        }
        #expect(chunks == [0, 10])
        #expect(try ahead.next() == nil, "over after an error")
        #expect(log.calls == 2)
    }

    @Test func stoppingEarlyWaitsForTheChunkUnderWayAndStartsNoMore() throws {
        let log = Log()
        do {
            // An endless producer, each chunk slow.
            let ahead = ReadAhead { () -> Int? in
                let call = log.start()
                usleep(50_000)
                log.finish()
                return call
            }
            #expect(try ahead.next() == 0)
        }
        // Dropped: the chunk under way (1) was waited for, and nothing runs on.
        #expect(log.calls == 2)
        #expect(log.finished == 2)
        usleep(150_000)
        #expect(log.calls == 2)
    }

    @Test func nothingIsProducedBeforeTheFirstNext() {
        let log = Log()
        do {
            _ = ReadAhead { () -> Int? in log.start() }
        }
        usleep(50_000)
        #expect(log.calls == 0)
    }

    @Test func emptyInput() throws {
        let log = Log()
        let none = ReadAhead { () -> [Int]? in
            _ = log.start()
            return nil
        }
        #expect(try none.next() == nil)
        #expect(try none.next() == nil)
        #expect(log.calls == 1)

        let noInputs = ReadAhead(inputs: { () -> Int? in nil }, produce: { (input: Int) -> Int in
            _ = log.start()
            return input
        })
        #expect(try noInputs.next() == nil)
        #expect(log.calls == 1, "nothing to produce")
    }

    @Test(arguments: [0, 1, 64, 65, 1000, 100_003])
    func parallelMapKeepsOrder(count: Int) {
        let items = Array(0..<count)
        #expect(parallelMap(items) { $0 * 3 + 1 } == items.map { $0 * 3 + 1 })
    }
}
