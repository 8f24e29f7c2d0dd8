import Dispatch
import NareisCasework
import NareisCore
import NareisStore

/// Demo cases generated a chunk ahead on another thread. The thread that writes the
/// store sets the pace of an import (the other cores prepare chunks and wait for it),
/// so it should not also generate the cases it writes. Same cases, same order.
final class PrefetchedCases: Sequence, IteratorProtocol, @unchecked Sendable {
    private static let chunkSize = 4096
    // Touched only by the generating thread between `prefetch()` and `ready.wait()`.
    private var source: DemoCaseload
    private var generated: [CaseFile] = []
    private var ready: DispatchSemaphore?
    // The consuming thread's chunk.
    private var current: [CaseFile] = []
    private var position = 0

    init(_ source: DemoCaseload) {
        self.source = source
        prefetch()
    }

    private func prefetch() {
        let done = DispatchSemaphore(value: 0)
        ready = done
        DispatchQueue.global().async { [self] in
            var chunk: [CaseFile] = []
            chunk.reserveCapacity(Self.chunkSize)
            while chunk.count < Self.chunkSize, let file = source.next() { chunk.append(file) }
            generated = chunk
            done.signal()
        }
    }

    func next() -> CaseFile? {
        if position == current.count {
            guard let ready else { return nil }
            ready.wait()
            current = generated
            position = 0
            guard !current.isEmpty else {
                self.ready = nil
                return nil
            }
            prefetch()
        }
        defer { position += 1 }
        return current[position]
    }
}
