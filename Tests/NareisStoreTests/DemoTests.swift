import Foundation
import NareisCasework
import NareisCore
@testable import NareisStore
import Testing

@Suite struct DemoTests {
    let today = Day(iso: "2026-03-01")!

    @Test func theSameSeedAndDayGiveTheSameCases() {
        let first = Array(DemoCaseload(count: 50, seed: 7, today: today))
        #expect(first == Array(DemoCaseload(count: 50, seed: 7, today: today)))
        #expect(first != Array(DemoCaseload(count: 50, seed: 8, today: today)))
    }

    @Test func theSplitMix64SequenceIsTheReferenceOne() {
        // First outputs for seed 0 (reference implementation by Vigna).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func theCaseloadLooksLikeTheArrivalsOf2023() throws {
        let cases = Array(DemoCaseload(count: 4000, seed: 1, today: today))
        func share(_ nationality: String) -> Double {
            Double(cases.filter { $0.sponsor.nationality == nationality }.count) / Double(cases.count)
        }
        #expect(abs(share("SYR") - 6694.0 / 10125) < 0.03)
        #expect(abs(share("TUR") - 1144.0 / 10125) < 0.02)
        #expect(abs(share("ERI") - 822.0 / 10125) < 0.015)
        #expect(share("XXA") > 0 && share("XXX") > 0 && share("PAK") > 0)

        let people = cases.flatMap { [$0.sponsor.birthDate] + $0.members.map(\.birthDate) }
        let partial = Double(people.filter { !$0.isComplete }.count) / Double(people.count)
        #expect((0.07...0.13).contains(partial), "about one birth date in ten is partial: \(partial)")

        let syrian = try #require(cases.first { $0.sponsor.nationality == "SYR" })
        #expect(syrian.sponsor.name.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }, "Arabic script")
        #expect(syrian.sponsor.latinName?.allSatisfy(\.isASCII) == true)
        let eritrean = try #require(cases.first { $0.sponsor.nationality == "ERI" })
        #expect(eritrean.sponsor.name.unicodeScalars.contains { (0x1200...0x137F).contains($0.value) }, "Ge'ez script")

        #expect(cases.contains { $0.sponsor.isUnaccompaniedAtApplication && $0.members.contains { $0.relationship == .parent } })
        #expect(cases.contains { $0.members.contains { $0.relationship == .sibling } })
        #expect(cases.contains { $0.members.contains { $0.child?.kind == .foster } })
        let stages = Set(cases.map(CaseStage.of))
        #expect(stages == Set(CaseStage.allCases), "every stage: missing \(Set(CaseStage.allCases).subtracting(stages))")
        #expect(cases.contains { $0.members.contains { $0.procedure.lateExcuse != nil } }, "some filed late")
        // Every generated case is a valid case file, and the stored compact document is
        // laid out for export exactly as the writer prints it.
        for file in cases.prefix(300) {
            #expect(try CaseFileReader.read(Data(CaseFileWriter.text(file).utf8)) == file)
            let compact = JSONWriter.string(CaseFileWriter.json(file), pretty: false)
            #expect(DocumentLayout.pretty(compact) == CaseFileWriter.text(file))
        }
        #expect(cases.allSatisfy { file in file.members.allSatisfy { m in
            zip(ProcedureEvents.columns, ProcedureEvents.days(of: m.procedure)).allSatisfy { column, day in
                column == "plannedArrival" || (day ?? "") <= today.iso } } },
                "no recorded event after today (a planned arrival may be)")
    }

    /// As a live caseload: what is overdue is weeks old, not years (old cases have
    /// moved on or closed), some cases are overdue, and children were born to
    /// parents of at least 17.
    @Test func theCaseloadLooksLive() throws {
        let cases = Array(DemoCaseload(count: 4000, seed: 1, today: today))
        var overdue: [Int] = []
        for file in cases {
            for member in Assessor.assess(file, asOf: today).members {
                for d in member.deadlines where d.state == .overdue { overdue.append(d.due.days(until: today)) }
            }
        }
        #expect(overdue.count > 40, "some deadlines are overdue: \(overdue.count)")
        #expect((overdue.max() ?? 0) <= 120, "the oldest overdue deadline is \(overdue.max() ?? 0) days old")
        let closed = cases.filter { CaseStage.of($0) == .closed }.count
        #expect(Double(closed) / Double(cases.count) > 0.3, "old cases are closed: \(closed)")
        for file in cases {
            let parents = [file.sponsor.birthDate.year] + file.members.filter { $0.relationship == .partner }.map(\.birthDate.year)
            for child in file.members where child.relationship == .child {
                #expect(child.birthDate.year - parents.max()! >= 16, "\(file.sponsor.name): a parent of \(child.birthDate.year - parents.max()!)")
            }
        }
    }
}
