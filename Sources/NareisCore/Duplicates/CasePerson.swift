/// A person on a case file, the sponsor or a member, as "is this family already
/// here?" compares them.
public struct CasePerson: Hashable, Sendable {
    /// nil: the sponsor.
    public var memberId: String?
    /// nil: the sponsor.
    public var relationship: Relationship?
    public var name: String
    public var latinName: String?
    public var vNumber: String?
    public var birthDate: PartialDate

    public init(memberId: String?, relationship: Relationship?, name: String, latinName: String?, vNumber: String?,
                birthDate: PartialDate) {
        self.memberId = memberId
        self.relationship = relationship
        self.name = name
        self.latinName = latinName
        self.vNumber = vNumber
        self.birthDate = birthDate
    }

    /// The keys the person's name is found under (`NameKey.keys`).
    public var nameKeys: [String] { NameKey.keys(name: name, latinName: latinName) }

    /// The sponsor, a partner or a parent: someone a family taken in again brings again.
    public var isParentOfTheFamily: Bool { relationship == nil || relationship == .partner || relationship == .parent }

    /// The name as the case list shows it: the Latin spelling where there is one.
    public var displayName: String { latinName ?? name }
}

extension CaseFile {
    /// The sponsor, then the members in their order.
    public var people: [CasePerson] {
        [CasePerson(memberId: nil, relationship: nil, name: sponsor.name, latinName: sponsor.latinName,
                    vNumber: sponsor.vNumber, birthDate: sponsor.birthDate)]
            + members.map { m in
                CasePerson(memberId: m.id, relationship: m.relationship, name: m.name, latinName: m.latinName,
                           vNumber: m.vNumber, birthDate: m.birthDate)
            }
    }
}

/// When two people on two cases may be one person, and two cases one family.
///
/// These are the counsellor's search settings, not rules of law: a birth year may be
/// wrong by one on a document written from memory, and one shared name is common
/// (Mohammed Ali), two people of one family sharing names and years much less so.
public enum DuplicateRule {
    /// Birth years further apart than this are two people.
    public static let birthYearsApart = 1
    /// Two cases may hold one family when this many of their people match by name,
    /// or one by V-number: one shared name and year alone is too common to show.
    public static let peopleForOneFamily = 2

    /// A name held by more people born in one year than this is a placeholder
    /// ("Onbekend", "NN") or too common to tell families apart: the whole-store list
    /// does not pair cases by it (it would pair each with each), and the intake's
    /// check reads at most `Casework.duplicateCheckLimit` cases.
    public static let crowdedName = 50

    /// Whether people matching so make two cases possibly one family: a V-number, or
    /// `peopleForOneFamily` people of whom one is a parent of the family (sponsor,
    /// partner or parent, on either side) or born on the same known day. Two children
    /// of one family name with common given names and years (cousins, or strangers)
    /// are not enough: measured on the demo caseload, they were most false matches.
    public static func isOneFamily(_ matched: [MatchedPerson]) -> Bool {
        if matched.contains(where: { $0.match == .vNumber }) { return true }
        return matched.count >= peopleForOneFamily && matched.contains { m in
            m.match == .nameAndBirthDate || m.person.isParentOfTheFamily || m.stored.isParentOfTheFamily
        }
    }

    /// The stored case `stored` as a possible duplicate of the people `keyed` (each
    /// with their `nameKeys`): each person paired with the stored person they match
    /// best, each stored person used once; nil unless the matches make one family
    /// (`isOneFamily`).
    public static func possibleDuplicate(of keyed: [(CasePerson, [String])], in stored: CaseFile) -> PossibleDuplicate? {
        let storedPeople = stored.people.map { ($0, $0.nameKeys) }
        var matched: [MatchedPerson] = []
        var used: Set<Int> = []
        for (person, keys) in keyed {
            var best: (index: Int, match: PersonMatch)?
            for (index, (other, otherKeys)) in storedPeople.enumerated() where !used.contains(index) {
                if let match = match(person, keys: keys, other, keys: otherKeys), best.map({ match < $0.match }) ?? true {
                    best = (index, match)
                }
            }
            if let best {
                used.insert(best.index)
                matched.append(MatchedPerson(person: person, stored: storedPeople[best.index].0, match: best.match))
            }
        }
        guard isOneFamily(matched), let sponsor = storedPeople.first?.0 else { return nil }
        return PossibleDuplicate(caseId: stored.id ?? "", sponsor: sponsor, people: matched.sorted { $0.match < $1.match })
    }

    /// How two people match: by V-number (the IND's number for one person), or by a
    /// name key and birth dates that agree: the same day where both are known in
    /// full (or day and month swapped, a common slip between ways of writing a date),
    /// else years at most `birthYearsApart` apart (a date remembered, not read off a
    /// document). Nil when they do not.
    public static func match(_ one: CasePerson, keys oneKeys: [String], _ other: CasePerson,
                             keys otherKeys: [String]) -> PersonMatch? {
        if let v = one.vNumber, !v.isEmpty, v == other.vNumber { return .vNumber }
        let (a, b) = (one.birthDate, other.birthDate)
        guard abs(a.year - b.year) <= birthYearsApart, oneKeys.contains(where: otherKeys.contains) else { return nil }
        guard a.isComplete, b.isComplete else { return .nameAndBirthYear }
        let swapped = a.year == b.year && a.month == b.day && a.day == b.month
        return a == b || swapped ? .nameAndBirthDate : nil
    }
}

/// Why two people may be one, strongest first.
public enum PersonMatch: Int, Comparable, DomainWords {
    case vNumber, nameAndBirthDate, nameAndBirthYear

    public static func < (a: PersonMatch, b: PersonMatch) -> Bool { a.rawValue < b.rawValue }

    public static func words(_ language: Language) -> [PersonMatch: Words] {
        switch language {
        case .en: return [.vNumber: Words("same V-number"), .nameAndBirthDate: Words("same name and birth date"),
                          .nameAndBirthYear: Words("same name, born at most {1} year apart")]
        case .nl: return [.vNumber: Words("zelfde V-nummer"), .nameAndBirthDate: Words("zelfde naam en geboortedatum"),
                          .nameAndBirthYear: Words("zelfde naam, hooguit {1} jaar verschil in geboortejaar")]
        }
    }
}
