import NareisCasework
import NareisCore

/// A case where a colleague's change collides with one made on this laptop: one row
/// per field both changed, each with the side the counsellor chose (this laptop's
/// until another is chosen). Enter saves every choice at once (`Casework.resolve`).
public struct ConflictBoard: Hashable, Sendable {
    public var conflict: CaseConflict
    /// For each of `conflict.fields`: true when the colleague's value is chosen.
    public var takingTheirs: [Bool]
    /// The fields, by index into `conflict.fields`.
    public var panel: ListPanel<Int>
    /// The cases waiting for a choice, this one included.
    public var pending: Int

    init(conflict: CaseConflict, pending: Int, visible: Int) {
        self.conflict = conflict
        takingTheirs = Array(repeating: false, count: conflict.fields.count)
        panel = ListPanel(rows: Array(conflict.fields.indices), visible: visible)
        self.pending = pending
    }

    /// Rows the explanation takes above the list.
    static let rows = 2

    public static func == (a: ConflictBoard, b: ConflictBoard) -> Bool {
        a.conflict.caseId == b.conflict.caseId && a.conflict.fields == b.conflict.fields && a.takingTheirs == b.takingTheirs
            && a.panel == b.panel && a.pending == b.pending
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(conflict.caseId)
        hasher.combine(takingTheirs)
        hasher.combine(panel)
    }
}

/// The words of a conflict's rows: where a field lies (whose, and which field) and
/// its values, in the catalogues' words where they have one, else as the document
/// names it. Values from the case are drawn through the safe-text path like all case text.
enum ConflictWords {
    /// Whose the field is (a member's name, the sponsor, the family) and what it is.
    static func place(_ field: MergeConflict, in conflict: CaseConflict, _ language: Language) -> (who: String, what: String) {
        let keys = field.path.map { step -> String in
            switch step {
            case .key(let key): return key
            case .id(let id): return id
            }
        }
        func member(_ id: String) -> String {
            guard let member = conflict.file?.members.first(where: { $0.id == id }) else { return id }
            return member.latinName ?? member.name
        }
        let family = WorkText.conflictFamily.text(language)
        switch keys.first {
        case "case":
            if keys.count > 1, keys[1] == "sponsor" {
                return (WorkText.conflictSponsor.text(language), fieldLabel(Array(keys.dropFirst(2)), language))
            }
            if keys.count > 2, keys[1] == "members" {
                let rest = Array(keys.dropFirst(3))
                return (member(keys[2]), rest.isEmpty ? WorkText.conflictMember.text(language) : memberField(rest, language))
            }
            return (WorkText.conflictCase.text(language), fieldLabel(Array(keys.dropFirst()), language))
        case "checklist":
            let who = keys.count > 1 ? member(keys[1]) : family
            guard keys.count > 2 else { return (who, keys.dropFirst().joined(separator: ".")) }
            let item = ChecklistItem(id: keys[2], label: keys[2], rule: "").text(language, .short)
            if keys.count > 3, keys[3] == "translationNeeded" { return (who, item + " \u{00B7} " + WorkText.swornTranslation.text(language)) }
            return (who, item)
        case "travel":
            let rest = Array(keys.dropFirst())
            if rest.count == 2, rest[0] == "steps", let step = Int(rest[1]), TaskTemplate.iomSteps.indices.contains(step) {
                return (family, WorkText.iomStep.text(language, step + 1, TaskTemplate.iomSteps[step].text(language)))
            }
            if let amount = rest.first.flatMap(travelAmount) { return (family, WorkText.iomAmount(amount).text(language)) }
            return (family, rest.joined(separator: "."))
        default:
            return (family, keys.joined(separator: "."))
        }
    }

    /// A field of a member: a procedure event by its name, else an intake question's label.
    static func memberField(_ keys: [String], _ language: Language) -> String {
        if keys.first == "procedure", keys.count > 1 {
            if keys[1] == "investigation" {
                let part: WorkText? = switch keys.count > 2 ? keys[2] : "" {
                case "letter": .investigationLetter
                case "kind": .investigationKind
                case "channel": .investigationChannel
                case "date": .investigationDate
                default: nil
                }
                return WorkText.evInvestigation.text(language) + (part.map { " \u{00B7} " + $0.text(language) } ?? "")
            }
            if let event = ProcedureEvent(rawValue: keys[1]) { return WorkLabels.text(event).text(language) }
            return keys.dropFirst().joined(separator: ".")
        }
        return fieldLabel(keys, language)
    }

    /// An intake question's label by its path (`phone`, `permit.kind`), else the path.
    static func fieldLabel(_ keys: [String], _ language: Language) -> String {
        let key = keys.joined(separator: ".")
        return key.isEmpty ? "" : IntakeView.fieldLabel(key, language)
    }

    static func travelAmount(_ key: String) -> IomTravel.Amount? {
        IomTravel.Amount.allCases.first { $0.rawValue + "Cents" == key }
    }

    /// A value as the counsellor reads it: text as it is, yes/no, an amount in euros,
    /// a document status in words; absent as "(none)".
    static func value(_ value: JSONValue?, of field: MergeConflict, _ language: Language) -> String {
        let last: String? = field.path.last.flatMap { if case .key(let key) = $0 { key } else { nil } }
        switch value {
        case nil, .null?:
            return WorkText.conflictEmpty.text(language)
        case .bool(let flag)?:
            return (flag ? YesNoWord.yes : YesNoWord.no).text(language, .short)
        case .number(let number)?:
            if let last, travelAmount(last) != nil, number == number.rounded() { return Fee(cents: Int(number)).text(language) }
            return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let text)?:
            if field.path.first == .key("checklist"), last == "status", let status = DocumentStatus(rawValue: text) {
                return status.short(language)
            }
            return text
        case let other?:
            return JSONWriter.string(other, pretty: false)
        }
    }
}
