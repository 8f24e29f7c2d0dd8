import NareisCore

/// Two stored cases, by ID, that the store's indexes put side by side.
public struct CasePair: Hashable, Sendable {
    public var one: String
    public var other: String

    public init(one: String, other: String) {
        self.one = one
        self.other = other
    }
}

