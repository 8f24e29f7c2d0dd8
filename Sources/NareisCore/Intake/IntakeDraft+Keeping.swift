/// Saving an edit keeps what the intake does not ask about.
///
/// The intake asks a fixed set of fields (`IntakeField`); a stored case can hold more:
/// its `asOf`, the sponsor's address, every procedure event, fields a later version of
/// the format adds. A draft resumed from the store holds the answers only, so the case
/// it edits is read again and every field the intake does not ask about is taken from it.
extension IntakeDraft {
    /// The case these answers make, with every field the intake does not ask about taken
    /// from `original` (the stored case the draft edits; members matched by ID). Fields
    /// the intake asks and left empty are empty: clearing an answer clears the field.
    public func caseFile(keeping original: CaseFile?) throws -> CaseFile {
        guard let original else { return try caseFile() }
        let kept = Self.keep(CaseFileWriter.json(original), under: json)
        return try CaseFileReader.read(kept, path: "")
    }

    /// `answers` laid over `stored`: the case-level keys, the sponsor and each member
    /// (by `id`) keep the stored keys the intake does not ask.
    static func keep(_ stored: JSONValue, under answers: JSONValue) -> JSONValue {
        let sponsorAsked = Set(IntakeField.sponsorFields.map(\.key))
        let memberAsked = Set(IntakeField.memberFields.map(\.key)).union(["id"])
        var root = merge(stored, answers, asked: ["format", "id", "sponsor", "members"], prefix: "")
        root = replacing("sponsor", in: root, with: merge(stored["sponsor"] ?? .object([]), answers["sponsor"] ?? .object([]),
                                                             asked: sponsorAsked, prefix: ""))
        guard case .array(let given)? = answers["members"] else { return root }
        var storedById: [String: JSONValue] = [:]
        if case .array(let storedMembers)? = stored["members"] {
            for member in storedMembers {
                if case .string(let id)? = member["id"] { storedById[id] = member }
            }
        }
        let members: [JSONValue] = given.map { member in
            guard case .string(let id)? = member["id"], let before = storedById[id] else { return member }
            return merge(before, member, asked: memberAsked, prefix: "")
        }
        return replacing("members", in: root, with: .array(members))
    }

    /// The keys of `answers`, and those of `stored` no asked path covers (an object some
    /// asked path goes into is merged the same way, one level down; one the answers
    /// emptied goes).
    static func merge(_ stored: JSONValue, _ answers: JSONValue, asked: Set<String>, prefix: String) -> JSONValue {
        guard case .object(let storedPairs) = stored else { return answers }
        guard case .object(let answerPairs) = answers else { return answers }
        var result: [(key: String, value: JSONValue)] = []
        for (key, value) in storedPairs {
            let path = prefix + key
            if asked.contains(path) { continue }
            if asked.contains(where: { $0.hasPrefix(path + ".") }) {
                let inner = merge(value, answers[key] ?? .object([]), asked: asked, prefix: path + ".")
                // Emptied by cleared answers (the relationship changed): gone. Empty as stored: kept.
                if case .object(let pairs) = inner, pairs.isEmpty, case .object(let before) = value, !before.isEmpty { continue }
                result.append((key, inner))
                continue
            }
            result.append((key, answers[key] ?? value))
        }
        for (key, value) in answerPairs where !result.contains(where: { $0.key == key }) {
            if asked.contains(where: { $0.hasPrefix(prefix + key + ".") }) && storedPairs.contains(where: { $0.key == key }) {
                continue   // merged above
            }
            result.append((key, value))
        }
        return .object(result)
    }

    static func replacing(_ key: String, in object: JSONValue, with value: JSONValue) -> JSONValue {
        guard case .object(var pairs) = object else { return object }
        if let index = pairs.firstIndex(where: { $0.key == key }) {
            pairs[index].value = value
        } else {
            pairs.append((key, value))
        }
        return .object(pairs)
    }
}
