import NareisCore

/// A family's journey through IOM (PROC-IOM): which of the eight steps are done
/// (`TaskTemplate.iomSteps`, by position from 0), and the amounts in euro cents as
/// IOM gave them: its cost estimate, what the sponsor paid, the settlement afterwards.
public struct IomTravel: Hashable, Sendable {
    public enum Amount: String, CaseIterable, Sendable {
        case estimate, paid, settled
    }

    public var stepsDone: Set<Int>
    public var cents: [Amount: Int]

    public init(stepsDone: Set<Int> = [], cents: [Amount: Int] = [:]) {
        self.stepsDone = stepsDone
        self.cents = cents
    }

    /// The steps in order, each with whether it is done.
    public var steps: [(text: TaskText, done: Bool)] {
        TaskTemplate.iomSteps.enumerated().map { ($0.element, stepsDone.contains($0.offset)) }
    }

    /// Reads an amount as counsellors write euros: `1250`, `1.250,50`, `€ 1250.5`,
    /// `1,250.50`; nil when it is not one (at most two decimals, not negative).
    public static func cents(parsing text: String) -> Int? {
        var digits = text.trimmingCharacters(in: .whitespaces)
        if digits.hasPrefix("€") { digits = String(digits.dropFirst()).trimmingCharacters(in: .whitespaces) }
        digits = digits.replacingOccurrences(of: " ", with: "")
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
        // The last separator followed by one or two digits is the decimal one; the
        // others group thousands (the other sign, three digits a group).
        var whole = digits
        var fraction = ""
        var grouping: Set<Character> = [".", ","]
        if let last = digits.lastIndex(where: { $0 == "." || $0 == "," }) {
            let after = digits[digits.index(after: last)...]
            if (1...2).contains(after.count) {
                whole = String(digits[..<last])
                fraction = String(after)
                grouping.remove(digits[last])
            } else if after.count != 3 {
                return nil
            }
        }
        let separators = Set(whole.filter { $0 == "." || $0 == "," })
        guard separators.isSubset(of: grouping), separators.count <= 1 else { return nil }
        let groups = whole.split(separator: separators.first ?? " ", omittingEmptySubsequences: false)
        guard groups.count == 1 || (groups.first.map { (1...3).contains($0.count) } == true
                                    && groups.dropFirst().allSatisfy { $0.count == 3 }) else { return nil }
        whole.removeAll { $0 == "." || $0 == "," }
        guard !whole.isEmpty, whole.count <= 9, let euros = Int(whole) else { return nil }
        let cents = fraction.isEmpty ? 0 : (Int(fraction) ?? 0) * (fraction.count == 1 ? 10 : 1)
        return euros * 100 + cents
    }
}
