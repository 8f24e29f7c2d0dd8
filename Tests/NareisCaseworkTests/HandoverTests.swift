import Foundation
import NareisCasework
import NareisCore
import NareisSealing
import NareisStore
import Testing

/// A case handed over sealed between two real stores: the audit lines on each side,
/// the replay check kept in the store, and all or nothing when the case is refused.
@Suite("Handovers between stores")
struct HandoverTests {
    typealias Workspace = CaseworkTests.Workspace
    let key: RecipientKeyPair
    let sender: Workspace
    let receiver: Workspace

    init() throws {
        key = try RecipientKeyPair(name: "vwn-utrecht")
        sender = try Workspace()
        receiver = try Workspace()
        try sender.casework.saveCase(CaseworkTests.family())
        try receiver.casework.saveCase(CaseworkTests.family(id: "NR-2025-00777"))
    }

    func handover(_ name: String = "h.sealed") throws -> SealedReader {
        let path = sender.directory.appendingPathComponent(name).path
        _ = try sender.casework.handover(caseId: "NR-2025-00001", to: key.publicKey, destination: path, createdAt: Date())
        return try SealedReader(path: path, expecting: .handover)
    }

    @Test func theCaseArrivesWithAReceiveLineAndLeavesWithAHandoverLine() throws {
        defer { sender.remove(); receiver.remove() }
        let sealed = try handover()
        #expect(try receiver.casework.receive(sealed, with: key) == ["NR-2025-00001"])
        #expect(try receiver.casework.caseFile(id: "NR-2025-00001") == sender.casework.caseFile(id: "NR-2025-00001"))
        let received = try receiver.casework.auditTrail(caseId: "NR-2025-00001").map(\.action)
        #expect(received.contains("import") && received.contains("receive"))
        #expect(try sender.casework.auditTrail(caseId: "NR-2025-00001").map(\.action).contains("handover"))
        #expect(try sender.casework.caseFile(id: "NR-2025-00001") != nil, "the sender's case stays until erased")
    }

    @Test func aFileIsTakenInOnceEvenAfterTheCaseIsErased() throws {
        defer { sender.remove(); receiver.remove() }
        let path = try handover().path
        _ = try receiver.casework.receive(try SealedReader(path: path), with: key)
        try receiver.casework.erase(caseId: "NR-2025-00001")
        let again = try SealedReader(path: path)
        #expect(try receiver.casework.handoverReceived(again.header) != nil)
        #expect(throws: HandoverRefusal.self) { try receiver.casework.receive(again, with: key) }
        #expect(try receiver.casework.caseFile(id: "NR-2025-00001") == nil)
    }

    @Test func aRefusedCaseLeavesNoTraceOfTheFile() throws {
        defer { sender.remove(); receiver.remove() }
        try receiver.casework.saveCase(CaseworkTests.family(id: "NR-2025-00001"))
        let path = try handover().path
        #expect(throws: StoreError.self) { try receiver.casework.receive(try SealedReader(path: path), with: key) }
        let sealed = try SealedReader(path: path)
        #expect(try receiver.casework.handoverReceived(sealed.header) == nil, "refused: free to be received later")
        #expect(try !receiver.casework.auditTrail(caseId: "NR-2025-00001").map(\.action).contains("receive"))
    }

    @Test func aHandoverOfAMissingCaseWritesNoFile() throws {
        defer { sender.remove(); receiver.remove() }
        let path = sender.directory.appendingPathComponent("none.sealed").path
        #expect(throws: StoreError.self) {
            try sender.casework.handover(caseId: "NR-2025-09999", to: key.publicKey, destination: path, createdAt: Date())
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
