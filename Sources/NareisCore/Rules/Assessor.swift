/// Assesses a case on a given day. (Entry point; the rules engine fills it in.)
public enum Assessor {
    public static func assess(_ file: CaseFile, asOf: Day) -> Assessment {
        Assessment(caseId: file.id, asOf: asOf, rulesVersion: "2024-04-30",
                   sponsor: SponsorAssessment(minorAtAsylumApplication: false, ageUncertain: false,
                                              applicationTermEnds: file.sponsor.permit.decisionDate.adding(months: 3)),
                   members: [])
    }
}
