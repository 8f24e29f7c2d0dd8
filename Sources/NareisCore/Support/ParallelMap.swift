import Foundation

/// `items.map(transform)` on every core, in order (a plain map for a few items).
public func parallelMap<Item, Result>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
    guard items.count > 64 else { return items.map(transform) }
    let chunks = min(ProcessInfo.processInfo.activeProcessorCount * 2, 16)
    let count = items.count
    let size = (count + chunks - 1) / chunks
    let results = ChunkResults<Result>(count: chunks)
    items.withUnsafeBufferPointer { buffer in
        nonisolated(unsafe) let all = buffer
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * size)..<min(count, (chunk + 1) * size)
            guard !range.isEmpty else { return }
            results.set(chunk, range.map { transform(all[$0]) })
        }
    }
    return results.joined()
}

/// The per-chunk results of `parallelMap`, each written by exactly one worker.
private final class ChunkResults<Result>: @unchecked Sendable {
    private var chunks: [[Result]]
    private let lock = NSLock()
    init(count: Int) { chunks = Array(repeating: [], count: count) }
    func set(_ index: Int, _ value: [Result]) { lock.withLock { chunks[index] = value } }
    func joined() -> [Result] { lock.withLock { chunks.flatMap { $0 } } }
}
