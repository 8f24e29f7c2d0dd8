import Foundation
import NareisCasework
import NareisCore
import NareisStore
import Testing
@testable import NareisTUI

/// The panes over a real store: pages, search, filters and deadlines come from SQL.
@Suite("Workstation over the case store")
struct WorkstationOverStoreTests {
    static func store() throws -> (CaseStore, String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nareis-tui-\(UUID().uuidString)")
        let path = directory.appendingPathComponent("cases.sqlite").path
        _ = try CaseStore(path: path, assess: Fixtures.fixedAssessment).importCases(Fixtures.cases + Fixtures.many(300))
        // Opened again as the workstation opens it: one connection for reads and writes.
        let store = try CaseStore(path: path, assess: Fixtures.fixedAssessment, oneConnection: true)
        return (store, directory.path)
    }

    @Test func listsSearchesAndFiltersThroughTheStore() throws {
        let (store, directory) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let workstation = Workstation(casework: Casework(storage: store, assess: Fixtures.fixedAssessment), size: Size(width: 120, height: 40), asOf: Fixtures.asOf, pageSize: 50)
        #expect(workstation.state.cases.total == 303)
        #expect(workstation.state.cases.rows.count == workstation.state.cases.visible)
        #expect(workstation.state.openCase?.file.id == workstation.state.cases.selectedRow?.id)

        workstation.press(.last)
        #expect(workstation.state.cases.selectedRow != nil)
        #expect(workstation.state.cases.offset > 0)

        workstation.press(.search)
        workstation.type(String("jael haddad".prefix(5)))   // "jael " finds nobody
        #expect(workstation.state.cases.total == 0)
        workstation.press(.cancelSearch)
        workstation.press(.search)
        workstation.type("ahmad")
        #expect(workstation.state.cases.total == 1)
        #expect(workstation.state.cases.selectedRow?.id == "NR-2024-0002")
        workstation.press(.acceptSearch)
        workstation.press(.back)

        workstation.press(.cycleCounsellor)
        #expect(workstation.state.query.counsellor == "Nidos")
        #expect(workstation.state.cases.total == 1)
        workstation.press(.clearFilters)
        workstation.press(.toggleOverdue)
        let overdue = try store.caseCount(filter: CaseFilter(overdueOn: Fixtures.asOf))
        #expect(overdue > 0)
        #expect(workstation.state.cases.total == overdue)
    }

    @Test func deadlinesComePagedWithMemberNamesAndEnterRecordsAView() throws {
        let (store, directory) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let workstation = Workstation(casework: Casework(storage: store, assess: Fixtures.fixedAssessment), size: Size(width: 120, height: 40), asOf: Fixtures.asOf, pageSize: 20)
        workstation.press(.previousPane)
        workstation.press(.cycleWindow, times: 2)  // 14 -> 30 -> 90 days
        #expect(workstation.state.deadlineWindow == 90)
        let all = try store.pendingDeadlines(within: 90, asOf: Fixtures.asOf)
        #expect(workstation.state.deadlines.total == all.count)
        #expect(workstation.state.deadlines.rows.count == min(workstation.state.deadlines.visible, all.count))
        #expect(workstation.state.deadlines.rows.first?.caseId == all.first?.caseId)
        #expect(workstation.state.deadlines.rows.allSatisfy { $0.memberName.hasSuffix("ተስፋይ") || $0.memberName.contains("حداد") })
        #expect(workstation.state.deadlines.rows.allSatisfy { $0.memberLatinName != nil })
        let before = try store.auditTrail().filter { $0.action == "view" }.count
        workstation.press(.open)
        #expect(workstation.state.focus == .detail)
        let after = try store.auditTrail().filter { $0.action == "view" }.count
        #expect(after == before + 1)
    }
}
