import Foundation
import NareisCore

/// The case files of a JSON array, handed to an import a chunk at a time: the next
/// chunk is read (on every core) while the store writes the one before, so a large
/// file is never one tree in memory and reading overlaps writing.
///
/// All or nothing still: when an element is refused, the rest of the file is read to
/// name every problem, and `next()` throws them (the import then stores nothing).
final class ArrayFileChunks {
    /// An element is not well-formed JSON (positions in the whole file).
    struct NotJSON: Error {
        var error: JSONParseError
    }

    private let reads: ReadAhead<CaseFileReader.ElementsRead>

    init(_ data: Data, elements: [Range<Int>]) {
        var position = 0
        reads = ReadAhead {
            guard position < elements.count else { return nil }
            let slice = elements[position..<min(elements.count, position + Casework.importChunkSize)]
            position = slice.endIndex
            return CaseFileReader.readElements(of: data, at: slice)
        }
    }

    func next() throws -> [CaseFile]? {
        guard let read = try reads.next() else { return nil }
        if let error = read.notJSON { throw NotJSON(error: error) }
        guard read.problems.isEmpty else {
            var problems = read.problems
            while let rest = try reads.next() {
                if let error = rest.notJSON { throw NotJSON(error: error) }
                problems += rest.problems
            }
            throw CaseFileError(problems: Array(problems.prefix(CaseFileReader.Limits.problemsReported)))
        }
        return read.cases
    }
}
