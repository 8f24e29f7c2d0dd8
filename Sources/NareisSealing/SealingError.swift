/// Why a sealed file or a key was refused. Each maps to one line for the user (the
/// command line's catalogue); none carries case data, only names, paths and fingerprints.
public enum SealingError: Error, Equatable, Sendable {
    /// The file does not start with the sealed-file magic (or the key file's).
    case notSealed
    /// Written by a newer nareis: this one reads format versions up to `known`.
    case newerVersion(found: Int, known: Int)
    /// Authentication failed: the header or a segment was altered or damaged.
    case tampered
    /// The file ends before its final segment (an incomplete copy).
    case truncated
    /// Sealed to another key: `fingerprint` is the one the file names.
    case notForThisKey(fingerprint: String)
    /// The passphrase does not open the private key file (or the file was altered).
    case wrongPassphrase
    /// A backup given where a handover is expected, or the other way round.
    case wrongKind(expected: SealedKind, found: SealedKind)
    /// A public key line that is not `nareis-recipient-1 KEY NAME`; `reason` says what is wrong.
    case badPublicKey(reason: String)
    /// A private key file that is not one nareis wrote.
    case badKeyFile(path: String)
    /// A key name with characters other than letters, digits, `.`, `_` and `-` (it names files).
    case badName(String)
    /// No own key and no colleague's key under this name, and no such public key file.
    case unknownRecipient(String)
    /// No own key matches the file's recipient fingerprint.
    case noMatchingKey(fingerprint: String)
    /// A key under this name is already there (with another key, for `add`).
    case keyExists(name: String)
    /// A file is already there (a sealed file is never written over something else).
    case fileExists(path: String)
    /// More than `limit` bytes inside a file that is read whole.
    case tooLarge(limit: Int)
    /// The file system refused: `path` and the system's reason.
    case cannotWrite(path: String, reason: String)
    case cannotRead(path: String, reason: String)
}
