import NareisCore

/// The case the probes write: a sponsor and one partner, nothing personal.
enum ProbeCase {
    static func make(id: String) -> CaseFile {
        CaseFile(
            id: id,
            sponsor: Sponsor(name: "Probe Sponsor", birthDate: PartialDate(year: 1990)!, nationality: "SYR",
                             asylumApplicationDate: Day(year: 2024, month: 1, day: 1)!,
                             permit: Permit(kind: .asylum, decisionDate: Day(year: 2024, month: 6, day: 1)!)),
            members: [Member(id: "m1", name: "Probe Member", relationship: .partner, birthDate: PartialDate(year: 1991)!,
                             nationality: "SYR")])
    }
}
