import Foundation
import NareisCore
import NareisSealing
#if canImport(Glibc)
import Glibc
#endif

/// What leaves the laptop sealed to a recipient's key: backups, and a case handed
/// over to another organisation (a Nidos ward who turns 18 goes to VWN). The plain
/// text never reaches a disk other than the store's (docs/security.md).
extension Casework {
    /// Seals the case's file (`nareis-case/1`, as `export --case` writes it) to
    /// `recipient` in a new file at `destination`, then records the handover in the
    /// audit trail. The case stays in this store: erasing it is the counsellor's own
    /// decision, once the other side confirms.
    public func handover(caseId: String, to recipient: RecipientPublicKey, destination: String,
                         createdAt: Date) throws -> SealedHeader {
        let file = try requireCase(id: caseId)
        let header = try SealedWriter.seal(Data((CaseFileWriter.text(file) + "\n").utf8), kind: .handover, to: recipient,
                                           createdAt: createdAt, destination: destination, replacing: false)
        do {
            try storage.recordHandover(caseId: caseId)
        } catch {
            // No handover leaves without its audit line.
            unlink(destination)
            throw error
        }
        return header
    }

    /// When the handover `header` names was received into this store, or nil.
    public func handoverReceived(_ header: SealedHeader) throws -> String? {
        try storage.handoverReceived(fileId: header.fileIDText)
    }

    /// Opens a handover with `key` and stores its case through the import, all or
    /// nothing: a file that fails to authenticate anywhere, a case file the reader
    /// refuses (`CaseFileError`), a case ID already here, or a file received before
    /// (`HandoverRefusal.replayed`) stores nothing.
    public func receive(_ sealed: SealedReader, with key: RecipientKeyPair) throws -> [String] {
        let fileId = sealed.header.fileIDText
        if let earlier = try storage.handoverReceived(fileId: fileId) {
            throw HandoverRefusal.replayed(fileId: fileId, receivedAt: earlier)
        }
        let plain = try sealed.unsealData(with: key, limit: Self.wholeFileLimit)
        let files = try CaseFileReader.readMany(plain)
        return try writing { try storage.receiveCases(files, fileId: fileId) }
    }

    /// A consistent backup sealed to `recipient` at `destination`. The plain copy is
    /// made in `scratch` (a private folder beside the store) and removed before this
    /// returns, however it returns. An existing file at `destination` is replaced only
    /// when it is itself a sealed file (an older sealed backup).
    public func sealedBackup(to destination: String, recipient: RecipientPublicKey, createdAt: Date,
                             scratch: ScratchDirectory) throws -> SealedHeader {
        let existing = (try? FileManager.default.attributesOfItem(atPath: destination)[.size] as? Int) ?? nil
        if let existing, existing > 0, !SealedReader.looksSealed(destination) {
            throw SealingError.fileExists(path: destination)
        }
        let replacing = existing != nil
        let plain = scratch.file("backup.sqlite")
        defer { unlink(plain) }
        try storage.backup(to: plain)
        return try SealedWriter.seal(file: plain, kind: .backup, to: recipient, createdAt: createdAt,
                                     destination: destination, replacing: replacing)
    }

    /// Opens a sealed backup with `key` into `scratch`; returns the plain copy's path,
    /// to be checked and restored from before `scratch` is removed.
    public static func unsealBackup(_ sealed: SealedReader, with key: RecipientKeyPair,
                                    into scratch: ScratchDirectory) throws -> String {
        let plain = scratch.file("restore.sqlite")
        try sealed.unseal(with: key, toFile: plain)
        return plain
    }
}
