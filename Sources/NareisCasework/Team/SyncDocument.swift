import Foundation
import NareisCore

/// A case as laptops and the team server exchange it (`nareis-sync/1`): the case file
/// and the counsellor's work on it that the case file does not carry (checklist,
/// follow-up marks, IOM travel, own tasks, notes).
///
/// Its JSON is shaped for a field-by-field merge (`CaseMerge`): every part is an object
/// keyed by something stable on every laptop (member and item IDs, task IDs, a note's
/// time, author and text), so edits to different parts never collide, and notes, own
/// tasks and done marks, which are only ever added, merge as a union. Keys are written
/// sorted, so the same content is the same text on every laptop (a change is a
/// difference of text).
public struct SyncDocument: Equatable, Sendable {
    public static let format = "nareis-sync/1"

    /// The case file, compact `nareis-case/1` as the store keeps it.
    public var caseDocument: String
    public var checklist: [ChecklistStatus]
    /// Done marks of the derived follow-ups, by task ID.
    public var taskMarks: [String: Day]
    public var travel: IomTravel
    public var tasks: [SyncTask]
    public var notes: [SyncNote]

    public init(caseDocument: String, checklist: [ChecklistStatus] = [], taskMarks: [String: Day] = [:],
                travel: IomTravel = IomTravel(), tasks: [SyncTask] = [], notes: [SyncNote] = []) {
        self.caseDocument = caseDocument
        self.checklist = checklist
        self.taskMarks = taskMarks
        self.travel = travel
        self.tasks = tasks
        self.notes = notes
    }

    /// The document as compact JSON text.
    public var text: String { JSONWriter.string(json, pretty: false) }

    public var json: JSONValue {
        let caseFile = (try? JSONValue.parse(caseDocument)) ?? .null
        var checklistByMember: [String: [(key: String, value: JSONValue)]] = [:]
        for entry in checklist {
            checklistByMember[entry.memberId, default: []].append((entry.itemId, .object([
                ("status", .string(entry.status.rawValue)),
                ("translationNeeded", .bool(entry.translationNeeded)),
            ])))
        }
        var parts: [(key: String, value: JSONValue)] = [
            ("format", .string(Self.format)),
            ("case", caseFile),
            ("checklist", Self.sorted(checklistByMember.map { ($0.key, Self.sorted($0.value)) })),
            ("taskMarks", Self.sorted(taskMarks.map { ($0.key, .string($0.value.iso)) })),
            ("tasks", Self.sorted(tasks.map { ($0.key, $0.json) })),
            ("notes", Self.sorted(notes.map { ($0.key, $0.json) })),
        ]
        if !travel.stepsDone.isEmpty || !travel.cents.isEmpty {
            var fields: [(key: String, value: JSONValue)] = [
                ("steps", Self.sorted(travel.stepsDone.map { (String($0), .bool(true)) })),
            ]
            for amount in IomTravel.Amount.allCases {
                if let cents = travel.cents[amount] { fields.append(("\(amount.rawValue)Cents", .number(Double(cents)))) }
            }
            parts.append(("travel", .object(fields)))
        }
        return .object(parts)
    }

    /// Reads a document written by `json` (from the server, or merged); throws
    /// `SyncDocumentError` naming the part that is not as expected.
    public init(json: JSONValue) throws {
        guard json["format"] == .string(Self.format) else {
            throw SyncDocumentError(part: "format", expected: "\"\(Self.format)\"")
        }
        guard let caseFile = json["case"], case .object = caseFile else {
            throw SyncDocumentError(part: "case", expected: "a case file")
        }
        caseDocument = JSONWriter.string(caseFile, pretty: false)
        checklist = []
        for (memberId, items) in try Self.pairs(json["checklist"], part: "checklist") {
            for (itemId, entry) in try Self.pairs(items, part: "checklist.\(memberId)") {
                guard case .string(let raw)? = entry["status"], let status = DocumentStatus(rawValue: raw) else {
                    throw SyncDocumentError(part: "checklist.\(memberId).\(itemId).status", expected: "a document status")
                }
                let translation = entry["translationNeeded"] == .bool(true)
                checklist.append(ChecklistStatus(memberId: memberId, itemId: itemId, status: status, translationNeeded: translation))
            }
        }
        taskMarks = [:]
        for (taskId, value) in try Self.pairs(json["taskMarks"], part: "taskMarks") {
            guard case .string(let iso) = value, let day = Day(iso: iso) else {
                throw SyncDocumentError(part: "taskMarks.\(taskId)", expected: "a date (YYYY-MM-DD)")
            }
            taskMarks[taskId] = day
        }
        travel = IomTravel()
        if let fields = json["travel"] {
            for (step, _) in try Self.pairs(fields["steps"], part: "travel.steps") {
                guard let number = Int(step) else { throw SyncDocumentError(part: "travel.steps", expected: "step numbers") }
                travel.stepsDone.insert(number)
            }
            for amount in IomTravel.Amount.allCases {
                if case .number(let cents)? = fields["\(amount.rawValue)Cents"] { travel.cents[amount] = Int(cents) }
            }
        }
        tasks = try Self.pairs(json["tasks"], part: "tasks").map { try SyncTask(json: $0.value, part: "tasks.\($0.key)") }
        notes = try Self.pairs(json["notes"], part: "notes").map { try SyncNote(json: $0.value, part: "notes.\($0.key)") }
    }

