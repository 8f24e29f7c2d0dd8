/// SplitMix64 (Steele, Lea, Flood 2014): a small, fast generator whose output
/// depends only on the seed, on every platform and Swift version, so that the
/// same seed gives the same demo caseload. Not for anything secret.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, by rejection-free multiply-shift (stable across platforms,
    /// unlike the standard library's `Int.random(in:using:)`, whose algorithm may change).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        let (high, _) = next().multipliedFullWidth(by: span)
        return range.lowerBound + Int(high)
    }

    /// True with probability `percent` / 100.
    public mutating func chance(_ percent: Int) -> Bool { int(in: 0...99) < percent }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }

    /// An item chosen in proportion to its weight.
    public mutating func pick<T>(weighted items: [(T, Int)]) -> T {
        var target = int(in: 0...(items.reduce(0) { $0 + $1.1 } - 1))
        for (item, weight) in items {
            if target < weight { return item }
            target -= weight
        }
        return items[items.count - 1].0
    }
}
