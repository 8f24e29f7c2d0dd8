/// How long the workstation waits without a key before it covers the cases on a
/// shared desk: `lock_after_minutes` in the settings file, `--lock-after` on the
/// command line. One reading of the value for both, so they accept the same numbers
/// and say the same thing about a wrong one.
public enum LockAfterSetting {
    public static let key = "lock_after_minutes"
    public static let defaultMinutes = 10.0
    /// A day: longer is no cover at all on a desk that is shared.
    public static let maximumMinutes = 1440.0
    /// What a wrong value is told it should be.
    public static let expected = "minutes from 0 to 1440, at most two decimals (0.5 is half a minute); 0 switches the lock off"

    /// The minutes `text` gives, or nil when it is not such a number. Only digits and one
    /// point: no signs, exponents, `inf` or hexadecimal, which `Double` would take.
    public static func minutes(_ text: String) -> Double? {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.count <= 6,
              (parts.count == 1 || (1...2).contains(parts[1].count)),
              parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              let minutes = Double(text), minutes <= maximumMinutes else { return nil }
        return minutes
    }

    /// The wait as a duration; nil when the lock is off (0 minutes).
    public static func duration(minutes: Double) -> Duration? {
        minutes > 0 ? .milliseconds(Int64((minutes * 60_000).rounded())) : nil
    }
}
