import NareisCore

/// A row of `person_keys`: one person of a case under one key of their name (as
/// its number, `NameKey.hash`).
struct PersonKeyRow: Hashable, Sendable {
    var nameHash: Int64
    var birthYear: Int64
    /// '' for the sponsor.
    var memberId: String

    static func rows(of file: CaseFile) -> [PersonKeyRow] {
        var rows: [PersonKeyRow] = []
        for person in file.people {
            for key in person.nameKeys {
                let row = PersonKeyRow(nameHash: NameKey.hash(key), birthYear: Int64(person.birthDate.year), memberId: person.memberId ?? "")
                // Two members of one case may share a name and year (twins named alike).
                if !rows.contains(row) { rows.append(row) }
            }
        }
        return rows
    }
}
