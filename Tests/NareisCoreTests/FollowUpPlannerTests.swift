import Testing
@testable import NareisCore

@Suite("Follow-up tasks")
struct FollowUpPlannerTests {
    private func day(_ text: String) -> Day { Day(iso: text)! }

    private func caseFile(housing: Housing? = nil, members: [Member]) -> CaseFile {
        CaseFile(id: "NR-T", sponsor: Sponsor(
            name: "Sponsor", birthDate: PartialDate(parsing: "1990")!, nationality: "SYR",
            asylumApplicationDate: day("2024-01-01"),
            permit: Permit(kind: .asylum, decisionDate: day("2024-03-01")), housing: housing),
            members: members)
    }

    private func member(_ id: String, nationality: String = "SYR", _ procedure: Procedure) -> Member {
        Member(id: id, name: id, relationship: .partner, birthDate: PartialDate(parsing: "1992")!,
               nationality: nationality, procedure: procedure)
    }

    private func assessment(_ deadlines: [String: [Deadline]]) -> Assessment {
        Assessment(caseId: "NR-T", asOf: day("2024-06-01"), rulesVersion: "test",
                   sponsor: SponsorAssessment(minorAtAsylumApplication: false, ageUncertain: false, applicationTermEnds: nil),
                   members: deadlines.keys.sorted().map { id in
                       MemberAssessment(id: id, eligibility: .eligible, framework: .favourable, feeCents: 0,
                                        ageBand: .from18to25, ageUncertain: false, reasons: [], checklist: [],
                                        deadlines: deadlines[id]!, warnings: [])
                   })
    }

    private let noTBTest: (String, Day) -> Bool = { _, _ in false }

    @Test func deadlineTasksTakeTheDeadlinesDueDayAndAreDoneByItsEvent() {
        let file = caseFile(members: [member("m1", Procedure(submitted: day("2024-05-25")))])
        let deadlines = [
            Deadline(id: "application-term", due: day("2024-06-01"), state: .met, done: day("2024-05-25"), rule: "TERM-3M"),
            Deadline(id: "decision", due: day("2025-02-25"), state: .open, rule: "PROC-DECISION-9M"),
        ]
        let tasks = FollowUpPlanner.tasks(for: file, assessment: assessment(["m1": deadlines]), needsTBTest: noTBTest)
        let filing = tasks.first { $0.id == "file-application:m1" }
        #expect(filing?.due == day("2024-06-01"))
        #expect(filing?.completedOn == day("2024-05-25"))
        // The IND's decision is not the counsellor's task.
        #expect(!tasks.contains { $0.memberId == "m1" && $0.template.rawValue == "decision" })
    }

    @Test func approvalBringsTravelTasksForTheFamilyOnce() {
        let approved = Procedure(submitted: day("2024-05-25"), decision: Decision(date: day("2025-01-15"), outcome: .positive))
        let file = caseFile(members: [member("m1", approved), member("m2", approved)])
        let tasks = FollowUpPlanner.tasks(for: file, assessment: assessment(["m1": [], "m2": []]), needsTBTest: noTBTest)
        #expect(tasks.filter { $0.template == .iomTravelAssistance }.count == 1)
        #expect(tasks.first { $0.template == .iomTravelAssistance }?.steps.count == 8)
        #expect(tasks.contains { $0.template == .refugeeFund })
        #expect(!tasks.contains { $0.template == .coaReception }, "nothing to arrange before a journey is booked")
    }

    @Test(arguments: [
        (Housing?.none, true, true),
        (Housing.reception, true, false),
        (Housing.unsuitable, true, false),
        (Housing.suitable, false, true),
    ])
    func bookedJourneyAsksCOAOrTheINDAppointmentByHousing(housing: Housing?, coa: Bool, ind: Bool) {
        var procedure = Procedure(decision: Decision(date: day("2025-01-15"), outcome: .positive))
        procedure.travelBooked = day("2025-03-20")
        procedure.plannedArrival = day("2025-04-02")
        let file = caseFile(housing: housing, members: [member("m1", procedure)])
        let tasks = FollowUpPlanner.tasks(for: file, assessment: assessment(["m1": []]), needsTBTest: noTBTest)
        #expect(tasks.contains { $0.template == .coaReception } == coa)
        #expect(tasks.contains { $0.template == .indAppointment } == ind)
        // PROC-COA: due when the journey is booked, at the latest the day before arrival.
        #expect(tasks.first { $0.template == .coaReception || $0.template == .indAppointment }?.due == day("2025-03-20"))
    }

    @Test func arrivalBringsTheTBTestOnlyWhereTheNationalityNeedsIt() {
        var procedure = Procedure(decision: Decision(date: day("2025-01-15"), outcome: .positive))
        procedure.arrival = day("2025-05-01")
        let file = caseFile(members: [member("m1", nationality: "ERI", procedure), member("m2", nationality: "AUT", procedure)])
        let registration = [Deadline(id: "ind-registration", due: day("2025-05-04"), state: .open, rule: "PROC-REPORT-3D")]
        let tasks = FollowUpPlanner.tasks(for: file, assessment: assessment(["m1": registration, "m2": registration]),
                                          needsTBTest: { nationality, _ in nationality != "AUT" })
        #expect(tasks.first { $0.id == "tb-test:m1" }?.due == day("2025-05-04"))
        #expect(!tasks.contains { $0.id == "tb-test:m2" })
        #expect(!tasks.contains { $0.template == .iomTravelAssistance }, "everyone has arrived")
    }

    @Test func registrationBringsTheMunicipalityStep() {
        var procedure = Procedure(decision: Decision(date: day("2025-01-15"), outcome: .positive))
        procedure.arrival = day("2025-05-01")
        procedure.registeredAtIND = day("2025-05-03")
        let tasks = FollowUpPlanner.tasks(for: caseFile(members: [member("m1", procedure)]),
                                          assessment: assessment(["m1": []]), needsTBTest: noTBTest)
        #expect(tasks.contains { $0.id == "brp-registration:m1" })
    }

    @Test func everyTaskAndStepHasBothLanguages() {
        #expect(TaskText.missingTranslations().isEmpty)
        #expect(TaskTemplate.ID.allCases.allSatisfy { id in TaskTemplate.all.contains { $0.id == id } })
    }
}

/// The follow-ups the store keeps are the planner's tasks that do not mirror a deadline.
@Suite("Follow-ups")
struct FollowUpsTests {
    @Test func followUpsAreThePlannedTasksThatAreNotDeadlines() {
        var rng = SplitMix64(seed: 11)
        let asOf = Day(year: 2026, month: 12, day: 1)!
        for _ in 0..<500 {
            let file = GeneratedCase.make(&rng)
            let assessment = Assessor.assess(file, asOf: asOf)
            let all = FollowUpPlanner.tasks(for: file, assessment: assessment) {
                FollowUpPlanner.needsTBTest(nationality: $0, on: $1)
            }
            #expect(FollowUpPlanner.followUps(for: file, assessment: assessment)
                    == all.filter { TaskTemplate.named($0.template).deadline == nil })
        }
    }
}
