import Foundation

/// One step from a document's root to a value. Arrays of members, documents and
/// events are addressed by their `"id"`, not their position, because two laptops
/// that each add or remove an element shift every position after it.
public enum MergePathStep: Hashable, Sendable {
    /// A member of an object.
    case key(String)
    /// The element of an array of objects whose `"id"` string is this.
    case id(String)
}

/// A value both sides changed, differently. `JSONValue` is not `Hashable`, so this
/// is only `Equatable`.
public struct MergeConflict: Equatable, Sendable {
    public var path: [MergePathStep]
    /// The value on this laptop; nil when it is absent here (deleted, or never there).
    public var mine: JSONValue?
    /// The value on the server; nil when it is absent there.
    public var theirs: JSONValue?

    public init(path: [MergePathStep], mine: JSONValue?, theirs: JSONValue?) {
        self.path = path
        self.mine = mine
        self.theirs = theirs
    }
}

public struct MergeResult: Sendable {
    /// Every change either side made that the other did not contradict; at each
    /// conflict, this laptop's value, so the counsellor loses nothing by saving it.
    public var merged: JSONValue
    /// The collisions the counsellor must settle, in document order.
    public var conflicts: [MergeConflict]
    public var isClean: Bool { conflicts.isEmpty }

    public init(merged: JSONValue, conflicts: [MergeConflict]) {
        self.merged = merged
        self.conflicts = conflicts
    }
}

/// Three-way merge of two edited versions of one JSON document against the version
/// both started from, field by field. A change made on one side only is taken; a
/// change made on both sides to different values is never settled silently (no
/// "last writer wins"): it becomes a `MergeConflict` for the counsellor, because a
/// wrong date or phone number in a reunification case costs a family months.
public enum CaseMerge {
    /// Merges `mine` (this laptop) and `theirs` (the server) against `base`, the
    /// version both were edited from; `base` nil when there is none (the same case
    /// came from two places), in which case equal fields merge, fields only one side
    /// has are kept, and fields both have with different values conflict.
    public static func merge(base: JSONValue?, mine: JSONValue, theirs: JSONValue) -> MergeResult {
        var merger = Merger()
        // Both sides present: the merge of a value present on both sides is present.
        let merged = merger.merge(at: [], base: base, mine: mine, theirs: theirs) ?? mine
        return MergeResult(merged: merged, conflicts: merger.conflicts)
    }

    /// The merged document with, at each conflict, the side chosen (`true` = theirs).
    /// `choices.count == result.conflicts.count`. Taking theirs where the server has
    /// no value removes the key or element; restoring one this laptop deleted puts it
    /// at the end of its object or array.
    public static func resolve(_ result: MergeResult, takingTheirs choices: [Bool]) -> JSONValue {
        precondition(choices.count == result.conflicts.count, "one choice per conflict")
        var document = result.merged
        for (conflict, takeTheirs) in zip(result.conflicts, choices) where takeTheirs {
            document = replacing(at: conflict.path[...], in: document, with: conflict.theirs) ?? document
        }
        return document
    }

    // MARK: - Resolving

    /// `value` with the value at `path` replaced by `new` (nil: removed). Nil when
    /// the path ends at the root and `new` is nil, which a conflict never asks for.
    private static func replacing(at path: ArraySlice<MergePathStep>, in value: JSONValue,
                                  with new: JSONValue?) -> JSONValue? {
        guard let step = path.first else { return new }
        let rest = path.dropFirst()
        switch (step, value) {
        case let (.key(key), .object(pairs)):
            var pairs = pairs
            if let index = pairs.lastIndex(where: { $0.key == key }) {
                if let child = replacing(at: rest, in: pairs[index].value, with: new) {
                    pairs[index].value = child
                } else {
                    pairs.remove(at: index)
                }
            } else if let new, rest.isEmpty {
                pairs.append((key, new))
            }
            return .object(pairs)
        case let (.id(id), .array(elements)):
            var elements = elements
            if let index = elements.firstIndex(where: { elementID($0) == id }) {
                if let child = replacing(at: rest, in: elements[index], with: new) {
                    elements[index] = child
                } else {
                    elements.remove(at: index)
                }
            } else if let new, rest.isEmpty {
                elements.append(new)
            }
            return .array(elements)
        default:
            // The path does not fit this document (it was edited after the merge):
            // leave it as it is rather than guess.
            return value
        }
    }

