import Foundation
import NareisCasework
import NareisCore
import NareisStore
import NareisTeam
import Testing

/// Two counsellors of one team, each on a laptop with its own store, edit while offline
/// and then sync: nothing lost, nothing duplicated, both laptops equal to the server.
@Suite("Two laptops, one team")
struct TwoLaptopsTests {
    /// Anna's case reaches Ben, both change it offline, and everything comes together.
    @Test func offlineEditsOnDifferentFieldsMerge() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await Laptop.of("anna", on: fixture)
        let ben = try await Laptop.of("ben", on: fixture)
        let id = try anna.casework.saveCase(familyCase())
        let first = try await anna.sync()
        #expect(first.pushed == 1)
        let pulled = try await ben.sync()
        #expect(pulled.pulled == 1)
        #expect(try ben.documents() == anna.documents())

        // Offline: Anna records the partner's application, Ben the child's passport and a note.
        var annas = try anna.file(id)
        annas.members[0].procedure.submitted = Day(iso: "2026-11-20")
        try anna.casework.saveCase(annas)
        var bens = try ben.file(id)
        bens.members[1].procedure.passportValidUntil = Day(iso: "2031-01-01")
        try ben.casework.saveCase(bens)
        _ = try ben.store.addNote(caseId: id, memberId: "m2", text: "Paspoort gezien")
        try anna.store.setChecklistStatus(caseId: id, memberId: "m1", itemId: "passport", status: .requested, translationNeeded: false)

        try await anna.sync()
        let merged = try await ben.sync()
        #expect(merged.merged == 1)
        #expect(merged.conflicts == 0)
        try await anna.sync()

