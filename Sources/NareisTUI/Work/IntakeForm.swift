import Foundation
import NareisCasework
import NareisCore

/// The intake form: the sponsor's questions, then each member's (those that apply
/// to the member's relationship), then a review with the live assessment. Each
/// keystroke updates the draft and validates it with the case-file reader, so
/// a message shows at its field as the counsellor types.
public struct IntakeForm: Hashable, Sendable {
    public enum Step: Hashable, Sendable {
        case sponsor
        case member(Int)
        case review
    }

    public var draft: IntakeDraft
    /// The stored draft this form continues, if saved before.
    public var draftNumber: Int64?
    /// 0: sponsor, 1 ... members: a member, members + 1: review.
    public private(set) var stepIndex = 0
    public private(set) var fieldIndex = 0
    public private(set) var editor = LineEditor()
    public private(set) var problems: [IntakeDraft.Location: String] = [:]
    /// Fields the counsellor has been in: their problems show (an untouched empty
    /// field is not yet an error).
    private var visited: Set<IntakeDraft.Location> = []
    /// A message about the whole form (e.g. why saving was refused).
    public var message: String?
    /// The live assessment the review shows (nil while the draft is not a case
    /// file), set by `reviewed` when the review is reached and forgotten when an
    /// answer changes.
    public private(set) var review: OpenCase?
    /// The stored cases the family may already be in, strongest first (set with `review`).
    public private(set) var possibleDuplicates: [PossibleDuplicate] = []
    /// Which of them Ctrl-O opens (Up/Down at the review move it).
    public private(set) var knownSelection = 0
    private var reviewIsCurrent = false

    /// The interface language: a choice shows as its word in it ("gehuwd"), the
    /// draft keeps the value the case file stores ("married").
    public var language: Language = .en {
        didSet { if language != oldValue { loadEditor() } }
    }

    /// The day the questions are judged on (a member's age): the workstation's day;
    /// nil asks every question of the relationship.
    public var asOf: Day?

    public init(draft: IntakeDraft = IntakeDraft(), draftNumber: Int64? = nil, startAt step: Int = 0) {
        self.draft = draft
        self.draftNumber = draftNumber
        stepIndex = max(0, min(step, draft.members.count + 1))
        problems = draft.validate()
        if draft.caseId != nil { visited = Set(problems.keys) }
        loadEditor()
    }

    public var isEditingStoredCase: Bool { draft.caseId != nil && draftIsEdit }
    /// Set when the form was opened on a stored case (not a new case with an ID typed).
    public var draftIsEdit = false

    public var stepCount: Int { draft.members.count + 2 }

    public var step: Step {
        if stepIndex == 0 { return .sponsor }
        if stepIndex <= draft.members.count { return .member(stepIndex - 1) }
        return .review
    }

    /// The questions of the current step.
    public var fields: [IntakeField] {
        switch step {
        case .sponsor: return IntakeField.sponsorFields
        case .member(let index):
            guard let asOf else {
                return IntakeField.memberFields(for: draft.members[index]["relationship"].flatMap(Relationship.init(rawValue:)))
            }
            return IntakeField.memberFields(for: draft.members[index], on: asOf)
        case .review: return []
        }
    }

    /// Whether the review is shown without an assessment of the current answers.
    var needsReview: Bool {
        if case .review = step { return !reviewIsCurrent }
        return false
    }

    mutating func reviewed(_ review: OpenCase?, possibleDuplicates: [PossibleDuplicate] = []) {
        self.review = review
        self.possibleDuplicates = possibleDuplicates
        knownSelection = 0
        reviewIsCurrent = true
    }

    /// The most of them the review lists (and Up/Down choose from); `nareis
    /// duplicates` has them all.
    static let knownCasesShown = 3

    /// Moves the choice among the cases the family may be in, within those the review lists.
    mutating func selectKnown(by delta: Int) {
        let count = min(Self.knownCasesShown, possibleDuplicates.count)
        guard count > 0 else { return }
        knownSelection = max(0, min(count - 1, knownSelection + delta))
    }

    /// The answers changed: validate again, and the review is out of date.
    private mutating func answersChanged() {
        problems = draft.validate()
        review = nil
        possibleDuplicates = []
        reviewIsCurrent = false
    }

    public var field: IntakeField? { fields.indices.contains(fieldIndex) ? fields[fieldIndex] : nil }

    public func location(of field: IntakeField) -> IntakeDraft.Location {
        switch step {
        case .member(let index): return .member(index, field.key)
        default: return .sponsor(field.key)
        }
    }

    public func answer(_ field: IntakeField) -> String {
        switch step {
        case .sponsor: return draft.sponsor[field.key] ?? ""
        case .member(let index): return draft.members[index][field.key] ?? ""
        case .review: return ""
        }
    }

    /// An answer as the form shows it: a choice as its word in the interface language,
    /// a country stored by its code (a case being edited) by its name.
    public func shown(_ field: IntakeField) -> String {
        let value = answer(field)
        if field.kind == .country, value.count == 3, value == value.uppercased(), let country = CountryNames.named(value) {
            return country.name(language)
        }
        guard !field.choices.isEmpty, field.choices.contains(value) else { return value }
        return field.label(of: value, language)
    }

    /// The problem to show at a field of this step, in the interface language: once
    /// visited or answered.
    public func problem(at field: IntakeField) -> String? {
        let location = location(of: field)
        guard visited.contains(location) || !answer(field).isEmpty, problems[location] != nil else { return nil }
        return IntakeProblemText.text(field, answer: answer(field), language)
    }

