/// How the case-file reader names a field the format does not define:
/// `members[0].procedure.submited: unknown field (did you mean submitted?)`.
enum UnknownField {
    static func message(suggestion: String?) -> String {
        suggestion.map { "unknown field (did you mean \($0)?)" } ?? "unknown field"
    }

    /// The key as it appears in a path: as written when it looks like a field name,
    /// else quoted, escaped and clipped like any value in a message.
    static func shown(_ key: String) -> String {
        let plain = !key.isEmpty && key.utf8.count <= 40 && key.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "_-$".unicodeScalars.contains($0)
        }
        return plain ? key : Fields.show(.string(key))
    }

    /// The known key closest to `key`, ignoring case, by Damerau-Levenshtein distance
    /// (optimal string alignment: insertions, deletions, substitutions and swaps of two
    /// neighbours); nil when none is within a third of the key's length (at least 1).
    /// Among equally close keys the first known one wins.
    static func closest(to key: String, among known: [String]) -> String? {
        let typed = Array(key.lowercased())
        let limit = max(1, typed.count / 3)
        var best: (key: String, distance: Int)?
        for candidate in known {
            let target = Array(candidate.lowercased())
            guard abs(target.count - typed.count) <= limit else { continue }
            let distance = self.distance(typed, target)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.key
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // Three rows: the one before the previous (for swaps), the previous, the current.
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d = min(d, beforePrevious[j - 2] + 1)
                }
                current[j] = d
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
