import Dispatch
import Foundation
import NareisCore
import NareisStore

/// The case files of a JSON array, handed to an import a chunk at a time: the next
/// chunk is read (on every core) while the store writes the one before, so a large
/// file is never one tree in memory and reading overlaps writing.
///
/// All or nothing still: when an element is refused, the rest of the file is read to
/// name every problem, and `next()` throws them (the import then stores nothing).
final class ArrayFileChunks: @unchecked Sendable {
    /// An element is not well-formed JSON (positions in the whole file).
    struct NotJSON: Error {
        var error: JSONParseError
    }

    private let data: Data
    private let elements: [Range<Int>]
    private var position = 0
    // The chunk being read on another thread; touched there only between
    // `readAhead()` and `ready.wait()`.
    private var ready: DispatchSemaphore?
    private var readAheadResult: CaseFileReader.ElementsRead?

    init(_ data: Data, elements: [Range<Int>]) {
        self.data = data
        self.elements = elements
        readAhead()
    }

    private func readAhead() {
        guard position < elements.count else { ready = nil; return }
        let slice = elements[position..<min(elements.count, position + CaseStore.importChunkSize)]
        position = slice.endIndex
        let done = DispatchSemaphore(value: 0)
        ready = done
        DispatchQueue.global().async { [self] in
            readAheadResult = CaseFileReader.readElements(of: data, at: slice)
            done.signal()
        }
    }

    private func take() -> CaseFileReader.ElementsRead? {
        guard let ready else { return nil }
        ready.wait()
        let read = readAheadResult
        readAheadResult = nil
        readAhead()
        return read
    }

    func next() throws -> [CaseFile]? {
        guard let read = take() else { return nil }
        if let error = read.notJSON { throw NotJSON(error: error) }
        guard read.problems.isEmpty else {
            var problems = read.problems
            while let rest = take() {
                if let error = rest.notJSON { throw NotJSON(error: error) }
                problems += rest.problems
            }
            throw CaseFileError(problems: Array(problems.prefix(CaseFileReader.Limits.problemsReported)))
        }
        return read.cases
    }
}