        let server = try await anna.server.documents()
        #expect(try anna.documents() == server)
        #expect(try ben.documents() == server)
        let final = try anna.file(id)
        #expect(final.members[0].procedure.submitted == Day(iso: "2026-11-20"))
        #expect(final.members[1].procedure.passportValidUntil == Day(iso: "2031-01-01"))
        #expect(try anna.store.notes(caseId: id).map(\.text) == ["Paspoort gezien"])
        #expect(try anna.store.checklistStatuses(caseId: id).map(\.status) == [.requested])
        #expect(try anna.casework.syncStatus().waiting == 0)
        #expect(try ben.casework.syncStatus().waiting == 0)
        await anna.close()
        await ben.close()
    }

    /// The same field set to two values is kept for the counsellor, never settled; the
    /// choice then reaches everyone.
    @Test func aCollisionWaitsForTheCounsellor() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await Laptop.of("anna", on: fixture)
        let ben = try await Laptop.of("ben", on: fixture)
        let id = try anna.casework.saveCase(familyCase())
        try await anna.sync()
        try await ben.sync()

        var annas = try anna.file(id)
        annas.sponsor.phone = "+31 6 1111 1111"
        annas.members[0].procedure.submitted = Day(iso: "2026-11-20")
        try anna.casework.saveCase(annas)
        var bens = try ben.file(id)
        bens.sponsor.phone = "+31 6 2222 2222"
        try ben.casework.saveCase(bens)

        try await anna.sync()
        let report = try await ben.sync()
        #expect(report.conflicts == 1)
        #expect(try ben.file(id).sponsor.phone == "+31 6 2222 2222", "nothing settled silently")
        let conflict = try #require(try ben.casework.conflict(caseId: id))
        #expect(conflict.fields.count == 1)
        #expect(conflict.fields.first?.mine == .string("+31 6 2222 2222"))
        #expect(conflict.fields.first?.theirs == .string("+31 6 1111 1111"))
        // While it waits, nothing of Ben's goes to the server.
        #expect(try await anna.server.documents()[id]?.contains("2222") == false)

        #expect(try ben.casework.resolve(conflict, takingTheirs: [true]))
        #expect(try ben.casework.conflictedCases().isEmpty)
        try await ben.sync()
        try await anna.sync()
        let server = try await anna.server.documents()
        #expect(try anna.documents() == server)
        #expect(try ben.documents() == server)
        #expect(try ben.file(id).sponsor.phone == "+31 6 1111 1111")
        #expect(try ben.file(id).members[0].procedure.submitted == Day(iso: "2026-11-20"), "Anna's other change merged")
        await anna.close()
        await ben.close()
    }

    /// An erase reaches every laptop, and the server keeps no personal data of the case.
    @Test func anEraseReachesEveryLaptop() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await Laptop.of("anna", on: fixture)
        let ben = try await Laptop.of("ben", on: fixture)
        let id = try anna.casework.saveCase(familyCase())
        let kept = try anna.casework.saveCase(familyCase(sponsor: "Hiwet Kidane"))
        try await anna.sync()
        try await ben.sync()
        // Ben changes it offline; Anna erases it: the erase wins.
        var bens = try ben.file(id)
        bens.sponsor.phone = "+31 6 3333 3333"
        try ben.casework.saveCase(bens)
        try anna.casework.erase(caseId: id)
        try await anna.sync()
        let report = try await ben.sync()
        #expect(report.erased == 1)
        #expect(try ben.store.loadCase(id: id) == nil)
        #expect(try Set(ben.documents().keys) == [kept])
        #expect(try fixture.sql("SELECT count(*) FROM nareis.cases WHERE case_id = '\(id)' AND document IS NULL AND erased") == "1")
        #expect(try fixture.sql("SELECT count(*) FROM nareis.cases WHERE document LIKE '%Amanuel%'") == "0")
        #expect(try fixture.sql("SELECT count(*) FROM nareis.deadlines WHERE case_id = '\(id)'") == "0")
        // Nothing of the erased case stays in either laptop's sync records.
        for laptop in [anna, ben] {
            let record = try laptop.store.syncRecords(ids: [id])[id]
            #expect(record?.base == nil && record?.theirs == nil)
        }
        await anna.close()
        await ben.close()
    }

    /// Cases made on two laptops under the same number are both kept: one is renumbered.
    @Test func theSameNumberOnTwoLaptopsKeepsBothFamilies() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await Laptop.of("anna", on: fixture)
        let ben = try await Laptop.of("ben", on: fixture)
        let annas = try anna.casework.saveCase(familyCase(sponsor: "Amanuel Tesfay"))
        let bens = try ben.casework.saveCase(familyCase(sponsor: "Dawit Haile"))
        #expect(annas == bens, "both laptops hand out the same first number")
        try await anna.sync()
        let report = try await ben.sync()
        #expect(report.renumbered == 1)
        try await anna.sync()
        let server = try await anna.server.documents()
        #expect(server.count == 2)
        #expect(try anna.documents() == server)
        #expect(try ben.documents() == server)
        let names = Set(try server.keys.map { try anna.file($0).sponsor.name })
        #expect(names == ["Amanuel Tesfay", "Dawit Haile"])
        await anna.close()
        await ben.close()
    }

    /// A counsellor of another team sees none of it, and cannot write over it.
    @Test func anotherTeamSeesNothing() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await Laptop.of("anna", on: fixture)
        let cem = try await Laptop.of("cem", on: fixture)
        let id = try anna.casework.saveCase(familyCase())
        // Cem, of another team, made a case under the same number before he joined.
        let cems = try cem.casework.saveCase(familyCase(sponsor: "Cem's family"))
        #expect(cems == id)
        try await anna.sync()
        let report = try await cem.sync()
        #expect(report.pulled == 0)
        #expect(report.renumbered == 1, "the number is taken (by a case Cem cannot see): his case is renumbered")
        #expect(try cem.documents().keys.contains(id) == false)
        #expect(try cem.documents().count == 1)
        #expect(try await cem.server.documents().count == 1)
        #expect(try await cem.server.overdue(asOf: Day(iso: "2030-01-01")!, limit: 100).allSatisfy { $0.caseId != id })
        #expect(try await anna.server.documents()[id]?.contains("Amanuel") == true)
        #expect(try await anna.server.documents().count == 1)
        await anna.close()
        await cem.close()
    }

    /// A handover to a colleague is audited here and reaches the team.
    @Test func handingACaseOverReachesTheTeam() async throws {
        let fixture = try await TeamFixture.migrated()
        let anna = try await Laptop.of("anna", on: fixture)
        let ben = try await Laptop.of("ben", on: fixture)
        let id = try anna.casework.saveCase(familyCase())
        try anna.casework.assign(caseId: id, to: "Ben B.")
        #expect(try anna.store.auditTrail(caseId: id).map(\.action).contains("assign"))
        try await anna.sync()
        try await ben.sync()
        #expect(try ben.file(id).sponsor.counsellor == "Ben B.")
        #expect(try fixture.sql("SELECT counsellor FROM nareis.cases WHERE case_id = '\(id)'") == "Ben B.")
        await anna.close()
        await ben.close()
    }
}
