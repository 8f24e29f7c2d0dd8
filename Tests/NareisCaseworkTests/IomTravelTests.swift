import Foundation
import NareisCasework
import NareisCore
import NareisStore
import Testing

/// PROC-IOM: the eight steps ticked off and the amounts recorded in euros, over the
/// real store.
@Suite("IOM travel")
struct IomTravelTests {
    @Test(arguments: [
        ("1250", 125_000), ("1.250,50", 125_050), ("€ 1250.5", 125_050), ("1,250.50", 125_050), ("12,5", 1_250),
        ("€120", 12_000), ("1.250", 125_000),
    ])
    func amountsAreReadAsCounsellorsWriteThem(text: String, cents: Int) {
        #expect(IomTravel.cents(parsing: text) == cents)
    }

    @Test(arguments: ["", "abc", "-5", "12,345,6", "1.2345", "€", "99999999999"])
    func whatIsNotAnAmountIsRefused(text: String) {
        #expect(IomTravel.cents(parsing: text) == nil)
    }

    @Test func stepsAndAmountsAreStoredPerCaseAndGoWithIt() throws {
        let workspace = try CaseworkTests.Workspace()
        defer { workspace.remove() }
        let casework = workspace.casework
        try casework.importCases([CaseworkTests.family()])
        let id = "NR-2025-00001"
        #expect(try casework.iomTravel(caseId: id) == IomTravel())
        try casework.setIomStep(caseId: id, step: 0, done: true)
        try casework.setIomStep(caseId: id, step: 2, done: true)
        try casework.setIomStep(caseId: id, step: 0, done: false)
        try casework.setIomAmount(caseId: id, .estimate, text: "1.250,50")
        try casework.setIomAmount(caseId: id, .paid, text: "1250,50")
        let stored = try casework.iomTravel(caseId: id)
        #expect(stored.stepsDone == [2])
        #expect(stored.cents == [.estimate: 125_050, .paid: 125_050])
        #expect(stored.steps.map(\.done) == [false, false, true, false, false, false, false, false])

        #expect(throws: CaseFileError.self) { try casework.setIomAmount(caseId: id, .settled, text: "about 300") }
        do {
            try casework.setIomAmount(caseId: id, .settled, text: "about 300")
        } catch let error as CaseFileError {
            #expect(error.problems.first?.path == "iom.settled")
        }
        #expect(throws: CaseFileError.self) { try casework.setIomStep(caseId: id, step: 8, done: true) }
        try casework.setIomAmount(caseId: id, .estimate, text: "")
        #expect(try casework.iomTravel(caseId: id).cents[.estimate] == nil)

        // Erased and imported again under the same ID: nothing of the old record is left.
        try casework.erase(caseId: id)
        try casework.importCases([CaseworkTests.family()])
        #expect(try casework.iomTravel(caseId: id) == IomTravel())
    }
}
