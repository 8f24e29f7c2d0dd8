/// Derives a case's follow-up tasks from its recorded events and its assessment.
///
/// Deadline-bound tasks mirror the assessment's deadlines (same due day, done by the
/// same event), so a task and its deadline can never disagree. The others follow
/// the IND, COA and IOM pages: travel arrangements once a member is approved,
/// arrival arrangements once a journey is booked, registration steps on arrival.
public enum FollowUpPlanner {
    /// - Parameter needsTBTest: whether a member of this nationality must take the TB
    ///   test on arrival (the IND's exemption list, kept as dated rule data).
    public static func tasks(for file: CaseFile, assessment: Assessment,
                             needsTBTest: (_ nationality: String, _ on: Day) -> Bool) -> [FollowUpTask] {
        let byId = Dictionary(assessment.members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var tasks: [FollowUpTask] = []
        for member in file.members {
            guard let assessed = byId[member.id] else { continue }
            for template in TaskTemplate.all {
                guard let deadlineId = template.deadline,
                      let deadline = assessed.deadlines.first(where: { $0.id == deadlineId }) else { continue }
                tasks.append(FollowUpTask(template: template.id, memberId: member.id, due: deadline.due, completedOn: deadline.done))
            }
        }
        return tasks + otherTasks(for: file, byId: byId, needsTBTest: needsTBTest)
    }

    /// The tasks that do not mirror a deadline: travel and arrival arrangements,
    /// registration steps on arrival.
    static func otherTasks(for file: CaseFile, byId: [String: MemberAssessment],
                           needsTBTest: (_ nationality: String, _ on: Day) -> Bool) -> [FollowUpTask] {
        var tasks: [FollowUpTask] = []
        let approved = file.members.filter { $0.procedure.decision?.outcome == .positive }
        let stillToArrive = approved.filter { $0.procedure.arrival == nil }
        if !stillToArrive.isEmpty {
            tasks.append(FollowUpTask(template: .iomConsultation, memberId: nil, due: nil, completedOn: nil))
            tasks.append(FollowUpTask(template: .iomTravelAssistance, memberId: nil, due: nil, completedOn: nil,
                                      steps: TaskTemplate.iomSteps))
            tasks.append(FollowUpTask(template: .refugeeFund, memberId: nil, due: nil, completedOn: nil))
        }

        // Arrival arrangements (PROC-COA): due when the journey is booked, at the latest
        // the day before the first planned arrival. Asking COA is done once every booked
        // member's request is recorded (`coaRequested`).
        let booked = stillToArrive.filter { $0.procedure.travelBooked != nil }
        if let firstBooking = booked.compactMap(\.procedure.travelBooked).min() {
            let dayBeforeArrival = booked.compactMap(\.procedure.plannedArrival).min()?.adding(days: -1)
            let due = dayBeforeArrival.map { min(firstBooking, $0) } ?? firstBooking
            let housing = file.sponsor.housing
            if housing != .suitable {
                let requests = booked.map(\.procedure.coaRequested)
                let asked = requests.contains(nil) ? nil : requests.compactMap { $0 }.max()
                tasks.append(FollowUpTask(template: .coaReception, memberId: nil, due: due, completedOn: asked))
            }
            if housing == nil || housing == .suitable {
                tasks.append(FollowUpTask(template: .indAppointment, memberId: nil, due: due, completedOn: nil))
            }
        }

        for member in file.members {
            // PROC-INVESTIGATE-EVENTS: prepare the family for the appointment; a video
            // interview goes through the UNHCR office.
            if let investigation = member.procedure.investigation {
                tasks.append(FollowUpTask(template: .prepareInvestigation, memberId: member.id, due: investigation.date,
                                          completedOn: nil))
                if investigation.channel == .unhcrVideo {
                    tasks.append(FollowUpTask(template: .unhcrVideoInterview, memberId: member.id, due: investigation.date,
                                              completedOn: nil))
                }
            }
            if let arrival = member.procedure.arrival, needsTBTest(member.nationality, arrival) {
                let registration = byId[member.id]?.deadlines.first { $0.id == "ind-registration" }?.due
                tasks.append(FollowUpTask(template: .tbTest, memberId: member.id, due: registration, completedOn: nil))
            }
            if member.procedure.registeredAtIND != nil {
                tasks.append(FollowUpTask(template: .brpRegistration, memberId: member.id, due: nil, completedOn: nil))
                // PROC-PERMIT-COLLECT: from the registration until the permit is collected.
                tasks.append(FollowUpTask(template: .collectPermit, memberId: member.id, due: nil,
                                          completedOn: member.procedure.permitCollected))
            }
        }
        return tasks
    }
}
