import NareisCore

extension Casework {
    /// Adds `count` realistic synthetic cases (`DemoCaseload`), the same for the same
    /// seed and day, `duplicates` of them families taken in a second time
    /// (`DemoCaseload.plantedPairs`); returns their IDs. The thread that writes the store sets the pace
    /// of an import (the other cores prepare chunks and wait for it), so it does not
    /// also generate what it writes: the next chunk is generated on another thread.
    @discardableResult
    public func addDemoCases(count: Int, seed: UInt64, today: Day, duplicates: Int = 0) throws -> [String] {
        var caseload = DemoCaseload(count: count, seed: seed, today: today, duplicates: duplicates)
        let size = Self.importChunkSize
        let generated = ReadAhead { () -> [CaseFile]? in
            var chunk: [CaseFile] = []
            chunk.reserveCapacity(size)
            while chunk.count < size, let file = caseload.next() { chunk.append(file) }
            return chunk.isEmpty ? nil : chunk
        }
        return try importCases(chunks: generated.next)
    }
}
