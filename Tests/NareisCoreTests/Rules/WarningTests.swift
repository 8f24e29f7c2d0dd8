import Testing
@testable import NareisCore

@Suite("Warnings")
struct WarningTests {
    struct Row: Sendable, CustomStringConvertible {
        let name: String
        let procedure: Procedure
        let warns: Bool
        var description: String { name }
    }

    static func p(decision: String? = nil, appointment: String? = nil, issued: String? = nil,
                  validUntil: String) -> Procedure {
        var p = filed("2024-05-01")
        p.decision = decision.map { Decision(date: d($0), outcome: .positive) }
        p.mvvAppointment = appointment.map(d)
        p.mvvIssued = issued.map(d)
        p.passportValidUntil = d(validUntil)
        return p
    }

    @Test(arguments: [
        Row(name: "issued, exactly 6 months", procedure: p(decision: "2024-10-01", issued: "2024-12-10",
                                                            validUntil: "2025-06-10"), warns: false),
        Row(name: "issued, one day short", procedure: p(decision: "2024-10-01", issued: "2024-12-10",
                                                         validUntil: "2025-06-09"), warns: true),
        Row(name: "appointment when not issued", procedure: p(decision: "2024-10-01", appointment: "2024-11-20",
                                                               validUntil: "2025-05-19"), warns: true),
        Row(name: "decision + 3 months when no appointment", procedure: p(decision: "2024-10-01",
                                                                          validUntil: "2025-06-30"), warns: true),
        Row(name: "decision + 3 months, long enough", procedure: p(decision: "2024-10-01", validUntil: "2025-07-01"),
            warns: false),
        Row(name: "no decision yet", procedure: p(validUntil: "2024-06-01"), warns: false),
    ])
    func passportValidity(row: Row) {
        let a = assess(member(.partner, procedure: row.procedure), asOf: "2024-12-01")
        #expect(a.warnings.contains { $0.id == "passport-validity" && $0.rule == "PROC-PASSPORT-6M" } == row.warns)
    }

    @Test func suspendedRepresentationNamesTheException() {
        var p = filed("2024-05-01")
        p.representation = " beirut "
        let a = assess(member(.partner, procedure: p))
        let warning = a.warnings.first { $0.id == "representation-suspended" }
        #expect(warning?.text.contains("already in Lebanon") == true)
        // Before the suspension there is no warning.
        #expect(!assess(member(.partner, procedure: p), asOf: "2023-09-30").warnings.contains {
            $0.id == "representation-suspended" })
        p.representation = "Amman"
        #expect(assess(member(.partner, procedure: p)).warnings.isEmpty)
    }

    @Test func khartoumAndErbil() {
        var p = filed("2024-05-01")
        p.representation = "Khartoum"
        #expect(assess(member(.partner, procedure: p)).warnings.map(\.id) == ["representation-suspended"])
        p.representation = "Erbil"
        #expect(assess(member(.partner, procedure: p)).warnings.map(\.id) == ["representation-limited-capacity"])
    }
}
