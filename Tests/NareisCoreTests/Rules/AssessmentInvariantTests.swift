import Testing
@testable import NareisCore

/// Thousands of generated cases, dates anywhere in the calendar: the engine never
/// traps, and what it says holds together.
@Suite("Assessment invariants")
struct AssessmentInvariantTests {
    struct Generator {
        var source: SplitMix64
        init(state: UInt64) { source = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { source.next() }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        mutating func bool() -> Bool { next() % 2 == 0 }
        mutating func maybe<T>(_ make: (inout Generator) -> T) -> T? { bool() ? make(&self) : nil }
        mutating func pick<T>(_ options: [T]) -> T { options[int(0...options.count - 1)] }
        mutating func day(around base: Day? = nil) -> Day {
            if let base, int(0...9) > 0 { return base.adding(days: int(-30...400)) }
            let year = int(0...9) == 0 ? pick([1, 9999]) : int(1990...2030)
            let month = int(1...12)
            return Day(year: year, month: month, day: int(1...Day.daysIn(month: month, year: year)))!
        }
        mutating func birth() -> PartialDate {
            let year = int(1940...2026)
            switch int(0...2) {
            case 0: return PartialDate(year: year)!
            case 1: return PartialDate(year: year, month: int(1...12))!
            default: let m = int(1...12); return PartialDate(year: year, month: m, day: int(1...Day.daysIn(month: m, year: year)))!
            }
        }
    }

    static func randomCase(_ g: inout Generator) -> CaseFile {
        let applied = g.day()
        let decided = g.day(around: applied)
        let s = Sponsor(name: "S", birthDate: g.birth(), nationality: g.pick(["ERI", "SYR", "USA", "XXA"]),
                        asylumApplicationDate: applied, unaccompaniedAtApplication: g.maybe { $0.bool() },
                        permit: Permit(kind: g.pick(Permit.Kind.allCases), decisionDate: decided,
                                       status: g.maybe { $0.pick(Permit.Status.allCases) }),
                        subsequentApplication: g.maybe { $0.bool() })
        var members: [Member] = []
        for index in 0..<g.int(1...4) {
            var p = Procedure()
            p.framework = g.maybe { $0.pick(Framework.allCases) }
            p.submitted = g.maybe { $0.day(around: decided) }
            let after = p.submitted ?? decided
            p.rectificationLetter = g.maybe { $0.day(around: after) }
            p.rectificationDue = g.maybe { $0.day(around: after) }
            p.completed = g.maybe { $0.day(around: after) }
            p.decision = g.maybe { Decision(date: $0.day(around: after), outcome: $0.pick(Decision.Outcome.allCases)) }
            p.objectionFiled = g.maybe { $0.day(around: after) }
            p.mvvAppointment = g.maybe { $0.day(around: after) }
            p.mvvIssued = g.maybe { $0.day(around: after) }
            p.passportValidUntil = g.maybe { $0.day(around: after) }
            p.arrival = g.maybe { $0.day(around: after) }
            p.registeredAtIND = g.maybe { $0.day(around: after) }
            p.representation = g.maybe { $0.pick(["Beirut", "Khartoum", "Erbil", "Amman", ""]) }
            let relationship = g.pick(Relationship.allCases)
            let child = relationship == .child || relationship == .sibling ? g.maybe {
                ChildDetails(kind: $0.maybe { $0.pick(ChildDetails.Kind.allCases) },
                             otherParent: $0.maybe { $0.pick(OtherParent.allCases) },
                             bioParentsDeceased: $0.maybe { $0.bool() },
                             youngAdult: $0.maybe { YoungAdultConditions(
                                livedWithFamilyAtEntry: $0.maybe { $0.bool() }, ownIncome: $0.maybe { $0.bool() },
                                ownFamily: $0.maybe { $0.bool() }, beyondControl: $0.maybe { $0.bool() }) })
            } : nil
            let parent = relationship == .parent ? g.maybe { ParentDetails(kind: $0.maybe { $0.pick(ParentDetails.Kind.allCases) }) } : nil
            members.append(Member(id: "m\(index)", name: "M", relationship: relationship, child: child, parent: parent,
                                  birthDate: g.birth(), nationality: g.pick(["ERI", "SYR", "CAN", "XXX"]),
                                  familyBeforeEntry: g.maybe { $0.bool() }, procedure: p))
        }
        return CaseFile(sponsor: s, members: members)
    }

    @Test func generatedCasesHoldTogether() {
        var g = Generator(state: 36703)
        for _ in 0..<1_000 {
            let file = Self.randomCase(&g)
            let asOf = g.day(around: file.sponsor.permit.decisionDate)
            let a = Assessor.assess(file, asOf: asOf)
            #expect(a.members.count == file.members.count)
            #expect(a.sponsor.minorAtAsylumApplication == false || a.sponsor.ageUncertain == false)
            for (m, input) in zip(a.members, file.members) {
                #expect(!m.reasons.isEmpty)
                #expect(Array(m.checklistIDs.prefix(4)) == ["photo", "identity-copy", "relationship-original",
                                                            "sponsor-declaration"])
                #expect(Set(m.checklistIDs).count == m.checklistIDs.count, "no document twice")
                if m.eligibility == .notEligible { #expect(m.framework == .regular) }
                if let fee = m.feeCents { #expect(fee >= 0) }
                for deadline in m.deadlines {
                    // Judged against the last legal day where the term runs on (ATW-LAST-DAY).
                    let last = deadline.lastLegalDay ?? deadline.due
                    switch deadline.state {
                    case .met: #expect(deadline.done.map { $0 <= last } == true)
                    case .late: #expect(deadline.done.map { $0 > last } == true)
                    case .open: #expect(deadline.done == nil && asOf <= last)
                    case .overdue: #expect(deadline.done == nil && asOf > last)
                    }
                    if let legal = deadline.lastLegalDay {
                        #expect(["decision", "objection"].contains(deadline.id) && legal > deadline.due
                                && AtwCalendar.standard.isWorkingDay(legal) && !AtwCalendar.standard.isWorkingDay(deadline.due))
                    }
                    let lateTerm = deadline.id == "application-term" && (deadline.state == .late || deadline.state == .overdue)
                    #expect((deadline.excusable != nil) == lateTerm)
                    #expect((deadline.extendedDue != nil) == (deadline.id == "mvv-appointment"))
                }
                if input.procedure.submitted == nil {
                    #expect(!m.deadlines.contains { $0.id == "decision" })
                }
            }
            #expect(AssessmentWriter.text(a).hasPrefix("{"))
        }
    }
}
