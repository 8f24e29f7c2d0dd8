import Foundation
import NareisSealing
import Testing

/// The sealed-file format: what goes in comes out, and any change, cut or wrong key
/// is refused with the error that names it.
@Suite("Sealed files")
struct SealedFileTests {
    let space = Workspace()
    let recipient: RecipientKeyPair
    static let created = Date(timeIntervalSince1970: 1_780_000_000)

    init() throws { recipient = try RecipientKeyPair(name: "vwn-utrecht") }

    func seal(_ plain: Data, shift: UInt8 = 10, kind: SealedKind = .handover) throws -> (String, SealedHeader) {
        let path = space.file("sealed-\(UUID().uuidString)")
        let header = try SealedWriter.seal(plain, kind: kind, to: recipient.publicKey, createdAt: Self.created,
                                           segmentShift: shift, destination: path, replacing: false)
        return (path, header)
    }

    func unseal(_ path: String, with key: RecipientKeyPair? = nil) throws -> Data {
        try SealedReader(path: path).unsealData(with: key ?? recipient, limit: 1 << 26)
    }

    @Test(arguments: [0, 1, 1023, 1024, 1025, 4096, 5000])
    func roundTripsAnySize(size: Int) throws {
        let plain = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let (path, header) = try seal(plain)
        #expect(try unseal(path) == plain)
        let sealedSize = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
        let segments = max(1, (size + 1023) / 1024)
        #expect(sealedSize == SealedHeader.size + size + 16 * segments)
        #expect(header.kind == .handover && header.createdAt == 1_780_000_000 && header.fileIDText.count == 32)
        #expect(try SealedReader(path: path).header == header)
    }

    @Test func aLargeFileStreamsThroughMegabyteSegments() throws {
        let source = space.file("plain")
        let plain = Data((0..<(3 << 20) + 12345).map { UInt8(truncatingIfNeeded: $0 >> 3) })
        try plain.write(to: URL(fileURLWithPath: source))
        let sealed = space.file("backup.sealed")
        try SealedWriter.seal(file: source, kind: .backup, to: recipient.publicKey, createdAt: Self.created,
                              destination: sealed, replacing: false)
        let back = space.file("back")
        try SealedReader(path: sealed, expecting: .backup).unseal(with: recipient, toFile: back)
        #expect(try Data(contentsOf: URL(fileURLWithPath: back)) == plain)
        #expect(try FileManager.default.attributesOfItem(atPath: sealed)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: back)[.posixPermissions] as? Int == 0o600)
    }

    @Test func everyFlippedByteIsRefused() throws {
        let plain = Data((0..<1100).map { UInt8(truncatingIfNeeded: $0) })
        let (path, _) = try seal(plain)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        var accepted: [Int] = []
        for index in original.indices {
            var altered = original
            altered[index] ^= 0x01
            let copy = space.file("flipped")
            try altered.write(to: URL(fileURLWithPath: copy))
            if (try? unseal(copy)) != nil { accepted.append(index) }
        }
        #expect(accepted.isEmpty, "bytes whose change went unnoticed: \(accepted.prefix(10))")
    }

    @Test func bodyChangesAreTamperingAndHeaderChangesAreNamed() throws {
        let (path, header) = try seal(Data(repeating: 7, count: 3000))
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        func refusal(flipping index: Int) -> SealingError? {
            var altered = original
            altered[index] ^= 0x80
            let copy = space.file("flipped")
            try? altered.write(to: URL(fileURLWithPath: copy))
            do { _ = try unseal(copy); return nil } catch { return error as? SealingError }
        }
        #expect(refusal(flipping: 0) == .notSealed)
        #expect(refusal(flipping: 14) == .newerVersion(found: 0x8001, known: 1))
        #expect(refusal(flipping: 40) == .notForThisKey(fingerprint: Self.fingerprint(flipping: 40 - 34, of: header)))
        #expect(refusal(flipping: 20) == .tampered)    // the file ID
        #expect(refusal(flipping: 100) == .tampered)   // the date
        #expect(refusal(flipping: 2000) == .tampered)  // a segment
    }

    static func fingerprint(flipping index: Int, of header: SealedHeader) -> String {
        var digest = header.recipientDigest
        digest[index] ^= 0x80
        return Fingerprint.text(digest: digest)
    }

    @Test func cutsAtSegmentBoundariesAreTruncation() throws {
        let (path, _) = try seal(Data(repeating: 1, count: 3 * 1024 + 10))
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let segment = 1024 + 16
        for cut in [SealedHeader.size, SealedHeader.size + segment, SealedHeader.size + 2 * segment,
                    SealedHeader.size + 3 * segment, SealedHeader.size - 1, 20] {
            let copy = space.file("cut-\(cut)")
            try original.prefix(cut).write(to: URL(fileURLWithPath: copy))
            #expect(throws: SealingError.truncated) { try unseal(copy) }
        }
        let midSegment = space.file("cut-mid")
        try original.prefix(SealedHeader.size + segment + 100).write(to: URL(fileURLWithPath: midSegment))
        #expect(throws: SealingError.tampered) { try unseal(midSegment) }
        let extended = space.file("extended")
        try (original + Data(repeating: 0, count: 40)).write(to: URL(fileURLWithPath: extended))
        #expect(throws: SealingError.tampered) { try unseal(extended) }
    }

    @Test func anotherKeyIsRefusedByItsFingerprint() throws {
        let (path, header) = try seal(Data("case".utf8))
        let other = try RecipientKeyPair(name: "nidos")
        #expect(throws: SealingError.notForThisKey(fingerprint: recipient.publicKey.fingerprint)) {
            try unseal(path, with: other)
        }
        #expect(header.recipientFingerprint == recipient.publicKey.fingerprint)
    }

    @Test func theKindIsChecked() throws {
        let (path, _) = try seal(Data("case".utf8), kind: .handover)
        #expect(throws: SealingError.wrongKind(expected: .backup, found: .handover)) {
            _ = try SealedReader(path: path, expecting: .backup)
        }
    }

    @Test func aPlainFileIsNotSealed() throws {
        let path = space.file("plain.sqlite")
        try Data("SQLite format 3\0 and more".utf8).write(to: URL(fileURLWithPath: path))
        #expect(!SealedReader.looksSealed(path))
        #expect(throws: SealingError.notSealed) { _ = try SealedReader(path: path) }
    }

    @Test func anExistingFileIsNotOverwritten() throws {
        let (path, _) = try seal(Data("one".utf8))
        #expect(throws: SealingError.fileExists(path: path)) {
            try SealedWriter.seal(Data("two".utf8), kind: .handover, to: recipient.publicKey, createdAt: Self.created,
                                  destination: path, replacing: false)
        }
        #expect(try unseal(path) == Data("one".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: space.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }
}

/// A temporary folder per test, removed when the test's value goes.
final class Workspace {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("nareis-sealing-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
