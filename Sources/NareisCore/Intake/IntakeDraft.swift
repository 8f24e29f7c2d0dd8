import Foundation

/// A case being taken in: the answers as typed, field by field, which may be
/// incomplete or wrong while the conversation goes on. It can be saved as a draft
/// (`json`) and resumed; `validate()` says, per field, what is wrong and what is
/// expected; `caseFile()` gives the case once nothing is.
public struct IntakeDraft: Hashable, Sendable {
    public var caseId: String?
    public var sponsor: [String: String]
    public var members: [[String: String]]

    public init(caseId: String? = nil, sponsor: [String: String] = [:], members: [[String: String]] = []) {
        self.caseId = caseId
        self.sponsor = sponsor
        self.members = members
    }

    /// A new member's answers as the form starts them: the sponsor's nationality and
    /// the residence of the member before (a family mostly shares both). Shown in
    /// their fields like any answer, so the counsellor sees and may change them.
    public var answersForNewMember: [String: String] {
        var answers: [String: String] = [:]
        answers["nationality"] = sponsor["nationality"]
        answers["residence"] = members.last?["residence"]
        return answers
    }

    /// A draft holding an existing case, to edit it.
    public init(editing file: CaseFile) {
        caseId = file.id
        sponsor = IntakeDraft.flatten(CaseFileWriter.sponsor(file.sponsor))
        members = file.members.map { member in
            var answers = IntakeDraft.flatten(CaseFileWriter.member(member))
            answers = answers.filter { !$0.key.hasPrefix("procedure.") }
            return answers
        }
        procedures = Dictionary(uniqueKeysWithValues: file.members.map { ($0.id, $0.procedure) })
    }

    /// Procedure events of members being edited: kept as they were, the intake does not ask them.
    private var procedures: [String: Procedure] = [:]

    /// Where a problem lies: the sponsor's field, or a member's (by index) field.
    public enum Location: Hashable, Sendable {
        case sponsor(String)
        case member(Int, String)
        case caseFile
    }

    /// Every problem of the draft as it stands, by field; empty when it is a valid case.
    public func validate() -> [Location: String] {
        do {
            _ = try caseFile()
            return [:]
        } catch let error as CaseFileError {
            var result: [Location: String] = [:]
            for problem in error.problems {
                let location = IntakeDraft.location(of: problem.path)
                if result[location] == nil { result[location] = problem.message }
            }
            return result
        } catch {
            return [.caseFile: "\(error)"]
        }
    }

    /// The case, checked by the same reader as imported files; member IDs are
    /// assigned (`m1`, `m2`, …) where the draft has none.
    public func caseFile() throws -> CaseFile {
        var file = try CaseFileReader.read(json, path: "")
        for index in file.members.indices {
            if let procedure = procedures[file.members[index].id] { file.members[index].procedure = procedure }
        }
        return file
    }

    /// The draft as a case-file-shaped JSON value (answers typed so far), for saving
    /// a half-done intake and for validation.
    public var json: JSONValue {
        var root = ObjectBuilder()
        root["format"] = .string(CaseFile.format)
        root["id"] = caseId.map(JSONValue.string)
        root["sponsor"] = IntakeDraft.unflatten(sponsor, fields: IntakeField.sponsorFields)
        root["members"] = .array(members.enumerated().map { index, answers in
            var answers = answers
            if (answers["id"] ?? "").isEmpty { answers["id"] = "m\(index + 1)" }
            let relationship = answers["relationship"].flatMap(Relationship.init(rawValue:))
            return IntakeDraft.unflatten(answers, fields: IntakeField.memberFields(for: relationship) + [IntakeField("id", .identifier)])
        })
        return root.value
    }

    /// Reads a saved draft back.
    public init(json: JSONValue) {
        self.init()
        if case .string(let id)? = json["id"] { caseId = id }
        if let sponsor = json["sponsor"] { self.sponsor = IntakeDraft.flatten(sponsor) }
        if case .array(let items)? = json["members"] { members = items.map(IntakeDraft.flatten) }
    }

    // MARK: - Answers <-> JSON

    /// Turns typed answers into JSON values of the field's kind; an answer that does
    /// not convert (e.g. "maybe" for a yes/no) is passed on as text for the reader to refuse.
    static func unflatten(_ answers: [String: String], fields: [IntakeField]) -> JSONValue {
        var tree: [(key: String, value: JSONValue)] = []
        for field in fields {
            guard let raw = answers[field.key]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { continue }
            let value: JSONValue
            switch field.kind {
            case .yesNo:
                // The words a yes/no field takes are the field's own (`IntakeChoices`).
                switch field.choice(typed: raw) {
                case "yes": value = .bool(true)
                case "no": value = .bool(false)
                default: value = .string(raw)
                }
            // A country by name in either language, or its code (`CountryNames`).
            case .country: value = .string(CountryNames.resolve(raw)?.code ?? raw.uppercased())
            // Dates as people write them, stored as the format writes them; what does
            // not read as a date goes on as typed, for the reader to refuse.
            case .fullDate: value = .string(DateInput.day(raw, today: nil)?.iso ?? raw)
            case .birthDate: value = .string(DateInput.partialDate(raw)?.description ?? raw)
            default: value = .string(raw)
            }
            insert(value, at: field.key.split(separator: ".").map(String.init), into: &tree)
        }
        return .object(tree)
    }

    private static func insert(_ value: JSONValue, at path: [String], into tree: inout [(key: String, value: JSONValue)]) {
        guard let head = path.first else { return }
        if path.count == 1 {
            tree.append((head, value))
            return
        }
        var child: [(key: String, value: JSONValue)] = []
        if let index = tree.firstIndex(where: { $0.key == head }), case .object(let existing) = tree[index].value {
            child = existing
            tree.remove(at: index)
        }
        insert(value, at: Array(path.dropFirst()), into: &child)
        tree.append((head, .object(child)))
    }

    static func flatten(_ value: JSONValue) -> [String: String] {
        var answers: [String: String] = [:]
        func walk(_ value: JSONValue, _ prefix: String) {
            switch value {
            case .object(let pairs):
                for pair in pairs { walk(pair.value, prefix.isEmpty ? pair.key : prefix + "." + pair.key) }
            case .string(let s): answers[prefix] = s
            case .bool(let b): answers[prefix] = b ? "yes" : "no"
            case .number(let n): answers[prefix] = JSONWriter.number(n)
            case .null, .array: break
            }
        }
        walk(value, "")
        return answers
    }

    static func location(of path: String) -> Location {
        if path.hasPrefix("sponsor.") { return .sponsor(String(path.dropFirst("sponsor.".count))) }
        if path.hasPrefix("members["), let close = path.firstIndex(of: "]"),
           let index = Int(path[path.index(path.startIndex, offsetBy: 8)..<close]) {
            let rest = path[path.index(after: close)...]
            return .member(index, rest.hasPrefix(".") ? String(rest.dropFirst()) : String(rest))
        }
        return .caseFile
    }
}
