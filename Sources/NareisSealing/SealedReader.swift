import Foundation

/// Opens a sealed file: its header first (to find the key it is sealed to), then the
/// plain text a segment at a time, each handed on only once it authenticates.
/// A later segment can still fail: a caller keeps nothing of what it was given
/// until `unseal` returns.
public final class SealedReader {
    public let header: SealedHeader
    public let path: String
    private let handle: FileHandle

    /// Reads the header of the file at `path` (`notSealed`, `newerVersion`,
    /// `truncated`, or a header whose kind is not `expected`).
    public init(path: String, expecting kind: SealedKind? = nil) throws {
        do { handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)) } catch {
            throw SealingError.cannotRead(path: path, reason: OwnerOnlyFile.reason(error))
        }
        self.path = path
        do {
            header = try SealedHeader.parse(try BlockReader(handle: handle).read(SealedHeader.size))
        } catch {
            try? handle.close()
            throw error
        }
        if let kind, header.kind != kind {
            try? handle.close()
            throw SealingError.wrongKind(expected: kind, found: header.kind)
        }
    }

    deinit { try? handle.close() }

    /// Whether the file starts with the sealed-file magic (a plain backup does not).
    public static func looksSealed(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: SealedHeader.magic.count)) ?? Data()
        return Array(start) == SealedHeader.magic
    }

    /// Decrypts every segment with `key`, handing each plain segment to `write`.
    public func unseal(with key: RecipientKeyPair, into write: (Data) throws -> Void) throws {
        let cipher = try SegmentCipher.forOpening(header, with: key)
        let reader = BlockReader(handle: handle)
        let sealedSize = header.segmentSize + SegmentCipher.tagSize
        var current = try reader.read(sealedSize)
        var counter: UInt64 = 0
        // No segment at all, or less than one tag: the file ends right after its header.
        guard current.count >= SegmentCipher.tagSize else { throw SealingError.truncated }
        while true {
            let next = current.count < sealedSize ? [] : try reader.read(sealedSize)
            let final = next.isEmpty
            guard let plain = cipher.open(current, counter: counter, final: final) else {
                // A whole segment that opens as a middle one, with nothing after it: cut
                // at a segment boundary. Anything else: altered or damaged.
                if final, current.count == sealedSize, cipher.open(current, counter: counter, final: false) != nil {
                    throw SealingError.truncated
                }
                throw SealingError.tampered
            }
            try write(plain)
            if final { return }
            current = next
            counter += 1
        }
    }

    /// The whole plain text in memory (a handover), refused above `limit` bytes.
    public func unsealData(with key: RecipientKeyPair, limit: Int) throws -> Data {
        var plain = Data()
        try unseal(with: key) { segment in
            plain.append(segment)
            if plain.count > limit { throw SealingError.tooLarge(limit: limit) }
        }
        return plain
    }

    /// The plain text into a new owner-only file at `destination`.
    public func unseal(with key: RecipientKeyPair, toFile destination: String) throws {
        try OwnerOnlyFile.write(to: destination, replacing: false) { output in
            try unseal(with: key) { try output.write(contentsOf: $0) }
        }
    }
}