    public init(text: String) throws {
        let value: JSONValue
        do { value = try JSONValue.parse(text) } catch {
            throw SyncDocumentError(part: "document", expected: "JSON")
        }
        try self.init(json: value)
    }

    /// The members of an object part (absent: none).
    private static func pairs(_ value: JSONValue?, part: String) throws -> [(key: String, value: JSONValue)] {
        switch value {
        case nil, .null?: return []
        case .object(let pairs)?: return pairs
        default: throw SyncDocumentError(part: part, expected: "an object")
        }
    }

    private static func sorted(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .object(pairs.sorted { $0.0 < $1.0 }.map { (key: $0.0, value: $0.1) })
    }
}

/// A part of a sync document that is not as expected (from a server written by
/// another program, or damaged).
public struct SyncDocumentError: Error, Hashable, Sendable, CustomStringConvertible {
    public var part: String
    public var expected: String
    public var description: String { "\(part): not as expected (expected \(expected))" }
}

/// One of the counsellor's own tasks, as laptops exchange it. Its key (when it was
/// made and a digest of what it says) is the same on every laptop; its number is not.
public struct SyncTask: Hashable, Sendable {
    public var createdAt: String
    public var memberId: String?
    public var title: String
    public var due: Day?
    public var doneOn: Day?

    public init(createdAt: String, memberId: String?, title: String, due: Day?, doneOn: Day?) {
        self.createdAt = createdAt
        self.memberId = memberId
        self.title = title
        self.due = due
        self.doneOn = doneOn
    }

    public var key: String { createdAt + "/" + SyncKey.digest([memberId ?? "", title]) }

    var json: JSONValue {
        var object = ObjectBuilder()
        object["createdAt"] = .string(createdAt)
        object["memberId"] = memberId.map(JSONValue.string)
        object["title"] = .string(title)
        object["due"] = due.map { .string($0.iso) }
        object["doneOn"] = doneOn.map { .string($0.iso) }
        return object.value
    }

    init(json: JSONValue, part: String) throws {
        guard case .string(let createdAt)? = json["createdAt"], case .string(let title)? = json["title"] else {
            throw SyncDocumentError(part: part, expected: "a task with createdAt and title")
        }
        self.createdAt = createdAt
        self.title = title
        if case .string(let member)? = json["memberId"] { memberId = member }
        if case .string(let iso)? = json["due"] { due = Day(iso: iso) }
        if case .string(let iso)? = json["doneOn"] { doneOn = Day(iso: iso) }
    }
}

/// A note, as laptops exchange it: never changed once written, keyed by when, who and
/// a digest of its text.
public struct SyncNote: Hashable, Sendable {
    public var createdAt: String
    public var author: String?
    public var memberId: String?
    public var text: String

    public init(createdAt: String, author: String?, memberId: String?, text: String) {
        self.createdAt = createdAt
        self.author = author
        self.memberId = memberId
        self.text = text
    }

    public var key: String { createdAt + "/" + SyncKey.digest([author ?? "", memberId ?? "", text]) }

    var json: JSONValue {
        var object = ObjectBuilder()
        object["createdAt"] = .string(createdAt)
        object["author"] = author.map(JSONValue.string)
        object["memberId"] = memberId.map(JSONValue.string)
        object["text"] = .string(text)
        return object.value
    }

    init(json: JSONValue, part: String) throws {
        guard case .string(let createdAt)? = json["createdAt"], case .string(let text)? = json["text"] else {
            throw SyncDocumentError(part: part, expected: "a note with createdAt and text")
        }
        self.createdAt = createdAt
        self.text = text
        if case .string(let author)? = json["author"] { self.author = author }
        if case .string(let member)? = json["memberId"] { memberId = member }
    }
}

/// Short digests for keys that must be equal on every laptop (FNV-1a, 64 bits, hex).
enum SyncKey {
    static func digest(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 { hash = (hash ^ 0x1f) &* 0x100_0000_01b3 }
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
