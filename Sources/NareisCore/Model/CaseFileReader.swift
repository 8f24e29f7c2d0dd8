import Foundation

/// Reads `nareis-case/1` documents into `CaseFile`s, strictly: a file with any
/// problem is refused whole, with every problem listed by field path.
/// Text is normalized to NFC so that the same name typed on two keyboards is the
/// same name (SQLite compares bytes).
public enum CaseFileReader {
    /// Limits that keep hostile files from exhausting memory or the screen.
    public enum Limits {
        public static let textLength = 500
        public static let idLength = 64
        public static let members = 100
        public static let problemsReported = 50
        /// Case files in one array (the demo makes at most as many).
        public static let casesPerFile = 1_000_000
        /// Bytes of one case file in an array: a hundred members of 500-character
        /// fields stay far below it; a hostile element is refused before it is read.
        public static let caseFileBytes = 4 << 20
    }

    /// One case file.
    public static func read(_ data: Data) throws -> CaseFile {
        try read(parsing: { try JSONValue.parse(data) })
    }

    /// One case file held as text (a stored document), parsed where it lies.
    public static func read(_ text: String) throws -> CaseFile {
        try read(parsing: { try JSONValue.parse(text) })
    }

    /// The case file `parse` gives, its JSON errors told as the input's.
    private static func read(parsing parse: () throws -> JSONValue) throws -> CaseFile {
        let value: JSONValue
        do { value = try parse() } catch let error as JSONParseError {
            throw CaseFileError(path: "", "input: \(error.description)")
        }
        return try read(value, path: "")
    }

