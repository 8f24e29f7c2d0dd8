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

    static func isNotice(_ warning: Warning) -> Bool { warning.rule == "PROC-MVV-APPOINTMENT" }

    /// rules.md "Representations": Beirut's exception (members already in Lebanon) is data.
    @Test func beirutsExceptionCoversMembersLivingInLebanon() {
        var p = filed("2024-05-01")
        p.representation = "Beirut"
        func warned(residence: String?) -> Bool {
            var m = member(.partner, procedure: p)
            m.residence = residence
            return assess(m).warnings.contains { $0.id == "representation-suspended" }
        }
        #expect(!warned(residence: "LBN"))
        #expect(!warned(residence: " lbn "))
        #expect(warned(residence: "SYR"))
        #expect(warned(residence: nil))
        // The exception is Beirut's own: Khartoum has none.
        p.representation = "Khartoum"
        var m = member(.partner, procedure: p)
        m.residence = "LBN"
        #expect(assess(m).warnings.map(\.id) == ["representation-suspended"])
    }

    /// Past a year from the day a notice was last confirmed (2024-04-30, AIDA-NL), the
    /// warning says it may be out of date; on the anniversary itself it does not.
    @Test func aNoticePastAYearFromItsConfirmationMayBeOutOfDate() throws {
        var p = filed("2024-05-01")
        p.representation = "Erbil"
        let onTheDay = try #require(assess(member(.partner, procedure: p), asOf: "2025-04-30").warnings.first(where: Self.isNotice))
        let dayAfter = try #require(assess(member(.partner, procedure: p), asOf: "2025-05-01").warnings.first(where: Self.isNotice))
        #expect(!onTheDay.text.contains("out of date"))
        #expect(dayAfter.text.hasPrefix(onTheDay.text))
        #expect(dayAfter.text.contains("Last confirmed on 2024-04-30, more than 12 months ago"))
        #expect(dayAfter.text(.nl).contains("Laatst bevestigd op 2024-04-30, meer dan 12 maanden geleden"))
        #expect(dayAfter.text(.nl).contains("mogelijk verouderd"))
        #expect(dayAfter.id == "representation-limited-capacity" && dayAfter.rule == "PROC-MVV-APPOINTMENT")
    }

    /// The confirmation day and the review term are the notice's data: a newer
    /// confirmation makes it current again, and the sentence names the book's term.
    @Test func confirmationDayAndReviewTermComeFromTheRuleBook() throws {
        var book = RuleBook.standard
        book.representations = book.representations.map { rule in
            let n = rule.figures
            return Rule(rule.info, RepresentationNotice(city: n.city, warningID: n.warningID, notice: n.notice,
                                                        confirmedOn: d("2025-03-01"), reviewAfter: Term(months: 6),
                                                        exceptResidences: n.exceptResidences))
        }
        var p = filed("2024-05-01")
        p.representation = "Khartoum"
        let file = CaseFile(sponsor: sponsor(), members: [member(.partner, procedure: p)])
        let current = try #require(Assessor.assess(file, asOf: d("2025-09-01"), book: book).members[0].warnings.first(where: Self.isNotice))
        let stale = try #require(Assessor.assess(file, asOf: d("2025-09-02"), book: book).members[0].warnings.first(where: Self.isNotice))
        #expect(!current.text.contains("out of date"))
        #expect(stale.text.contains("Last confirmed on 2025-03-01, more than 6 months ago"))
    }
}