    // MARK: - Merging

    /// Walks the three versions together, collecting conflicts in document order.
    private struct Merger {
        var conflicts: [MergeConflict] = []

        /// The merged value (nil: absent) for base `b`, mine `m` and theirs `t`.
        mutating func merge(at path: [MergePathStep], base b: JSONValue?,
                            mine m: JSONValue?, theirs t: JSONValue?) -> JSONValue? {
            if m == t { return m }
            if b == m { return t }  // only theirs changed it (or added, or removed it)
            if b == t { return m }  // only mine changed it

            // Both changed it, differently: look inside when both are still containers
            // of the same kind, so edits to different fields of one object both stand.
            if case .object(let mine)? = m, case .object(let theirs)? = t {
                var base = Keyed()
                if case .object(let pairs)? = b { base = Keyed(pairs) }
                return .object(mergeNamed(at: path, base: base, mine: Keyed(mine), theirs: Keyed(theirs), step: MergePathStep.key)
                    .map { (key: $0.name, value: $0.value) })
            }
            if case .array(let mine)? = m, case .array(let theirs)? = t,
               let mine = CaseMerge.keyedByID(mine), let theirs = CaseMerge.keyedByID(theirs) {
                // A base that is not such an array offers nothing to match against: with an
                // empty base nothing counts as deleted, so nothing is dropped unasked.
                var base = Keyed()
                if case .array(let elements)? = b, let keyed = CaseMerge.keyedByID(elements) { base = keyed }
                return .array(mergeNamed(at: path, base: base, mine: mine, theirs: theirs, step: MergePathStep.id)
                    .map(\.value))
            }
            conflicts.append(MergeConflict(path: path, mine: m, theirs: t))
            return m
        }

        /// Merges the members (object keys or element ids) one by one, in the result's
        /// order: mine's in mine's order, then those only theirs has, in theirs' order.
        /// Names only the base has were removed on both sides and need no visit.
        private mutating func mergeNamed(at path: [MergePathStep], base: Keyed, mine: Keyed, theirs: Keyed,
                                         step: (String) -> MergePathStep) -> [(name: String, value: JSONValue)] {
            var merged: [(name: String, value: JSONValue)] = []
            for name in mine.order + theirs.order.filter({ mine.values[$0] == nil }) {
                let value = merge(at: path + [step(name)], base: base.values[name],
                                  mine: mine.values[name], theirs: theirs.values[name])
                if let value { merged.append((name, value)) }
            }
            return merged
        }
    }

    /// Values by name, with the names in first-seen order. A repeated object key
    /// keeps its last value, the one `JSONValue`'s subscript (and so every reader) sees.
    private struct Keyed {
        var order: [String] = []
        var values: [String: JSONValue] = [:]

        init() {}

        init(_ pairs: [(key: String, value: JSONValue)]) {
            for (key, value) in pairs {
                if values.updateValue(value, forKey: key) == nil { order.append(key) }
            }
        }
    }

    /// The elements by their `"id"`, when every element is an object with a string
    /// `"id"` and no id repeats; nil otherwise, for then an element has no stable name
    /// and the array can only be compared whole.
    private static func keyedByID(_ elements: [JSONValue]) -> Keyed? {
        var keyed = Keyed()
        for element in elements {
            guard let id = elementID(element), keyed.values[id] == nil else { return nil }
            keyed.order.append(id)
            keyed.values[id] = element
        }
        return keyed
    }

    private static func elementID(_ element: JSONValue) -> String? {
        guard case .string(let id)? = element["id"] else { return nil }
        return id
    }
}
