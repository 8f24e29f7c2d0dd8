import Foundation
import NareisTestSupport
import NareisCasework
import NareisCore
@testable import NareisStore
#if canImport(Glibc)
import Glibc
#endif

/// A fresh directory per test, removed afterwards.
final class TemporaryDirectory {
    let path: String

    init() {
        var template = Array((NSTemporaryDirectory() + "/nareis-store-test-XXXXXX").utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }
}

/// Deadlines the tests can predict, whatever the rules engine does: per member,
/// `decision` 270 days after `submitted` (done on the decision date), or, before
/// filing, `application-term` 3 months after the sponsor's permit.
@Sendable func predictableAssess(_ file: CaseFile, asOf: Day) -> Assessment {
    let members = file.members.map { m -> MemberAssessment in
        var deadlines: [Deadline] = []
        if let submitted = m.procedure.submitted {
            let due = submitted.adding(days: 270)
            let done = m.procedure.decision?.date
            deadlines.append(Deadline(id: "decision", due: due, state: done == nil ? (due < asOf ? .overdue : .open) : .met,
                                      done: done, rule: "PROC-DECISION-9M"))
        } else {
            let due = file.sponsor.permit.decisionDate.adding(months: 3)
            deadlines.append(Deadline(id: "application-term", due: due, state: due < asOf ? .overdue : .open, rule: "TERM-3M"))
        }
        return MemberAssessment(id: m.id, eligibility: .eligible, framework: .favourable, feeCents: 0, ageBand: .under12,
                                ageUncertain: false, reasons: [], checklist: [], deadlines: deadlines, warnings: [])
    }
    return Assessment(caseId: file.id, asOf: asOf, rulesVersion: "test", sponsor:
        SponsorAssessment(minorAtAsylumApplication: false, ageUncertain: false, applicationTermEnds: nil), members: members)
}

/// Noon UTC on a given day: the store's "today" in any nearby time zone.
func clock(_ iso: String) -> @Sendable () -> Date {
    let day = Day(iso: iso)!
    let date = Date(timeIntervalSince1970: TimeInterval(day.ordinal * 86_400 + 43_200))
    return { date }
}

/// A store on a fixed day with `predictableAssess`. Its rules never change (they
/// took effect in 2000), so nothing is computed again on opening unless a test says
/// when they did.
func openStore(_ path: String, today: String = "2025-01-10", rulesOf version: String = "2000-01-01") throws -> CaseStore {
    try CaseStore(path: path, clock: clock(today), assess: predictableAssess, rulesVersion: { _ in day(version) }, user: "tester")
}

func day(_ iso: String) -> Day { Day(iso: iso)! }

/// A small case exercising what must survive a round trip: original script with
/// Latin spellings, a partial birth date, absent optionals, nested details.
func sampleCase(id: String? = nil, sponsor name: String = "Amanuel Tesfay", latin: String? = nil,
                counsellor: String? = "VWN Utrecht", permit: String = "2024-09-01",
                submitted: String? = nil, decided: String? = nil) -> CaseFile {
    var procedure = Procedure()
    procedure.submitted = submitted.map(day)
    procedure.decision = decided.map { Decision(date: day($0), outcome: .positive) }
    return CaseFile(
        id: id,
        sponsor: Sponsor(name: name, latinName: latin, vNumber: "1234567890", birthDate: PartialDate(parsing: "1990-05")!,
                         nationality: "ERI", asylumApplicationDate: day("2023-09-01"),
                         permit: Permit(kind: .asylum, decisionDate: day(permit)), counsellor: counsellor),
        members: [
            Member(id: "m1", name: "ሳባ ተስፋይ", latinName: "Saba Tesfay", relationship: .partner,
                   partner: PartnerDetails(kind: .married), birthDate: PartialDate(parsing: "1992")!,
                   nationality: "ERI", residence: "ETH", procedure: procedure),
            Member(id: "m2", name: "Yonas Tesfay", relationship: .child,
                   child: ChildDetails(kind: .biological, otherParent: .travelling),
                   birthDate: PartialDate(parsing: "2011-02-14")!, nationality: "ERI", familyBeforeEntry: true,
                   procedure: procedure),
        ])
}

/// The bytes of a file, to show it was left untouched.
func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

func mode(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o777
}

/// The `nareis` executable built beside the test bundle.
/// The maintainers' store probe (`nareis-store-probe`), built next to the tests.
func probeExecutable() -> String { builtExecutable("nareis-store-probe") }

func nareisExecutable() -> String { builtExecutable("nareis") }

func builtExecutable(_ name: String) -> String {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.path != "/" {
        url.deleteLastPathComponent()
        let candidate = url.appendingPathComponent(name).path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
           FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug/\(name)").path
}

/// Runs `nareis` with arguments and an environment; waits for it.
func runNareis(_ arguments: [String], environment: [String: String] = [:], stdin: Data = Data()) throws -> ChildProcess.Result {
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "NAREIS_DB")
    for (key, value) in environment { env[key] = value }
    return try ChildProcess.run(nareisExecutable(), arguments, environment: env, input: stdin)
}
