import Foundation

/// Reads a file or pipe in blocks of an exact size: a pipe may hand over less than
/// asked before its end, and a short block must mean the end.
struct BlockReader {
    let handle: FileHandle

    func read(_ count: Int) throws -> [UInt8] {
        var block: [UInt8] = []
        block.reserveCapacity(min(count, 1 << 20))
        while block.count < count {
            guard let data = try handle.read(upToCount: count - block.count), !data.isEmpty else { break }
            block.append(contentsOf: data)
        }
        return block
    }
}
