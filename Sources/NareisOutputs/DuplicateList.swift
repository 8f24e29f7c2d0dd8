import NareisCore

/// `nareis duplicates`: the pairs of stored cases that may hold one family, each
/// with the people who match and why, for the counsellor to look at. Names are
/// printed on one line each with their control characters made spaces.
public enum DuplicateList {
    public static func render(_ pairs: [DuplicateCasePair], language: Language) -> String {
        guard !pairs.isEmpty else { return DuplicateListText.none.text(language) + "\n" }
        var out = (pairs.count == 1 ? DuplicateListText.one.text(language)
                   : DuplicateListText.count.text(language, String(pairs.count))) + "\n"
        for pair in pairs {
            out += "\n\(pair.caseId)  \(describe(pair.sponsor, language))\n"
            out += "\(pair.other.caseId)  \(describe(pair.other.sponsor, language))\n"
            for matched in pair.other.people {
                out += "  \(describe(matched.person, language)) ~ \(describe(matched.stored, language)): "
                    + matched.match.short(language, DuplicateRule.birthYearsApart) + "\n"
            }
        }
        return out
    }

    /// "Tesfay Habtom (referent, geboren 1 maart 1988)".
    static func describe(_ person: CasePerson, _ language: Language) -> String {
        let role = person.relationship.map { $0.short(language) } ?? DuplicateListText.sponsor.text(language)
        return CleanText.singleLine(person.displayName) + " (\(role), "
            + DuplicateListText.born.text(language) + " " + person.birthDate.text(language) + ")"
    }
}