    /// One case file, a JSON array of them, or JSON Lines (one case file per line).
    /// Problems in an array are named `[i].field`, in JSON Lines `line N: field`.
    public static func readMany(_ data: Data) throws -> [CaseFile] {
        if let elements = try arrayElements(data) {
            let read = readElements(of: data, at: elements[...])
            if let error = read.notJSON { throw CaseFileError(path: "", "input: \(error.description)") }
            if !read.problems.isEmpty { throw CaseFileError(problems: Array(read.problems.prefix(Limits.problemsReported))) }
            return read.cases
        }
        if let value = try? JSONValue.parse(data) { return [try read(value, path: "")] }
        // Not one JSON value: try JSON Lines.
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count > 1 else { _ = try read(data); return [] }
        var cases: [CaseFile] = []
        var problems: [CaseFileError.Problem] = []
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
            if trimmed.isEmpty || trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let prefix = "line \(index + 1)"
            do {
                let value = try JSONValue.parse(Data(line))
                cases.append(try read(value, path: ""))
            } catch let error as JSONParseError {
                problems.append(.init(path: prefix, message: error.description))
            } catch let error as CaseFileError {
                problems += error.problems.map { .init(path: prefix + ($0.path.isEmpty ? "" : ": " + $0.path), message: $0.message) }
            }
        }
        if !problems.isEmpty { throw CaseFileError(problems: Array(problems.prefix(Limits.problemsReported))) }
        return cases
    }

    /// Where each element of a top-level JSON array lies in `data` (nil: not an array
    /// so laid out), for reading a large file a part at a time with `readElements`.
    /// Throws when the array holds more than `Limits.casesPerFile` elements.
    public static func arrayElements(_ data: Data) throws -> [Range<Int>]? {
        let elements = data.withUnsafeBytes {
            JSONParser.topLevelArrayElements($0.bindMemory(to: UInt8.self), maximumCount: Limits.casesPerFile)
        }
        switch elements {
        case .elements(let ranges): return ranges
        case .notAnArray: return nil
        case .tooMany:
            throw CaseFileError(path: "", "input: more than \(Limits.casesPerFile) case files (expected at most \(Limits.casesPerFile) in one import)")
        }
    }

    /// The case files of some elements of a JSON array, read on every core.
    public struct ElementsRead: Sendable {
        public var cases: [CaseFile] = []
        /// Every problem, named `[i].field` by the element's index in the whole array.
        public var problems: [CaseFileError.Problem] = []
        /// The first element that is not well-formed JSON, if any (positions in the
        /// whole input).
        public var notJSON: JSONParseError?
    }

    /// Reads the elements at `ranges` (a slice of `arrayElements(data)`, its indices
    /// the elements' indices in the array).
    public static func readElements(of data: Data, at ranges: ArraySlice<Range<Int>>) -> ElementsRead {
        enum Element: Sendable {
            case read(CaseFile)
            case refused([CaseFileError.Problem])
            case notJSON(JSONParseError)
        }
        let elements: [Element] = data.withUnsafeBytes { raw in
            nonisolated(unsafe) let all = raw.bindMemory(to: UInt8.self)
            return parallelMap(Array(zip(ranges.indices, ranges))) { index, range in
                guard range.count <= Limits.caseFileBytes else {
                    return .refused([.init(path: "[\(index)]", message:
                        "is \(range.count) bytes long (expected a case file of at most \(Limits.caseFileBytes) bytes)")])
                }
                let value: JSONValue
                do throws(JSONParseError) {
                    value = try JSONParser.parse(UnsafeBufferPointer(rebasing: all[range]), offset: range.lowerBound)
                } catch {
                    return .notJSON(error)
                }
                do { return .read(try read(value, path: "[\(index)]")) } catch let error as CaseFileError {
                    return .refused(error.problems)
                } catch {
                    return .refused([.init(path: "[\(index)]", message: "\(error)")])
                }
            }
        }
        var result = ElementsRead()
        for element in elements {
            switch element {
            case .read(let file): result.cases.append(file)
            case .refused(let found): result.problems += found
            case .notJSON(let error): result.notJSON = result.notJSON ?? error
            }
        }
        return result
    }

    /// One case file from an already parsed value; `path` prefixes every field name.
    public static func read(_ value: JSONValue, path: String) throws -> CaseFile {
        let root = Fields(value, path: path)
        guard root.isObject else {
            throw CaseFileError(path: path, "\(Fields.show(value)) is not a case file (expected an object with \"format\": \"\(CaseFile.format)\")")
        }
        if let format = root.text("format", required: true), format != CaseFile.format {
            root.problem("format", "\(Fields.show(.string(format))) is not supported (expected \"\(CaseFile.format)\")")
        }
        let id = root.identifier("id")
        let asOf = root.day("asOf")
        let sponsor = readSponsor(root.object("sponsor", required: true))
        var members: [Member] = []
        if let list = root.array("members", required: false) {
            if list.count > Limits.members {
                root.problem("members", "\(list.count) members is more than \(Limits.members) (expected at most \(Limits.members))")
            }
            var seen: Set<String> = []
            for (index, item) in list.prefix(Limits.members).enumerated() {
                if let member = readMember(item, path: root.path("members") + "[\(index)]", sink: root.sink) {
                    if !seen.insert(member.id).inserted {
                        root.problem("members[\(index)].id", "\(Fields.show(.string(member.id))) is used by an earlier member (expected a unique id)")
                    }
                    members.append(member)
                }
            }
        }
        root.sink.refuseUnknownFields()
        if !root.problems.isEmpty {
            throw CaseFileError(problems: Array(root.problems.prefix(Limits.problemsReported)))
        }
        return CaseFile(id: id, asOf: asOf, sponsor: sponsor!, members: members)
    }

    private static func readSponsor(_ f: Fields?) -> Sponsor? {
        guard let f else { return nil }
        let name = f.text("name", required: true)
        let latinName = f.text("latinName")
        let vNumber = f.identifier("vNumber")
        let birthDate = f.partialDate("birthDate", required: true)
        let nationality = f.country("nationality", required: true)
        let applied = f.day("asylumApplicationDate", required: true)
        let unaccompanied = f.bool("unaccompaniedAtApplication")
        let permitFields = f.object("permit", required: true)
        let kind: Permit.Kind? = permitFields?.choice("kind", required: true)
        let decided = permitFields?.day("decisionDate", required: true)
        let status: Permit.Status? = permitFields?.choice("status")
        let subsequent = f.bool("subsequentApplication")
        let counsellor = f.text("counsellor")
        let phone = f.text("phone")
        let email = f.text("email")
        let address = f.text("address")
        let housing: Housing? = f.choice("housing")
        guard let name, let birthDate, let nationality, let applied, let kind, let decided else { return nil }
        return Sponsor(name: name, latinName: latinName, vNumber: vNumber, birthDate: birthDate,
                       nationality: nationality, asylumApplicationDate: applied,
                       unaccompaniedAtApplication: unaccompanied,
                       permit: Permit(kind: kind, decisionDate: decided, status: status),
                       subsequentApplication: subsequent, counsellor: counsellor,
                       phone: phone, email: email, address: address, housing: housing)
    }

    private static func readMember(_ value: JSONValue, path: String, sink: Fields.ProblemSink) -> Member? {
        let f = Fields(value, path: path, sink: sink)
        guard f.isObject else {
            f.problem("", "\(Fields.show(value)) is not a member (expected an object)")
            return nil
        }
        let id = f.identifier("id", required: true)
        let name = f.text("name", required: true)
        let latinName = f.text("latinName")
        let vNumber = f.identifier("vNumber")
        let relationship: Relationship? = f.choice("relationship", required: true)
        let birthDate = f.partialDate("birthDate", required: true)
        let nationality = f.country("nationality", required: true)
        let residence = f.country("residence")
        let familyBeforeEntry = f.bool("familyBeforeEntry")

        var partner: PartnerDetails?
        if let p = f.object("partner") { partner = PartnerDetails(kind: p.choice("kind")) }
        var child: ChildDetails?
        if let c = f.object("child") {
            var youngAdult: YoungAdultConditions?
            if let y = c.object("youngAdult") {
                youngAdult = YoungAdultConditions(
                    livedWithFamilyAtEntry: y.bool("livedWithFamilyAtEntry"), ownIncome: y.bool("ownIncome"),
                    ownFamily: y.bool("ownFamily"), beyondControl: y.bool("beyondControl"))
            }
            child = ChildDetails(kind: c.choice("kind"), otherParent: c.choice("otherParent"),
                                 bioParentsDeceased: c.bool("bioParentsDeceased"), youngAdult: youngAdult)
        }
        var parent: ParentDetails?
        if let p = f.object("parent") { parent = ParentDetails(kind: p.choice("kind")) }
        var sibling: SiblingDetails?
        if let s = f.object("sibling") { sibling = SiblingDetails(otherParent: s.choice("otherParent")) }

        if let relationship {
            // Details that contradict the relationship are refused rather than ignored.
            let allowed: [Relationship: Set<String>] = [
                .partner: ["partner"], .child: ["child"], .parent: ["parent"],
                .sibling: ["sibling", "child"], .other: [],
            ]
            for key in ["partner", "child", "parent", "sibling"] where f.has(key) && !allowed[relationship]!.contains(key) {
                f.problem(key, "given for a member whose relationship is \(relationship.rawValue) (expected only for \(key == "child" ? "child or sibling" : key))")
            }
        }
        let procedure = f.object("procedure").map(readProcedure) ?? Procedure()

        guard let id, let name, let relationship, let birthDate, let nationality else { return nil }
        return Member(id: id, name: name, latinName: latinName, vNumber: vNumber, relationship: relationship,
                      partner: partner, child: child, parent: parent, sibling: sibling, birthDate: birthDate,
                      nationality: nationality, residence: residence, familyBeforeEntry: familyBeforeEntry,
                      procedure: procedure)
    }

    private static func readProcedure(_ f: Fields) -> Procedure {
        var p = Procedure()
        p.framework = f.choice("framework")
        p.lateExcuse = f.text("lateExcuse")
        p.submitted = f.day("submitted")
        p.rectificationLetter = f.day("rectificationLetter")
        p.rectificationDue = f.day("rectificationDue")
        p.completed = f.day("completed")
        p.decisionExtendedTo = f.day("decisionExtendedTo")
        if let i = f.object("investigation") {
            let letter = i.day("letter", required: true)
            let kind: Investigation.Kind? = i.choice("kind", required: true)
            let channel: Investigation.Channel? = i.choice("channel", required: true)
            let date = i.day("date")
            if let letter, let kind, let channel {
                p.investigation = Investigation(letter: letter, kind: kind, channel: channel, date: date)
            }
        }
        if let d = f.object("decision") {
            let date = d.day("date", required: true)
            let outcome: Decision.Outcome? = d.choice("outcome", required: true)
            if let date, let outcome { p.decision = Decision(date: date, outcome: outcome) }
        }
        p.objectionFiled = f.day("objectionFiled")
        p.mvvAppointment = f.day("mvvAppointment")
        p.mvvIssued = f.day("mvvIssued")
        p.passportValidUntil = f.day("passportValidUntil")
        p.travelBooked = f.day("travelBooked")
        p.coaRequested = f.day("coaRequested")
        p.coaConfirmed = f.day("coaConfirmed")
        p.plannedArrival = f.day("plannedArrival")
        p.arrival = f.day("arrival")
        p.registeredAtIND = f.day("registeredAtIND")
        p.permitCollected = f.day("permitCollected")
        p.representation = f.text("representation")
        return p
    }
}

