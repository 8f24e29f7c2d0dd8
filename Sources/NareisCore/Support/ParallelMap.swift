import Foundation

/// `items.map(transform)` on every core, in order (a plain map for a few items).
public func parallelMap<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
    guard items.count > 64 else { return items.map(transform) }
    let chunks = min(ProcessInfo.processInfo.activeProcessorCount * 2, 16)
    let count = items.count
    let size = (count + chunks - 1) / chunks
    let results = ChunkResults<Result>(count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let range = (chunk * size)..<min(count, (chunk + 1) * size)
        guard !range.isEmpty else { return }
        results.set(chunk, range.map { transform(items[$0]) })
    }
    return results.joined()
}

/// The per-chunk results of `parallelMap`, each written by exactly one worker.
///
/// `@unchecked Sendable` because `chunks` is a `var`: it is safe because every use
/// of it is under `lock` (whose unlock happens-before the next lock), and the
/// results themselves are `Sendable`.
private final class ChunkResults<Result: Sendable>: @unchecked Sendable {
    private var chunks: [[Result]]
    private let lock = NSLock()
    init(count: Int) { chunks = Array(repeating: [], count: count) }
    func set(_ index: Int, _ value: [Result]) { lock.withLock { chunks[index] = value } }
    func joined() -> [Result] { lock.withLock { chunks.flatMap { $0 } } }
}
