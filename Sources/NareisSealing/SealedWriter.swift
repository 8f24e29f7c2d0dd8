import Foundation

/// Seals a stream to one recipient: the header, then the plain text in segments of
/// the header's size, each encrypted as it is read. Memory holds two segments.
public enum SealedWriter {
    /// Writes the sealed form of what `read` gives (up to the asked number of bytes;
    /// fewer only at the end) to `output`; returns the header.
    static func seal(read: (Int) throws -> [UInt8], kind: SealedKind, to recipient: RecipientPublicKey,
                     createdAt: Date, segmentShift: UInt8, into output: FileHandle) throws -> SealedHeader {
        let (header, cipher) = try SegmentCipher.forSealing(to: recipient, kind: kind, segmentShift: segmentShift,
                                                            createdAt: Int64(createdAt.timeIntervalSince1970))
        try output.write(contentsOf: header.bytes)
        var current = try read(header.segmentSize)
        var counter: UInt64 = 0
        while true {
            // One segment ahead: the last segment is known as such only when nothing follows it.
            let next = current.count < header.segmentSize ? [] : try read(header.segmentSize)
            let final = next.isEmpty
            try output.write(contentsOf: try cipher.seal(current, counter: counter, final: final))
            if final { return header }
            current = next
            counter += 1
        }
    }

    /// Seals the file at `sourcePath` into a new owner-only file at `destination`
    /// (written beside it and renamed, so no half-written sealed file is left).
    @discardableResult
    public static func seal(file sourcePath: String, kind: SealedKind, to recipient: RecipientPublicKey, createdAt: Date,
                            segmentShift: UInt8 = SealedHeader.defaultSegmentShift,
                            destination: String, replacing: Bool) throws -> SealedHeader {
        let source: FileHandle
        do { source = try FileHandle(forReadingFrom: URL(fileURLWithPath: sourcePath)) } catch {
            throw SealingError.cannotRead(path: sourcePath, reason: OwnerOnlyFile.reason(error))
        }
        defer { try? source.close() }
        let reader = BlockReader(handle: source)
        return try OwnerOnlyFile.write(to: destination, replacing: replacing) { output in
            try seal(read: reader.read, kind: kind, to: recipient, createdAt: createdAt, segmentShift: segmentShift,
                     into: output)
        }
    }

    /// Seals bytes held in memory (a case file) into a new owner-only file.
    @discardableResult
    public static func seal(_ plain: Data, kind: SealedKind, to recipient: RecipientPublicKey, createdAt: Date,
                            segmentShift: UInt8 = SealedHeader.defaultSegmentShift,
                            destination: String, replacing: Bool) throws -> SealedHeader {
        var offset = plain.startIndex
        return try OwnerOnlyFile.write(to: destination, replacing: replacing) { output in
            try seal(read: { count in
                let end = min(offset + count, plain.endIndex)
                defer { offset = end }
                return [UInt8](plain[offset..<end])
            }, kind: kind, to: recipient, createdAt: createdAt, segmentShift: segmentShift, into: output)
        }
    }
}
