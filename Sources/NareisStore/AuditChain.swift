import Crypto
import Foundation
import GRDB

/// The audit trail as a hash chain: every line carries, in `hash`, the SHA-256 of
/// its own columns and of the `hash` of the line before it. Changing, removing or
/// slipping in a line by hand (SQL with the triggers dropped, a hex editor) breaks
/// the chain there, and `check()` names the first line that no longer fits.
///
/// The hashed bytes (docs/store.md): the previous line's `hash` (32 zero bytes
/// before the first line), then `id`, `at`, `who`, `action`, `caseId`, `memberId`,
/// `count`, each as one value of `AuditLineBytes`. Every value says its type and,
/// when its size varies, its length, so no two different lines give the same bytes.
enum AuditChain {
    /// The `hash` the first line follows.
    static let start = Data(count: hashSize).databaseValue

    /// The bytes of a line's `hash`.
    static let hashSize = SHA256.byteCount

    /// The columns a line's hash covers, in the order they are hashed.
    static let columns = "id, at, who, action, caseId, memberId, count"

    /// The hash of a line: `line` holds the values of `columns`, in that order.
    static func hash(after previous: DatabaseValue, line: [DatabaseValue], into bytes: inout AuditLineBytes) -> Data {
        bytes.start()
        bytes.append(previous)
        for value in line { bytes.append(value) }
        return bytes.digest()
    }
}

/// The canonical bytes of an audit line. Each value: a type byte, then
/// NULL: nothing; INTEGER (1): 8 bytes, big-endian two's complement;
/// TEXT (2): its UTF-8 length as 4 bytes big-endian, then the bytes;
/// BLOB (3): the same with its bytes; REAL (4): the 8 bytes of its IEEE 754 bits,
/// big-endian. nareis writes only NULL, INTEGER, TEXT and the 32-byte BLOB of a hash:
/// a value of another type was put there by hand, and hashes differently.
struct AuditLineBytes {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(256) }

    mutating func start() { bytes.removeAll(keepingCapacity: true) }

    mutating func append(_ value: DatabaseValue) {
        switch value.storage {
        case .null:
            bytes.append(0)
        case .int64(let number):
            bytes.append(1)
            appendBigEndian(UInt64(bitPattern: number))
        case .string(var text):
            bytes.append(2)
            text.withUTF8 { appendSized($0) }
        case .blob(let data):
            bytes.append(3)
            data.withUnsafeBytes { appendSized($0.bindMemory(to: UInt8.self)) }
        case .double(let number):
            bytes.append(4)
            appendBigEndian(number.bitPattern)
        }
    }

    func digest() -> Data { Data(SHA256.hash(data: bytes)) }

    private mutating func appendSized(_ content: UnsafeBufferPointer<UInt8>) {
        let count = UInt32(truncatingIfNeeded: content.count)
        for shift in stride(from: 24, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: count >> UInt32(shift))) }
        bytes.append(contentsOf: content)
    }

    private mutating func appendBigEndian(_ value: UInt64) {
        for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }
}