/// Typed access to the fields of one JSON object, collecting problems (shared
/// by every nested reader of one document) instead of stopping at the first.
///
/// A field is known when the reader asks for it: every object remembers the keys
/// asked of it, and `ProblemSink.refuseUnknownFields` refuses the others once the
/// document is read, so that no field is ever dropped silently and a field the
/// reader learns to read is known without a second list to keep.
final class Fields {
    private let pairs: [String: JSONValue]
    let isObject: Bool
    private let base: String
    let sink: ProblemSink
    /// This object's entry in `sink.objects` (nil: not an object).
    private let entry: Int?

    final class ProblemSink {
        var problems: [CaseFileError.Problem] = []
        /// Every object of the document, in the order it was read.
        fileprivate var objects: [ObjectKeys] = []

        fileprivate struct ObjectKeys {
            let path: String
            /// The object's keys in document order, each once.
            let keys: [String]
            /// The keys the reader asked for, present or not: the object's known fields.
            var asked: [String] = []
        }

        /// Reports every key of every object that the reader did not ask for, once,
        /// by its path, naming the closest known field of that object when one is close.
        func refuseUnknownFields() {
            for object in objects {
                for key in object.keys where !object.asked.contains(key) {
                    let suggestion = UnknownField.closest(to: key, among: object.asked)
                    problems.append(.init(path: Fields.join(object.path, UnknownField.shown(key)),
                                          message: UnknownField.message(suggestion: suggestion)))
                }
            }
        }
    }

