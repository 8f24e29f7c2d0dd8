import NareisCore

/// "Is this family already here?", before an intake is saved and over the whole store.
extension Casework {
    /// The most stored cases one intake's check compares: a very common name and year
    /// (Mohammed Ali, 1990) must not make the check slow.
    public static let duplicateCheckLimit = 50

    /// The stored cases that may hold the family of `file` (`DuplicateRule.isOneFamily`:
    /// a V-number, or two people by name and birth year), strongest first; `file`'s
    /// own stored case left out.
    public func possibleDuplicates(of file: CaseFile) throws -> [PossibleDuplicate] {
        let people = file.people
        let keyed = people.map { ($0, $0.nameKeys) }
        var candidates = try storage.caseIds(withVNumbers: people.compactMap(\.vNumber).filter { !$0.isEmpty })
        for (person, keys) in keyed where candidates.count < Self.duplicateCheckLimit {
            let year = person.birthDate.year, apart = DuplicateRule.birthYearsApart
            for id in try storage.caseIds(withPeopleUnder: keys, bornIn: (year - apart)...(year + apart),
                                          limit: Self.duplicateCheckLimit)
            where !candidates.contains(id) && candidates.count < Self.duplicateCheckLimit {
                candidates.append(id)
            }
        }
        var found: [PossibleDuplicate] = []
        for id in candidates where id != file.id {
            guard let stored = try storage.loadCase(id: id),
                  let duplicate = DuplicateRule.possibleDuplicate(of: keyed, in: stored) else { continue }
            found.append(duplicate)
        }
        return found.sorted { ($0.strength.0, $0.strength.1, $0.caseId) < ($1.strength.0, $1.strength.1, $1.caseId) }
    }

    /// Every pair of stored cases that may hold one family: sharing a V-number, or
    /// `DuplicateRule.peopleForOneFamily` people by name and birth year. In case ID order.
    public func duplicateCases() throws -> [DuplicateCasePair] {
        let pairs = Set(try storage.casePairsSharingVNumbers()).union(
            try storage.casePairsSharingPeople(yearsApart: DuplicateRule.birthYearsApart,
                                               people: DuplicateRule.peopleForOneFamily, crowded: DuplicateRule.crowdedName))
        var found: [DuplicateCasePair] = []
        for pair in pairs.sorted(by: { ($0.one, $0.other) < ($1.one, $1.other) }) {
            // The index counts people under a shared key; the rule has the last word.
            guard let one = try storage.loadCase(id: pair.one), let other = try storage.loadCase(id: pair.other),
                  let duplicate = DuplicateRule.possibleDuplicate(of: one.people.map { ($0, $0.nameKeys) }, in: other)
            else { continue }
            found.append(DuplicateCasePair(caseId: pair.one, sponsor: one.people[0], other: duplicate))
        }
        return found
    }
}
