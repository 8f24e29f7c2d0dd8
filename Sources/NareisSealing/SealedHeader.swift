import Foundation

/// The clear part at the start of a sealed file. All of it is authenticated (as the
/// associated data of every segment, and through the key derivation's salt), so
/// changing the kind, the recipient or the date makes the file unreadable.
///
/// Layout of format version 1, integers big-endian, 106 bytes:
///
///     magic "NAREIS-SEALED" 0x00   14
///     format version               2
///     kind (1 backup, 2 handover)  1
///     segment size as a power of 2 1   (10…24: 1 KiB to 16 MiB of plain text)
///     file ID (random)             16
///     recipient key digest         32  (SHA-256 of the public key, see RecipientPublicKey)
///     sender's ephemeral X25519    32
///     created at (Unix seconds)    8
public struct SealedHeader: Equatable, Sendable {
    public static let magic = Array("NAREIS-SEALED".utf8) + [0]
    public static let formatVersion = 1
    public static let size = 106
    /// 1 MiB: a 300 MB backup is 300 segments, and a reader holds two at a time.
    public static let defaultSegmentShift: UInt8 = 20
    static let segmentShifts: ClosedRange<UInt8> = 10...24

    public var kind: SealedKind
    public var segmentShift: UInt8
    public var fileID: [UInt8]
    public var recipientDigest: [UInt8]
    public var ephemeralPublicKey: [UInt8]
    public var createdAt: Int64

    public var segmentSize: Int { 1 << Int(segmentShift) }

    /// The file ID as the store keeps it (32 lowercase hex digits).
    public var fileIDText: String { fileID.map { String(format: "%02x", $0) }.joined() }

    /// The fingerprint of the key the file is sealed to, as people compare it.
    public var recipientFingerprint: String { Fingerprint.text(digest: recipientDigest) }

    public var bytes: [UInt8] {
        var out = Self.magic
        out += [UInt8(Self.formatVersion >> 8), UInt8(Self.formatVersion & 0xFF), kind.rawValue, segmentShift]
        out += fileID + recipientDigest + ephemeralPublicKey
        out += (0..<8).reversed().map { UInt8(truncatingIfNeeded: createdAt >> (Int64($0) * 8)) }
        return out
    }

    /// Reads a header. Fewer bytes than the magic, or another magic: not a sealed file;
    /// the magic with less than a header after it: cut short.
    public static func parse(_ bytes: [UInt8]) throws -> SealedHeader {
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { throw SealingError.notSealed }
        guard bytes.count >= magic.count + 2 else { throw SealingError.truncated }
        let version = Int(bytes[14]) << 8 | Int(bytes[15])
        guard version != 0 else { throw SealingError.notSealed }
        guard version <= formatVersion else { throw SealingError.newerVersion(found: version, known: formatVersion) }
        guard bytes.count >= size else { throw SealingError.truncated }
        // A kind or segment size this version never writes cannot have been authenticated.
        guard let kind = SealedKind(rawValue: bytes[16]), segmentShifts.contains(bytes[17]) else {
            throw SealingError.tampered
        }
        let created = bytes[98..<106].reduce(Int64(0)) { $0 << 8 | Int64($1) }
        return SealedHeader(kind: kind, segmentShift: bytes[17], fileID: Array(bytes[18..<34]),
                            recipientDigest: Array(bytes[34..<66]), ephemeralPublicKey: Array(bytes[66..<98]),
                            createdAt: created)
    }
}
