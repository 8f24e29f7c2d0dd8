/// What a sealed file holds: the reader refuses a backup where a handover is expected
/// (and the other way round), and the kind is part of the authenticated header.
public enum SealedKind: UInt8, Sendable, CaseIterable {
    /// A whole store (`nareis backup --encrypt-to`).
    case backup = 1
    /// One case file for another organisation (`nareis handover`).
    case handover = 2
}
