import Foundation
import PropertyBased
import Testing
@testable import NareisCore

/// Two laptops edit one case offline and the server holds a third version: every
/// change one side made must survive, and every collision must reach the counsellor.
@Suite struct CaseMergeTests {
    static func json(_ text: String) -> JSONValue {
        // Test documents are literals: a typo should fail loudly.
        try! JSONValue.parse(Data(text.utf8))
    }

    static let base = json("""
        {"sponsor": {"name": "Amanuel Tesfay", "phone": "0612345678"},
         "members": [
           {"id": "m1", "name": "Saba Tesfay", "procedure": {"submitted": "2024-05-25"}},
           {"id": "m2", "name": "Yonas Tesfay", "procedure": {"submitted": "2024-05-25"}}
         ],
         "tags": ["urgent"],
         "notes": {}}
        """)

    // MARK: Disjoint edits

    @Test func editsToDifferentFieldsAllStand() {
        let mine = Self.json("""
            {"sponsor": {"name": "Amanuel Tesfay", "phone": "0612345678"},
             "members": [
               {"id": "m1", "name": "Saba Tesfay", "procedure": {"submitted": "2024-05-25", "arrival": "2025-05-01"}},
               {"id": "m2", "name": "Yonas Tesfay", "procedure": {"submitted": "2024-05-25"}}
             ],
             "tags": ["urgent"],
             "notes": {}}
            """)
        let theirs = Self.json("""
            {"sponsor": {"name": "Amanuel Tesfay", "phone": "0687654321"},
             "members": [
               {"id": "m1", "name": "Saba Tesfay", "procedure": {"submitted": "2024-05-25"}},
               {"id": "m2", "name": "Yonas Tesfay", "procedure": {"submitted": "2024-05-25"}}
             ],
             "tags": ["urgent"],
             "notes": {"2024-06-01": "called the sponsor"}}
            """)
        let result = CaseMerge.merge(base: Self.base, mine: mine, theirs: theirs)
        #expect(result.isClean)
        #expect(result.merged == Self.json("""
            {"sponsor": {"name": "Amanuel Tesfay", "phone": "0687654321"},
             "members": [
               {"id": "m1", "name": "Saba Tesfay", "procedure": {"submitted": "2024-05-25", "arrival": "2025-05-01"}},
               {"id": "m2", "name": "Yonas Tesfay", "procedure": {"submitted": "2024-05-25"}}
             ],
             "tags": ["urgent"],
             "notes": {"2024-06-01": "called the sponsor"}}
            """))
    }

    @Test func elementsOfAnIDArrayMergeByIDAndAdditionsKeepTheirOrder() {
        let base = Self.json(#"{"m": [{"id": "a", "v": 1}, {"id": "b", "v": 1}]}"#)
        // Mine edits a and adds c, d; theirs edits b, adds e, f and moves b first.
        let mine = Self.json(#"{"m": [{"id": "a", "v": 2}, {"id": "b", "v": 1}, {"id": "c"}, {"id": "d"}]}"#)
        let theirs = Self.json(#"{"m": [{"id": "b", "v": 3}, {"id": "e"}, {"id": "a", "v": 1}, {"id": "f"}]}"#)
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.isClean)
        #expect(result.merged == Self.json("""
            {"m": [{"id": "a", "v": 2}, {"id": "b", "v": 3}, {"id": "c"}, {"id": "d"}, {"id": "e"}, {"id": "f"}]}
            """))
    }

    @Test func keysAddedOnBothSidesComeMineFirstThenTheirs() {
        let base = Self.json(#"{"k": 0, "x": 1}"#)
        let mine = Self.json(#"{"m1": 1, "k": 0, "x": 2, "m2": 2}"#)
        let theirs = Self.json(#"{"t1": 1, "k": 0, "x": 1, "t2": 2}"#)
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.isClean)
        #expect(JSONWriter.string(result.merged, pretty: false) == #"{"m1":1,"k":0,"x":2,"m2":2,"t1":1,"t2":2}"#)
    }

    @Test func aDeletionOnOneSideStandsWhenTheOtherLeftItAlone() {
        let mine = Self.json("""
            {"sponsor": {"name": "Amanuel Tesfay"},
             "members": [
               {"id": "m1", "name": "Saba Tesfay", "procedure": {"submitted": "2024-05-25"}},
               {"id": "m2", "name": "Yonas Tesfay", "procedure": {"submitted": "2024-05-25"}}
             ],
             "tags": ["urgent"], "notes": {}}
            """)
        let theirs = Self.json("""
            {"sponsor": {"name": "Amanuel Tesfay", "phone": "0612345678"},
             "members": [
               {"id": "m2", "name": "Yonas Tesfay", "procedure": {"submitted": "2024-05-25"}}
             ],
             "tags": ["urgent"]}
            """)
        let result = CaseMerge.merge(base: Self.base, mine: mine, theirs: theirs)
        #expect(result.isClean)
        #expect(result.merged == Self.json("""
            {"sponsor": {"name": "Amanuel Tesfay"},
             "members": [{"id": "m2", "name": "Yonas Tesfay", "procedure": {"submitted": "2024-05-25"}}],
             "tags": ["urgent"]}
            """))
    }

    @Test func theSameChangeOnBothSidesIsNoConflict() {
        let base = Self.json(#"{"phone": "1", "tags": ["a"], "gone": true, "m": [{"id": "a"}]}"#)
        let both = Self.json(#"{"phone": "2", "tags": ["a", "b"], "new": {"x": 1}, "m": [{"id": "a", "v": 1}]}"#)
        let mine = Self.json(#"{"phone": "2", "tags": ["a", "b"], "new": {"x": 1}, "m": [{"id": "a", "v": 1}], "mine": 1}"#)
        let result = CaseMerge.merge(base: base, mine: mine, theirs: both)
        #expect(result.isClean)
        #expect(result.merged == mine)
    }

    // MARK: Collisions

    @Test func differentValuesForOneScalarConflictAndKeepMine() {
        let mine = Self.replacing(Self.base, "0611111111")
        let theirs = Self.replacing(Self.base, "0622222222")
        let result = CaseMerge.merge(base: Self.base, mine: mine, theirs: theirs)
        #expect(result.conflicts == [MergeConflict(path: [.key("sponsor"), .key("phone")],
                                                   mine: .string("0611111111"), theirs: .string("0622222222"))])
        #expect(result.merged == mine)
    }

    /// The base case with the sponsor's phone set to `phone`.
    static func replacing(_ document: JSONValue, _ phone: String) -> JSONValue {
        guard case .object(var pairs) = document, let index = pairs.firstIndex(where: { $0.key == "sponsor" }),
              case .object(var sponsor) = pairs[index].value,
              let phoneIndex = sponsor.firstIndex(where: { $0.key == "phone" }) else { return document }
        sponsor[phoneIndex].value = .string(phone)
        pairs[index].value = .object(sponsor)
        return .object(pairs)
    }

    @Test func anArrayWithoutIDsIsComparedWhole() {
        let base = Self.json(#"{"tags": ["urgent"], "m": [{"id": "a"}, {"x": 1}]}"#)
        let mine = Self.json(#"{"tags": ["urgent", "minor"], "m": [{"id": "a", "v": 1}, {"x": 1}]}"#)
        let theirs = Self.json(#"{"tags": ["urgent", "appeal"], "m": [{"id": "a"}, {"x": 1}, {"id": "b"}]}"#)
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.map(\.path) == [[.key("tags")], [.key("m")]])
        #expect(result.merged == mine)
    }

    @Test func aChangeOfTypeConflicts() {
        let base = Self.json(#"{"permit": {"kind": "asylum", "decisionDate": "2024-03-01"}}"#)
        let mine = Self.json(#"{"permit": "asylum"}"#)
        let theirs = Self.json(#"{"permit": {"kind": "asylum", "decisionDate": "2024-03-02"}}"#)
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts == [MergeConflict(path: [.key("permit")], mine: .string("asylum"),
                                                   theirs: theirs["permit"])])
        #expect(result.merged == mine)
    }

    @Test func aDeletionAgainstAChangeConflicts() {
        let base = Self.json(#"{"members": [{"id": "m1", "name": "Saba"}, {"id": "m2", "name": "Yonas"}], "phone": "1"}"#)
        let mine = Self.json(#"{"members": [{"id": "m1", "name": "Saba"}], "phone": "2"}"#)
        let theirs = Self.json(#"{"members": [{"id": "m1", "name": "Saba"}, {"id": "m2", "name": "Jonas"}]}"#)
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts == [
            MergeConflict(path: [.key("members"), .id("m2")], mine: nil, theirs: Self.json(#"{"id": "m2", "name": "Jonas"}"#)),
            MergeConflict(path: [.key("phone")], mine: .string("2"), theirs: nil),
        ])
        #expect(result.merged == mine)
    }

    @Test func withoutABaseEqualFieldsMergeAndDifferentOnesConflict() {
        let mine = Self.json(#"{"name": "Saba", "phone": "1", "m": [{"id": "a", "v": 1}, {"id": "b"}], "mine": true}"#)
        let theirs = Self.json(#"{"name": "Saba", "phone": "2", "m": [{"id": "c"}, {"id": "a", "v": 2}], "theirs": true}"#)
        let result = CaseMerge.merge(base: nil, mine: mine, theirs: theirs)
        #expect(result.conflicts.map(\.path) == [[.key("phone")], [.key("m"), .id("a"), .key("v")]])
        #expect(result.merged == Self.json("""
            {"name": "Saba", "phone": "1", "m": [{"id": "a", "v": 1}, {"id": "b"}, {"id": "c"}], "mine": true, "theirs": true}
            """))
    }

    // MARK: Resolving

    @Test func resolvingTakesTheChosenSideAtEveryConflict() throws {
        let base = Self.json(#"{"phone": "1", "members": [{"id": "m1", "name": "Saba"}, {"id": "m2", "name": "Yonas"}], "email": "a@b"}"#)
        let mine = Self.json(#"{"phone": "2", "members": [{"id": "m1", "name": "Saba"}], "email": "c@d"}"#)
        let theirs = Self.json(#"{"phone": "3", "members": [{"id": "m1", "name": "Saba"}, {"id": "m2", "name": "Jonas"}]}"#)
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        try #require(result.conflicts.count == 3)
        for mask in 0..<8 {
            let choices = (0..<3).map { mask & (1 << $0) != 0 }
            let resolved = CaseMerge.resolve(result, takingTheirs: choices)
            for (conflict, takeTheirs) in zip(result.conflicts, choices) {
                #expect(Self.value(at: conflict.path, in: resolved) == (takeTheirs ? conflict.theirs : conflict.mine),
                        "\(conflict.path) with choices \(choices)")
            }
            #expect(resolved["members"].map(Self.ids) == (choices[1] ? ["m1", "m2"] : ["m1"]))
            #expect((resolved["email"] == nil) == choices[2], "taking the server's deletion removes the key")
        }
        #expect(CaseMerge.resolve(result, takingTheirs: [false, false, false]) == result.merged)
    }

    static func ids(_ array: JSONValue) -> [String] {
        guard case .array(let elements) = array else { return [] }
        return elements.compactMap { if case .string(let id)? = $0["id"] { id } else { nil } }
    }

    /// The value at `path` in `document`, nil when there is none.
    static func value(at path: [MergePathStep], in document: JSONValue) -> JSONValue? {
        var value: JSONValue? = document
        for step in path {
            switch (step, value) {
            case let (.key(key), .object?): value = value?[key]
            case let (.id(id), .array(elements)?): value = elements.first { $0["id"] == .string(id) }
            default: return nil
            }
        }
        return value
    }

    // MARK: Properties over random documents

    /// A change made on one side only is taken whole, and a change made on neither is no change.
    @Test func aChangeOnOneSideIsTaken() async {
        await propertyCheck(input: Gen.uint64()) { seed in
            var random = SplitMix64(seed: seed)
            let x = RandomDocument.object(depth: 3, using: &random)
            let y = RandomDocument.edit(x, using: &random)
            let theirsChanged = CaseMerge.merge(base: x, mine: x, theirs: y)
            let mineChanged = CaseMerge.merge(base: x, mine: y, theirs: x)
            let bothChanged = CaseMerge.merge(base: x, mine: y, theirs: y)
            let other = RandomDocument.object(depth: 3, using: &random)
            let unrelated = CaseMerge.merge(base: x, mine: x, theirs: other)
            for result in [theirsChanged, mineChanged, bothChanged] {
                #expect(result.isClean && result.merged == y, "seed \(seed)")
            }
            #expect(unrelated.isClean && unrelated.merged == other, "seed \(seed)")
        }
    }

    /// Edits to different parts of a document merge cleanly into both edits; swapping
    /// the sides swaps each conflict's sides; choosing a side puts that side's value in place.
    @Test func mergesOfRandomEditsHoldTogether() async {
        await propertyCheck(input: Gen.uint64()) { seed in
            var random = SplitMix64(seed: seed)
            let base = RandomDocument.object(depth: 3, using: &random)
            let split = RandomDocument.splitEdit(base, using: &random)
            let disjoint = CaseMerge.merge(base: base, mine: split.mine, theirs: split.theirs)
            #expect(disjoint.isClean && disjoint.merged == split.merged, "seed \(seed)")
            #expect(CaseMerge.merge(base: base, mine: split.theirs, theirs: split.mine).isClean, "seed \(seed)")

            // Both edit everywhere.
            let left = RandomDocument.edit(base, using: &random)
            let right = RandomDocument.edit(base, using: &random)
            let result = CaseMerge.merge(base: base, mine: left, theirs: right)
            let swapped = CaseMerge.merge(base: base, mine: right, theirs: left)
            #expect(result.conflicts.count == swapped.conflicts.count, "seed \(seed)")
            for conflict in result.conflicts {
                #expect(swapped.conflicts.contains(MergeConflict(path: conflict.path, mine: conflict.theirs,
                                                                 theirs: conflict.mine)), "seed \(seed)")
            }
            #expect(CaseMerge.resolve(result, takingTheirs: result.conflicts.map { _ in false }) == result.merged)
            let choices = result.conflicts.map { _ in random.chance(50) }
            let resolved = CaseMerge.resolve(result, takingTheirs: choices)
            for (conflict, takeTheirs) in zip(result.conflicts, choices) {
                #expect(Self.value(at: conflict.path, in: resolved) == (takeTheirs ? conflict.theirs : conflict.mine),
                        "seed \(seed) at \(conflict.path)")
            }
        }
    }
}

/// Random JSON shaped like a case file: objects, id-keyed arrays of objects, plain
/// arrays and scalars, from a small pool of keys and values so that edits collide.
private enum RandomDocument {
    static let keys = ["a", "b", "c", "name", "date"]
    static let ids = ["m1", "m2", "m3", "m4"]

    static func object(depth: Int, using random: inout SplitMix64) -> JSONValue {
        var pairs: [(key: String, value: JSONValue)] = []
        for key in shuffled(keys, using: &random) where random.chance(70) || ["a", "b", "c"].contains(key) {
            pairs.append((key, value(depth: depth - 1, using: &random)))
        }
        return .object(pairs)
    }

    static func value(depth: Int, using random: inout SplitMix64) -> JSONValue {
        let kinds = depth > 0 ? 7 : 4
        switch random.int(in: 0...(kinds - 1)) {
        case 0: return .null
        case 1: return .bool(random.chance(50))
        case 2: return .number(Double(random.int(in: 0...3)))
        case 3: return .string(random.pick(["x", "y", "2024-05-25"]))
        case 4: return .array((0..<random.int(in: 0...3)).map { _ in value(depth: 0, using: &random) })
        case 5: return idArray(depth: depth, using: &random)
        default: return object(depth: depth, using: &random)
        }
    }

    static func idArray(depth: Int, using random: inout SplitMix64) -> JSONValue {
        .array(shuffled(ids, using: &random).filter { _ in random.chance(60) }.map { id in
            guard case .object(let pairs) = object(depth: depth - 1, using: &random) else { return .null }
            return .object([("id", .string(id))] + pairs)
        })
    }

    /// A shuffle that depends only on the generator (the standard library's may change).
    static func shuffled(_ items: [String], using random: inout SplitMix64) -> [String] {
        var items = items
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, random.int(in: 0...index))
        }
        return items
    }

    /// `value` with random changes: values replaced, keys and elements added,
    /// removed or moved, inner values edited.
    static func edit(_ value: JSONValue, using random: inout SplitMix64) -> JSONValue {
        // Containers are rarely replaced whole, so that most edits land deep inside.
        if random.chance(value.isContainer ? 5 : 50) { return Self.value(depth: 2, using: &random) }
        switch value {
        case .object(var pairs):
            pairs = pairs.compactMap { pair in
                if random.chance(10) { return nil }
                return random.chance(50) ? (pair.key, edit(pair.value, using: &random)) : pair
            }
            let extra = "extra\(random.int(in: 0...2))"
            if random.chance(20), !pairs.contains(where: { $0.key == extra }) {
                pairs.append((extra, Self.value(depth: 1, using: &random)))
            }
            return .object(pairs)
        case .array(var elements):
            let keyed = elements.allSatisfy { $0["id"] != nil }
            elements = elements.compactMap { random.chance(10) ? nil : random.chance(50) ? editKeepingID($0, using: &random) : $0 }
            if random.chance(20) {
                elements.append(keyed ? .object([("id", .string("n\(random.int(in: 0...2))"))]) : .string("z"))
            }
            if random.chance(10) { elements.reverse() }
            return .array(elements)
        default:
            return value
        }
    }

    /// An element edited without touching its id, so the array stays id-keyed.
    static func editKeepingID(_ element: JSONValue, using random: inout SplitMix64) -> JSONValue {
        guard case .object(let pairs) = element, let id = element["id"] else { return edit(element, using: &random) }
        guard case .object(let edited) = edit(.object(pairs.filter { $0.key != "id" }), using: &random) else { return element }
        return .object([("id", id)] + edited)
    }

    /// Two edits of `value` that never touch the same place (a leaf, or a member's
    /// removal), with the document the merge must give: both edits, mine's additions
    /// before theirs.
    static func splitEdit(_ value: JSONValue, using random: inout SplitMix64)
        -> (mine: JSONValue, theirs: JSONValue, merged: JSONValue) {
        switch value {
        case .object(let pairs):
            let split = splitMembers(pairs, adding: { side, random in
                (side, Self.value(depth: 1, using: &random))
            }, using: &random)
            return (.object(split.mine), .object(split.theirs), .object(split.merged))
        case .array(let elements) where !elements.isEmpty && elements.allSatisfy({ $0["id"] != nil }):
            let split = splitMembers(elements.map { (key: id($0), value: $0) }, adding: { side, _ in
                (side, .object([("id", .string(side))]))
            }, using: &random)
            return (.array(split.mine.map(\.value)), .array(split.theirs.map(\.value)), .array(split.merged.map(\.value)))
        default:
            switch random.int(in: 0...2) {
            case 0: return (value, value, value)
            case 1: let mine = edit(value, using: &random); return (mine, value, mine)
            default: let theirs = edit(value, using: &random); return (value, theirs, theirs)
            }
        }
    }

    typealias Members = [(key: String, value: JSONValue)]

    /// Each member kept, removed or edited by one side, or split further; then one
    /// addition on each side, made by `adding(name, &random)`.
    static func splitMembers(_ members: Members, adding: (String, inout SplitMix64) -> (key: String, value: JSONValue),
                             using random: inout SplitMix64) -> (mine: Members, theirs: Members, merged: Members) {
        var mine: Members = [], theirs: Members = [], merged: Members = []
        for (key, value) in members {
            var m: JSONValue? = value, t: JSONValue? = value, e: JSONValue? = value
            switch key == "id" ? 0 : random.int(in: 0...5) {  // an element's id stays
            case 1: m = nil; e = nil
            case 2: t = nil; e = nil
            case 3: m = editKeepingID(value, using: &random); e = m
            case 4: t = editKeepingID(value, using: &random); e = t
            case 5: (m, t, e) = splitEdit(value, using: &random)
            default: break
            }
            if let m { mine.append((key, m)) }
            if let t { theirs.append((key, t)) }
            if let e { merged.append((key, e)) }
        }
        if random.chance(30) {
            let added = adding("mine-added", &random)
            mine.append(added); merged.append(added)
        }
        if random.chance(30) {
            let added = adding("theirs-added", &random)
            theirs.append(added); merged.append(added)
        }
        return (mine, theirs, merged)
    }

    static func id(_ element: JSONValue) -> String {
        if case .string(let id)? = element["id"] { id } else { "" }
    }
}

extension JSONValue {
    fileprivate var isContainer: Bool {
        switch self {
        case .array, .object: true
        default: false
        }
    }
}