    var problems: [CaseFileError.Problem] { sink.problems }

    init(_ value: JSONValue, path: String, sink: ProblemSink = ProblemSink()) {
        if case .object(let list) = value {
            var dict: [String: JSONValue] = [:]
            var keys: [String] = []
            for pair in list {
                if dict.updateValue(pair.value, forKey: pair.key) == nil { keys.append(pair.key) }
            }
            pairs = dict
            isObject = true
            entry = sink.objects.count
            sink.objects.append(.init(path: path, keys: keys))
        } else {
            pairs = [:]
            isObject = false
            entry = nil
        }
        base = path
        self.sink = sink
    }

    func path(_ key: String) -> String { Fields.join(base, key) }

    static func join(_ base: String, _ key: String) -> String {
        key.isEmpty ? base : (base.isEmpty || base.hasSuffix("]") && key.hasPrefix("[") ? base + key : base + "." + key)
    }

    func problem(_ key: String, _ message: String) {
        sink.problems.append(.init(path: path(key), message: message))
    }

    func has(_ key: String) -> Bool {
        if let value = pairs[key], value != .null { return true }
        return false
    }

    /// The value at `key`; null counts as absent. Reports a missing required field.
    private func value(_ key: String, required: Bool, expected: String) -> JSONValue? {
        if let entry { sink.objects[entry].asked.append(key) }
        guard let value = pairs[key], value != .null else {
            if required { problem(key, "missing (expected \(expected))") }
            return nil
        }
        return value
    }

