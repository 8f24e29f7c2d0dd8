/// The screen cover of a shared desk: after `after` without a key the workstation
/// hides every case behind a neutral screen, until a key is pressed. It covers the
/// screen; it is no login (any key uncovers it), so the desktop's own lock stays the
/// guard against a stranger. Time reaches it as data (`Input.idle`), never from a clock.
public struct IdleLock: Equatable, Sendable {
    /// How long without a key before the cover comes up; nil: never.
    public let after: Duration?
    public private(set) var isLocked = false

    public init(after: Duration? = nil) {
        // A zero or negative time would cover the screen between two keys: it means off.
        self.after = after.flatMap { $0 > .zero ? $0 : nil }
    }

    /// No key came for `idle`: covers the screen when that is long enough. True when
    /// the cover came up now (the screen must be drawn again).
    mutating func idle(for idle: Duration) -> Bool {
        guard let after, !isLocked, idle >= after else { return false }
        isLocked = true
        return true
    }

    /// A key was pressed: the cover goes.
    mutating func uncover() { isLocked = false }

    /// The wait in minutes, for the texts that name it; nil when the cover is off.
    var minutes: Double? {
        after.map { Double($0.components.seconds) / 60 + Double($0.components.attoseconds) / 60e18 }
    }
}
