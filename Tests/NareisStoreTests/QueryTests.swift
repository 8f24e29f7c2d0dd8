import Foundation
import GRDB
import NareisCasework
import NareisCore
@testable import NareisStore
import Testing

@Suite struct QueryTests {
    /// Three cases on 2025-01-10: one overdue (application term ended 2024-12-01),
    /// one due soon (decision 2025-01-20), one with nothing pending (decided).
    func threeCases() throws -> (TemporaryDirectory, CaseStore) {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"), today: "2025-01-10")
        try store.importCases([
            sampleCase(id: "B-overdue", sponsor: "Zaid Haddad", counsellor: "VWN Utrecht", permit: "2024-09-01"),
            sampleCase(id: "A-soon", sponsor: "ሳባ ተስፋይ", latin: "Saba Tesfay", counsellor: "Nidos Zwolle",
                       submitted: "2024-04-25"),
            sampleCase(id: "C-decided", sponsor: "Émile Ölçer", counsellor: "VWN Utrecht",
                       submitted: "2024-02-01", decided: "2024-08-01"),
        ])
        return (dir, store)
    }

    @Test func pendingDeadlinesAreOverdueFirstThenByDueAndOnlyWithinTheWindow() throws {
        let (_, store) = try threeCases()
        let today = day("2025-01-10")
        let within14 = try store.pendingDeadlines(within: 14, asOf: today)
        #expect(within14.map { "\($0.caseId)/\($0.memberId)/\($0.deadlineId)" } == [
            "B-overdue/m1/application-term", "B-overdue/m2/application-term",
            "A-soon/m1/decision", "A-soon/m2/decision",
        ])
        #expect(within14.map { $0.daysLeft(on: today) } == [-40, -40, 10, 10])
        #expect(try store.pendingDeadlines(within: 5, asOf: today).map(\.caseId) == ["B-overdue", "B-overdue"])
    }

    /// Pages in the second half of the list are read from the other end of the index:
    /// every page, in every sort and filter, holds the same rows in the same order.
    @Test func pagesReadFromTheEndAreThePagesReadFromTheStart() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"), today: "2025-01-10")
        try store.importCases(Array(DemoCaseload(count: 60, seed: 3, today: day("2025-01-10"))))
        for filter in [CaseFilter(), CaseFilter(overdueOn: day("2025-01-10"))] {
            let total = try store.caseCount(filter: filter)
            for sort in [CaseSort.nextDeadline, .name, .lastChange] {
                let all = try store.caseRows(filter: filter, sort: sort, limit: total).map(\.id)
                for offset in stride(from: 0, through: total + 2, by: 1) {
                    let page = try store.caseRows(filter: filter, sort: sort, offset: offset, limit: 7, total: total).map(\.id)
                    #expect(page == Array(all.dropFirst(offset).prefix(7)), "\(sort) offset \(offset) of \(total)")
                }
            }
        }
    }

    @Test func theCaseListPagesSortsAndFiltersInSQL() throws {
        let (_, store) = try threeCases()
        #expect(try store.caseRows(sort: .nextDeadline).map(\.id) == ["B-overdue", "A-soon", "C-decided"])
        #expect(try store.caseRows(sort: .name).map(\.id) == ["C-decided", "A-soon", "B-overdue"])
        #expect(try store.caseRows(sort: .name, offset: 1, limit: 1).map(\.id) == ["A-soon"])
        #expect(try store.caseRows(filter: CaseFilter(overdueOn: day("2025-01-10"))).map(\.id) == ["B-overdue"])
        #expect(try store.caseRows(filter: CaseFilter(counsellor: "VWN Utrecht"), sort: .name).map(\.id) == ["C-decided", "B-overdue"])
        #expect(try store.caseRows(filter: CaseFilter(stage: .decided)).map(\.id) == ["C-decided"])
        #expect(try store.caseCount(filter: CaseFilter(stage: .filed)) == 1)
        #expect(try store.caseCount() == 3)
        let soon = try #require(try store.caseRows(sort: .nextDeadline, limit: 2).last)
        #expect(soon == CaseRow(id: "A-soon", sponsorName: "ሳባ ተስፋይ", sponsorLatinName: "Saba Tesfay", sponsorNationality: "ERI",
                                counsellor: "Nidos Zwolle", memberCount: 2, stage: .filed, nextDue: day("2025-01-20"),
                                changedAt: "2025-01-10T12:00:00Z", documentsComplete: 0, documentsRequired: 0))
        #expect(try store.counsellors() == ["Nidos Zwolle", "VWN Utrecht"])
    }

    @Test func searchFindsPrefixesOfNamesInAnyScriptVNumbersAndIds() throws {
        let (_, store) = try threeCases()
        #expect(try store.search("tesf").map(\.id) == ["C-decided", "A-soon", "B-overdue"], "every sample has a Tesfay member; sorted by name")
        #expect(try store.search("saba tes").map(\.id).contains("A-soon"))
        #expect(try store.search("ሳባ").count == 3, "the partner's name in Ge'ez")
        #expect(try store.search("ሳባ ተስ").count == 3)
        #expect(try store.search("emile olc").map(\.id) == ["C-decided"], "accents and case do not matter")
        #expect(try store.search("zai").map(\.id) == ["B-overdue"])
        #expect(try store.search("12345").count == 3, "V-number prefix")
        #expect(try store.search("B-over").map(\.id) == ["B-overdue"])
        #expect(try store.search("nobody").isEmpty)
    }

    @Test func searchTreatsTypedSyntaxAsText() throws {
        let (_, store) = try threeCases()
        for hostile in ["\"", "*", "NEAR(", "zai OR", "^", "()", "-", "\u{0}", String(repeating: "a ", count: 500)] {
            _ = try store.search(hostile)
        }
        #expect(try store.search("  ").isEmpty)
        #expect(CaseStore.searchQuery("Zaid \"OR\" x*") == "\"Zaid\"* \"OR\"* \"x\"*")
    }

    @Test func stagesFollowTheFurthestEventAndClosedWhenAllRegistered() {
        var file = sampleCase()
        #expect(CaseStage.of(file) == .intake)
        file.members[0].procedure.submitted = day("2024-01-01")
        #expect(CaseStage.of(file) == .filed)
        file.members[1].procedure.arrival = day("2024-09-01")
        #expect(CaseStage.of(file) == .arrived)
        file.members[0].procedure.registeredAtIND = day("2024-09-02")
        file.members[1].procedure.registeredAtIND = day("2024-09-02")
        #expect(CaseStage.of(file) == .closed)
        file.members = []
        #expect(CaseStage.of(file) == .intake)
    }

    @Test func theAssessmentOfAStoredCaseIsComputedOnTheDayAsked() throws {
        let (_, store) = try threeCases()
        let assessment = try #require(try store.assessment(ofCase: "A-soon", asOf: day("2025-02-01")))
        #expect(assessment.asOf == day("2025-02-01"))
        #expect(assessment.members.first?.deadlines.first?.state == .overdue)
        #expect(try store.assessment(ofCase: "nope") == nil)
    }
}

@Suite struct IndexUseTests {
    /// `nareis deadlines` must read one index range, never the case or deadline rows.
    @Test func pendingDeadlinesReadOnlyTheirCoveringIndex() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        let plan = try store.pool.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT caseId, memberId, deadlineId, due, rule FROM deadlines
                WHERE done IS NULL AND due <= '2025-01-01' ORDER BY due, caseId, memberId, deadlineId
                """).map { $0["detail"] as String? ?? "" }.joined(separator: "; ")
        }
        #expect(plan.contains("COVERING INDEX pending_deadlines_by_due"), "\(plan)")
        #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
    }

    @Test func typedCaseIdsAreFoundByTheirStart() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"), today: "2025-03-04")
        try store.importCases((0..<12).map { _ in sampleCase() } + [sampleCase(id: "ext-7")])
        #expect(try store.search("nr-2025-0001").map(\.id) == ["NR-2025-00010", "NR-2025-00011", "NR-2025-00012"])
        #expect(try store.search("NR-2025-00003").map(\.id) == ["NR-2025-00003"])
        #expect(try store.search("ext-7").map(\.id) == ["ext-7"], "a lower-case ID is found through the word index")
    }
}
