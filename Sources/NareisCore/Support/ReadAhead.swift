import Dispatch

/// Chunks produced one ahead of their consumer, on another thread: while the caller
/// works on the chunk `next()` returned, the one after it is being produced.
///
/// - `init(_:)`: `produce` makes each chunk (nil: no more). Its calls come one at a
///   time, each after the one before has returned, so it may keep state (a position in
///   a file, a generator).
/// - `init(inputs:produce:)`: `inputs` runs on the caller's thread, inside `next()`,
///   where it may use what only that thread may use (a database connection), and
///   `produce` turns each input into a chunk on another thread (nil input: no more).
///
/// Nothing is produced before the first `next()`. Chunks come in order. An error
/// thrown by either closure is thrown by `next()` after the chunks before it; after an
/// error or the end, `next()` returns nil and nothing more is produced. A `ReadAhead`
/// dropped early waits for the chunk in production (at most one), so no work outlives
/// it.
///
/// Not `Sendable`: one consumer calls `next()`.
public final class ReadAhead<Chunk: Sendable> {
    private let production: Production<Chunk>
    /// Takes the next input (on this thread) and starts producing its chunk; false
    /// when there are no more inputs.
    private let startNext: () throws -> Bool
    private var running = false
    private var started = false
    private var over = false
    /// An error from `inputs`, thrown after the chunk before it.
    private var inputError: (any Error)?

    public convenience init(_ produce: sending @escaping () throws -> Chunk?) {
        self.init(inputs: { () }, producing: { (_: Void) in try produce() })
    }

    public convenience init<Input: Sendable>(inputs: @escaping () throws -> Input?,
                                              produce: sending @escaping (Input) throws -> Chunk) {
        self.init(inputs: inputs, producing: { try produce($0) })
    }

    private init<Input: Sendable>(inputs: @escaping () throws -> Input?,
                                  producing produce: sending @escaping (Input) throws -> Chunk?) {
        let production = Production<Chunk>()
        let producer = Producer(produce)
        self.production = production
        startNext = {
            guard let input = try inputs() else { return false }
            production.start { try producer.produce(input) }
            return true
        }
    }

    /// The next chunk (nil: no more), produced while the caller worked on the one
    /// before; the one after it is started before this returns.
    public func next() throws -> Chunk? {
        if !started {
            started = true
            startIfMore()
        }
        guard running else {
            defer { inputError = nil }
            if let inputError { throw inputError }
            return nil
        }
        running = false
        switch production.take() {
        case .success(let chunk?):
            startIfMore()
            return chunk
        case .success(nil):
            over = true
            return nil
        case .failure(let error):
            over = true
            throw error
        }
    }

    private func startIfMore() {
        guard !over else { return }
        do {
            running = try startNext()
            over = !running
        } catch {
            inputError = error
            over = true
        }
    }

    deinit {
        if running { _ = production.take() }
    }
}

/// The producing closure of a `ReadAhead`, called on other threads.
///
/// `@unchecked Sendable` because `produce` (and any state it keeps) is not: it is
/// safe because its calls never overlap and each sees the one before. A call runs in
/// the job `Production.start` queues, and the consumer queues a job only when none is
/// running (`ReadAhead.running`): after the previous job's `done.signal()`, which
/// happens-before the consumer's `done.wait()` returning, which happens-before the
/// next `DispatchQueue.async` and so the next call.
private final class Producer<Input, Chunk>: @unchecked Sendable {
    let produce: (Input) throws -> Chunk?
    init(_ produce: sending @escaping (Input) throws -> Chunk?) { self.produce = produce }
}

/// The chunk being produced: a job on another thread, and its result.
///
/// `@unchecked Sendable` because `result` is a `var`: it is safe because the two
/// threads use it in turn, never together. The job writes `result`, then signals
/// `done`; the consumer reads and clears it only after `done.wait()` returned (a
/// semaphore's signal happens-before the wait it ends), and starts the next job only
/// after that (`DispatchQueue.async` happens-after what the caller did before it).
/// One job at a time: `ReadAhead` pairs every `start` with one `take`.
private final class Production<Chunk: Sendable>: @unchecked Sendable {
    private var result: Result<Chunk?, any Error>?
    private let done = DispatchSemaphore(value: 0)

    func start(_ produce: @escaping @Sendable () throws -> Chunk?) {
        DispatchQueue.global().async {
            self.result = Result { try produce() }
            self.done.signal()
        }
    }

    func take() -> Result<Chunk?, any Error> {
        done.wait()
        defer { result = nil }
        return result!
    }
}
