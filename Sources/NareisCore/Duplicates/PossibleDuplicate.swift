/// One person of a case who may be a person of another, and why.
public struct MatchedPerson: Hashable, Sendable {
    /// The person in the case being compared (the new intake, or the first case of a pair).
    public var person: CasePerson
    /// The person in the other, stored case.
    public var stored: CasePerson
    public var match: PersonMatch

    public init(person: CasePerson, stored: CasePerson, match: PersonMatch) {
        self.person = person
        self.stored = stored
        self.match = match
    }
}

/// A stored case the family being looked at may already be in: its ID, its sponsor,
/// and the people who match, strongest first.
public struct PossibleDuplicate: Hashable, Sendable {
    public var caseId: String
    public var sponsor: CasePerson
    public var people: [MatchedPerson]

    public init(caseId: String, sponsor: CasePerson, people: [MatchedPerson]) {
        self.caseId = caseId
        self.sponsor = sponsor
        self.people = people
    }

    /// How strong the case is as a duplicate, for ordering (smaller first): its
    /// strongest match (V-number, then name and full birth date, then name and year),
    /// then the more people matched.
    public var strength: (PersonMatch, Int) { (people.map(\.match).min() ?? .nameAndBirthYear, -people.count) }
}

/// Two stored cases that may hold one family (`nareis duplicates`).
public struct DuplicateCasePair: Hashable, Sendable {
    public var caseId: String
    public var sponsor: CasePerson
    /// The other case, with the people of the first that match people of it.
    public var other: PossibleDuplicate

    public init(caseId: String, sponsor: CasePerson, other: PossibleDuplicate) {
        self.caseId = caseId
        self.sponsor = sponsor
        self.other = other
    }
}
