import Foundation
import Testing
@testable import NareisCore

/// PROC-COA and PROC-PERMIT-COLLECT, written from the rules before the code.
@Suite("Arrival: COA and the permit")
struct ArrivalRulesTests {
    static func approved(_ change: (inout Procedure) -> Void) -> Procedure {
        var p = Procedure(submitted: d("2026-01-05"), decision: Decision(date: d("2026-06-01"), outcome: .positive),
                          mvvAppointment: d("2026-07-01"), mvvIssued: d("2026-07-20"))
        change(&p)
        return p
    }

    /// Asked on Thursday 24 December 2026: Christmas, Boxing Day (Saturday) and Sunday
    /// are not working days, so COA confirms by Tuesday 29 December.
    @Test func coaConfirmsWithinTwoWorkingDaysOfTheRequest() {
        let asked = Self.approved { $0.travelBooked = d("2026-12-23"); $0.coaRequested = d("2026-12-24") }
        let open = assess(member(.partner, born: "1990-01-01", procedure: asked), asOf: "2026-12-29").deadline("coa-confirmation")
        #expect(open?.due == d("2026-12-29"))
        #expect(open?.rule == "PROC-COA")
        #expect(open?.state == .open)
        #expect(assess(member(.partner, born: "1990-01-01", procedure: asked), asOf: "2026-12-30")
                    .deadline("coa-confirmation")?.state == .overdue, "unconfirmed: the counsellor chases COA")
        var confirmed = asked
        confirmed.coaConfirmed = d("2026-12-28")
        #expect(assess(member(.partner, born: "1990-01-01", procedure: confirmed), asOf: "2026-12-30")
                    .deadline("coa-confirmation")?.state == .met)
        let deadline = try! #require(open)
        #expect(deadline.text(.nl, .long) == "COA bevestigt de opvang (binnen 2 werkdagen; anders COA nabellen)")
        #expect(deadline.text(.en, .long) == "COA confirms the reception (within 2 working days; chase COA if not)")
    }

    /// The tasks to ask COA and book the IND appointment are due when the journey is
    /// booked, at the latest the day before the planned arrival; asking COA is done
    /// once the request is recorded.
    @Test func arrivalTasksAreDueOnBookingAtTheLatestTheDayBeforeArrival() {
        func tasks(_ p: Procedure) -> [FollowUpTask] {
            let file = CaseFile(sponsor: sponsor(), members: [member(.partner, born: "1990-01-01", procedure: p)])
            return FollowUpPlanner.followUps(for: file, assessment: Assessor.assess(file, asOf: d("2026-12-01")))
        }
        let booked = tasks(Self.approved { $0.travelBooked = d("2026-12-01"); $0.plannedArrival = d("2026-12-20") })
        #expect(booked.first { $0.template == .coaReception }?.due == d("2026-12-01"))
        #expect(booked.first { $0.template == .indAppointment }?.due == d("2026-12-01"))
        let late = tasks(Self.approved { $0.travelBooked = d("2026-12-09"); $0.plannedArrival = d("2026-12-09") })
        #expect(late.first { $0.template == .coaReception }?.due == d("2026-12-08"))
        let asked = tasks(Self.approved {
            $0.travelBooked = d("2026-12-01"); $0.plannedArrival = d("2026-12-20"); $0.coaRequested = d("2026-12-02")
        })
        #expect(!asked.contains { $0.template == .coaReception }, "done by the request: not a task any more")
    }

    @Test func aRegisteredMemberCollectsThePermitUntilItIsCollected() {
        func collect(_ p: Procedure) -> FollowUpTask? {
            let file = CaseFile(sponsor: sponsor(), members: [member(.partner, born: "1990-01-01", procedure: p)])
            return FollowUpPlanner.followUps(for: file, assessment: Assessor.assess(file, asOf: d("2026-12-01")))
                .first { $0.template == .collectPermit }
        }
        let arrived = Self.approved { $0.arrival = d("2026-11-01") }
        #expect(collect(arrived) == nil, "not before the registration")
        var registered = arrived
        registered.registeredAtIND = d("2026-11-03")
        #expect(collect(registered)?.completedOn == nil)
        #expect(collect(registered)?.id == "collect-permit:m1")
        registered.permitCollected = d("2026-11-20")
        #expect(collect(registered) == nil, "collected: not a task any more")
        #expect(TaskText(.collectPermit).text(.nl).contains("IND-loket"))
    }

    @Test func theNewEventsAreReadWrittenAndRefusedWhenMalformed() throws {
        let json = replacing(#""nationality":"ERI"}]"#, #""nationality":"ERI","procedure":{"travelBooked":"2026-12-01","#
            + #""coaRequested":"2026-12-02","coaConfirmed":"2026-12-03","arrival":"2026-12-10","#
            + #""registeredAtIND":"2026-12-11","permitCollected":"2026-12-20"}}]"#, in: minimalCaseJSON)
        let file = try CaseFileReader.read(Data(json.utf8))
        let p = file.members[0].procedure
        #expect([p.coaRequested, p.coaConfirmed, p.permitCollected] == [d("2026-12-02"), d("2026-12-03"), d("2026-12-20")])
        #expect(try CaseFileReader.read(Data(CaseFileWriter.text(file).utf8)) == file)
        #expect(readingProblems(replacing("2026-12-03", "tomorrow", in: json)).first?
                    .hasPrefix("members[0].procedure.coaConfirmed:") == true)
        #expect(throws: EventRefusal.self) {
            _ = try ProcedureEvent.coaConfirmed.record("2026-12-01", in: p)      // before the request
        }
    }
}
