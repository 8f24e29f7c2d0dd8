import Foundation
import NareisCasework
import NareisCore
@testable import NareisStore
import Testing

@Suite struct RoundTripTests {
    @Test func importThenExportGivesBackExactlyTheCases() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        var given = sampleCase(id: "NR-2024-0001", submitted: "2024-10-01")
        given.asOf = day("2024-06-01")
        given.sponsor.phone = "+31 6 12345678"
        let bare = sampleCase(id: "case/7", counsellor: nil)
        try store.importCases([given, bare])
        #expect(try store.loadCase(id: "NR-2024-0001") == given)
        #expect(try store.loadCase(id: "case/7") == bare)
        var exported: [CaseFile] = []
        try store.forEachCase { exported.append($0) }
        #expect(exported == [given, bare])
        #expect(exported.map(CaseFileWriter.text) == [given, bare].map(CaseFileWriter.text))
    }

    @Test func theStoreAssignsIdsToCasesWithout() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"), today: "2025-03-04")
        let ids = try store.importCases([sampleCase(), sampleCase(id: "NR-2025-00002"), sampleCase()])
        #expect(ids == ["NR-2025-00001", "NR-2025-00002", "NR-2025-00003"])
        var withoutId = sampleCase()
        withoutId.id = "NR-2025-00003"
        #expect(try store.loadCase(id: "NR-2025-00003") == withoutId)
    }

    /// An ID the store handed out earlier in the same import may not be given again
    /// (nor one already stored); either refuses the whole import, naming the case.
    @Test func anIdHandedOutInTheImportCannotBeGivenToALaterCase() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"), today: "2025-03-04")
        try store.importCases([sampleCase(id: "NR-2025-00002")])
        #expect(throws: StoreError.duplicateIds([
            "import refused, nothing stored: 2 case ID(s) cannot be used",
            "[2].id: \"NR-2025-00001\" is given to an earlier case in this import (expected a unique ID, or none: the store assigns one)",
            "[3].id: \"NR-2025-00002\" is already in the store (expected a new ID, or none: the store assigns one)",
        ])) {
            try store.importCases([sampleCase(), sampleCase(id: "NR-2025-0001"), sampleCase(id: "NR-2025-00001"),
                                   sampleCase(id: "NR-2025-00002"), sampleCase(id: "NR-2025-00004")])
        }
        #expect(try store.count() == 1, "nothing stored")
        // Written another way, a number is another ID: "NR-2025-0001" is not "NR-2025-00001".
        #expect(try store.importCases([sampleCase(), sampleCase(id: "NR-2025-0001"), sampleCase()])
                == ["NR-2025-00001", "NR-2025-0001", "NR-2025-00003"])
    }

    @Test func namesAreStoredInNFCAndFoundWhateverTheNormalization() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"))
        let decomposed = "Jae\u{0308}l Mu\u{0308}ller"
        let data = Data(CaseFileWriter.text(sampleCase(id: "c1", sponsor: decomposed)).utf8)
        let file = try CaseFileReader.read(data)
        try store.importCases([file])
        let stored = try #require(try store.loadCase(id: "c1"))
        #expect(stored.sponsor.name.unicodeScalars.elementsEqual("Jaël Müller".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(try store.search("jael").map(\.id) == ["c1"])
        #expect(try store.search("Ja\u{0308}el").map(\.id) == ["c1"])
    }

    @Test func savingAgainReplacesTheCaseAndItsDeadlines() throws {
        let dir = TemporaryDirectory()
        let store = try openStore(dir.file("cases.sqlite"), today: "2025-01-10")
        let id = try store.saveCase(sampleCase())
        #expect(try store.pendingDeadlines(within: 3650, asOf: day("2025-01-10")).map(\.deadlineId) == ["application-term", "application-term"])
        var edited = try #require(try store.loadCase(id: id))
        edited.members.removeLast()
        edited.members[0].procedure.submitted = day("2024-11-20")
        #expect(try store.saveCase(edited) == id)
        #expect(try store.loadCase(id: id) == edited)
        let pending = try store.pendingDeadlines(within: 3650, asOf: day("2025-01-10"))
        #expect(pending == [PendingDeadline(caseId: id, memberId: "m1", deadlineId: "decision", due: day("2025-08-17"), rule: "PROC-DECISION-9M")])
        #expect(try store.count() == 1)
        #expect(try store.auditTrail(caseId: id).map(\.action) == ["create", "edit"])
    }
}

@Suite struct DocumentLayoutTests {
    @Test func compactDocumentsAreLaidOutAsTheWriterPrintsThem() throws {
        var file = sampleCase(id: "c", sponsor: "Quote \" back\\slash {brace} [x], colon: ok\u{1}")
        file.members[0].procedure = Procedure()
        file.members[1].child = ChildDetails()
        let compact = JSONWriter.string(CaseFileWriter.json(file), pretty: false)
        #expect(DocumentLayout.pretty(compact) == CaseFileWriter.text(file))
        #expect(DocumentLayout.pretty("{\"a\":[],\"b\":{}}") == "{\n  \"a\": [],\n  \"b\": {}\n}")
    }
}
