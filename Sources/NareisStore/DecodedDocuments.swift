import NareisCore
import Synchronization

/// The last few case documents read back, decoded. The workstation opens the case
/// under its cursor on every move, and often one it showed a moment before (a search
/// letter taken back, the cursor back on a row, the view recorded on Enter): a
/// document that is the same text as one decoded lately is not decoded again.
/// Keyed by the whole text, so a case changed by any process is decoded afresh.
final class DecodedDocuments: Sendable {
    static let capacity = 8

    /// Most recent first.
    private let entries = Mutex<[(document: String, file: CaseFile)]>([])

    func file(for document: String, decode: (String) throws -> CaseFile) throws -> CaseFile {
        if let known = entries.withLock({ $0.first { Self.same($0.document, document) }?.file }) { return known }
        let file = try decode(document)
        entries.withLock { entries in
            entries.insert((document, file), at: 0)
            if entries.count > Self.capacity { entries.removeLast() }
        }
        return file
    }

    /// Byte for byte: `==` on strings compares canonical equivalents, which for a
    /// document with non-Latin names walked all of it character by character.
    private static func same(_ stored: String, _ read: String) -> Bool {
        stored.utf8.count == read.utf8.count && stored.utf8.elementsEqual(read.utf8)
    }
}