    /// Every problem, for the review, in the interface language (the reader's own words
    /// only where no field of the form is concerned).
    public var allProblems: [(IntakeDraft.Location, String)] {
        problems.sorted { order($0.key) < order($1.key) }.map { location, message in
            guard let (field, answer) = fieldAndAnswer(at: location) else { return (location, message) }
            return (location, IntakeProblemText.text(field, answer: answer, language))
        }
    }

    private func fieldAndAnswer(at location: IntakeDraft.Location) -> (IntakeField, String)? {
        switch location {
        case .sponsor(let key):
            return IntakeField.sponsorFields.first { $0.key == key }.map { ($0, draft.sponsor[key] ?? "") }
        case .member(let index, let key):
            guard draft.members.indices.contains(index) else { return nil }
            return IntakeField.memberFields.first { $0.key == key }.map { ($0, draft.members[index][key] ?? "") }
        case .caseFile:
            return nil
        }
    }

    private func order(_ location: IntakeDraft.Location) -> (Int, Int) {
        switch location {
        case .caseFile: return (-1, 0)
        case .sponsor(let key): return (0, IntakeField.sponsorFields.firstIndex { $0.key == key } ?? 99)
        case .member(let index, let key): return (index + 1, IntakeField.memberFields.firstIndex { $0.key == key } ?? 99)
        }
    }

    // MARK: - Typing

    public mutating func type(_ character: Character) {
        guard let field else { return }
        // Space steps a choice on, as Right does; other keys narrow it.
        if character == " ", !field.choices.isEmpty { return pick(step: 1) }
        guard editor.insert(character) else { return }
        store()
    }

    public mutating func edit(_ action: Action) {
        guard let field else { return }
        if !field.choices.isEmpty, action == .editLeft || action == .editRight {
            return pick(step: action == .editRight ? 1 : -1)
        }
        guard editor.apply(action) else { return }
        store()
    }

    /// The next or previous value of a choice field, shown and stored at once.
    private mutating func pick(step: Int) {
        guard let field, let value = field.choice(after: field.choice(typed: editor.text), step: step) else { return }
        editor = LineEditor(field.label(of: value, language), limit: 40)
        store()
    }

    /// The editor's text into the draft, and validation again.
    private mutating func store() {
        guard let field else { return }
        // A choice is stored as the value it picks (`geh` -> `married`); text that
        // picks none stays as typed, for the reader to refuse in place.
        let text = field.choices.isEmpty ? editor.text : (field.choice(typed: editor.text) ?? editor.text)
        switch step {
        case .sponsor: draft.sponsor[field.key] = text.isEmpty ? nil : text
        case .member(let index): draft.members[index][field.key] = text.isEmpty ? nil : text
        case .review: return
        }
        visited.insert(location(of: field))
        answersChanged()
        message = nil
    }

    private mutating func loadEditor() {
        guard let field else {
            editor = LineEditor()
            return
        }
        editor = LineEditor(shown(field), limit: field.kind == .text ? 200 : 40)
    }

    // MARK: - Moving

    public mutating func moveField(by delta: Int) {
        if let field { visited.insert(location(of: field)) }
        let target = fieldIndex + delta
        if target >= fields.count, stepIndex < stepCount - 1 {
            go(toStep: stepIndex + 1)
        } else if target < 0, stepIndex > 0 {
            go(toStep: stepIndex - 1)
            fieldIndex = max(0, fields.count - 1)
            loadEditor()
        } else if target < 0 || target >= fields.count {
            // The ends of the form wrap: Shift-Tab on the first field goes to the last.
            fieldIndex = fields.isEmpty ? 0 : (target + fields.count) % fields.count
            loadEditor()
        } else {
            fieldIndex = max(0, min(max(0, fields.count - 1), target))
            loadEditor()
        }
    }

    public mutating func go(toStep index: Int) {
        if let field { visited.insert(location(of: field)) }
        stepIndex = max(0, min(stepCount - 1, index))
        fieldIndex = 0
        if case .review = step { visited.formUnion(problems.keys) }
        loadEditor()
    }

    public mutating func addMember() {
        draft.members.append(draft.answersForNewMember)
        answersChanged()
        go(toStep: draft.members.count)
    }

    public mutating func removeMember() {
        guard case .member(let index) = step else { return }
        draft.members.remove(at: index)
        // Problems and visits are by member index: start the marks afresh.
        visited = []
        answersChanged()
        go(toStep: min(stepIndex, stepCount - 1))
    }

    /// What the form started with (a new intake's counsellor, filled in): not an
    /// answer of the counsellor's.
    private var prefilled: [String: String] = [:]

    /// A new intake with the counsellor filled in (the one of the store's newest case:
    /// a counsellor takes in one family after another).
    public init(counsellor: String?) {
        self.init(draft: IntakeDraft(sponsor: counsellor.map { ["counsellor": $0] } ?? [:]))
        prefilled = draft.sponsor
    }

    /// Whether anything has been typed (an empty form is not worth a draft).
    public var hasAnswers: Bool {
        draft.sponsor != prefilled || draft.members.contains { !$0.isEmpty }
    }

    /// The sponsor's name (Latin if typed) of a stored draft, for the list of drafts.
    public static func sponsorName(ofDraft document: String) -> String? {
        guard let json = try? JSONValue.parse(document) else { return nil }
        let sponsor = IntakeDraft(json: json).sponsor
        return sponsor["latinName"] ?? sponsor["name"]
    }
}