    func text(_ key: String, required: Bool = false, maxLength: Int = CaseFileReader.Limits.textLength) -> String? {
        guard let value = value(key, required: required, expected: "text") else { return nil }
        guard case .string(let raw) = value else {
            problem(key, "\(Fields.show(value)) is not text (expected a string)")
            return nil
        }
        // Below U+0300 there is nothing to compose (no combining marks, nothing NFC
        // changes), so most fields (IDs, days, codes, Latin names) skip Foundation's
        // normalization, which was a third of reading a case file.
        let text = raw.unicodeScalars.allSatisfy({ $0.value < 0x300 }) ? raw : raw.precomposedStringWithCanonicalMapping
        if required && text.unicodeScalars.allSatisfy(\.isBlank) {
            problem(key, "is empty (expected text)")
            return nil
        }
        // A character is at least a byte: count characters only when the bytes could exceed the limit.
        if text.utf8.count > maxLength, text.count > maxLength {
            problem(key, "is \(text.count) characters long (expected at most \(maxLength))")
            return nil
        }
        if text.utf8.contains(0) {
            problem(key, "contains a NUL character (expected printable text)")
            return nil
        }
        return text
    }

    /// Case and member IDs, V-numbers: short, printable, no spaces.
    func identifier(_ key: String, required: Bool = false) -> String? {
        guard let text = text(key, required: required, maxLength: CaseFileReader.Limits.idLength) else { return nil }
        let allowed = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0)
        }
        guard allowed, !text.isEmpty else {
            problem(key, "\(Fields.show(.string(text))) is not an identifier (expected letters, digits, '-', '_', '.' or '/')")
            return nil
        }
        return text
    }

    func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let value = value(key, required: required, expected: "true or false") else { return nil }
        guard case .bool(let b) = value else {
            problem(key, "\(Fields.show(value)) is not a boolean (expected true or false)")
            return nil
        }
        return b
    }

    func day(_ key: String, required: Bool = false) -> Day? {
        guard let value = value(key, required: required, expected: "a date (YYYY-MM-DD)") else { return nil }
        guard case .string(let s) = value, let day = Day(iso: s) else {
            problem(key, "\(Fields.show(value)) is not a date (expected YYYY-MM-DD)")
            return nil
        }
        return day
    }

    func partialDate(_ key: String, required: Bool = false) -> PartialDate? {
        let expected = "YYYY-MM-DD, YYYY-MM or YYYY"
        guard let value = value(key, required: required, expected: "a date (\(expected))") else { return nil }
        guard case .string(let s) = value, let date = PartialDate(parsing: s) else {
            problem(key, "\(Fields.show(value)) is not a date (\(expected))")
            return nil
        }
        return date
    }

    /// ISO 3166-1 alpha-3 codes; `XXA` stateless, `XXX` unknown.
    func country(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key, required: required, expected: "a country code (ISO 3166-1 alpha-3, e.g. SYR)") else { return nil }
        guard case .string(let s) = value, s.count == 3, s.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            problem(key, "\(Fields.show(value)) is not a country code (expected ISO 3166-1 alpha-3 in capitals, e.g. SYR; XXA stateless, XXX unknown)")
            return nil
        }
        return s
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> T? where T.RawValue == String {
        let options = T.allCases.map(\.rawValue).joined(separator: ", ")
        guard let value = value(key, required: required, expected: "one of \(options)") else { return nil }
        guard case .string(let s) = value, let choice = T(rawValue: s) else {
            problem(key, "\(Fields.show(value)) is not one of \(options)")
            return nil
        }
        return choice
    }

    func object(_ key: String, required: Bool = false) -> Fields? {
        guard let value = value(key, required: required, expected: "an object") else { return nil }
        let fields = Fields(value, path: path(key), sink: sink)
        guard fields.isObject else {
            problem(key, "\(Fields.show(value)) is not an object (expected { … })")
            return nil
        }
        return fields
    }

    func array(_ key: String, required: Bool = false) -> [JSONValue]? {
        guard let value = value(key, required: required, expected: "a list") else { return nil }
        guard case .array(let items) = value else {
            problem(key, "\(Fields.show(value)) is not a list (expected [ … ])")
            return nil
        }
        return items
    }

    /// A short, escaped rendering of a value for messages (never raw control characters).
    static func show(_ value: JSONValue) -> String {
        switch value {
        case .string(let s):
            let clipped = s.count > 40 ? String(s.prefix(40)) + "…" : s
            return JSONWriter.quoted(clipped)
        case .object: return "an object"
        case .array: return "a list"
        default: return JSONWriter.string(value, pretty: false)
        }
    }
}
