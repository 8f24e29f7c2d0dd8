import Foundation
import NareisCore
import Testing
@testable import NareisOutputs

@Suite("iCalendar export")
struct CalendarTests {
    static let generatedAt = Date(timeIntervalSince1970: 1_745_150_400) // 2025-04-20T12:00:00Z

    @Test(arguments: Language.allCases)
    func matchesTheGoldenFile(language: Language) throws {
        let ics = CalendarExport.render([SampleCase.record], language: language, generatedAt: Self.generatedAt)
        try Golden.check(ics, "deadlines-\(language.rawValue).ics")
    }

    @Test(arguments: Language.allCases)
    func followsRFC5545(language: Language) {
        let ics = CalendarExport.render([SampleCase.record], language: language, generatedAt: Self.generatedAt)
        #expect(ICalendarValidator.problems(ics) == [])
    }

    /// ATW-LAST-DAY: a term ending on a weekend or holiday says where it legally runs
    /// to, in the calendar and the summary, in Dutch and English.
    @Test func aTermEndingOnAWeekendSaysItsLastLegalDay() throws {
        var record = SampleCase.record
        let travel = try #require(record.assessment.members[0].deadlines.firstIndex { $0.isPending })
        record.assessment.members[0].deadlines[travel].lastLegalDay = Day(iso: "2025-06-10")
        let english = CalendarExport.render([record], language: .en, generatedAt: Self.generatedAt)
            .replacingOccurrences(of: "\r\n ", with: "")
        #expect(english.contains("the term legally runs to 10 June 2025 (ATW-LAST-DAY)"))
        let dutch = CalendarExport.render([record], language: .nl, generatedAt: Self.generatedAt)
            .replacingOccurrences(of: "\r\n ", with: "")
        #expect(dutch.contains("loopt wettelijk door tot 10 juni 2025 (ATW-LAST-DAY)"))
        #expect(CaseSummary.render(record, language: .nl, format: .text).contains("loopt wettelijk tot 10 juni 2025"))
    }

    @Test func oneEventPerPendingDeadlineAndDatedOpenTask() {
        let ics = CalendarExport.render([SampleCase.record], language: .en, generatedAt: Self.generatedAt)
        let uids = ICalendarValidator.unfold(ics).filter { $0.hasPrefix("UID:") }
        #expect(uids == [
            "UID:NR-2024-0001-m1-travel@nareis",
            "UID:NR-2024-0001-m2-travel@nareis",
            "UID:NR-2024-0001-m3-rectification@nareis",
            "UID:NR-2024-0001-m3-decision@nareis",
            "UID:NR-2024-0001-task-iom-consultation@nareis",
        ])
        #expect(ics.contains("DTSTART;VALUE=DATE:20250608\r\nDTEND;VALUE=DATE:20250609\r\n"))
        #expect(ics.contains("DTSTAMP:20250420T120000Z\r\n"))
    }

    @Test func hostileTextIsEscapedAndLongLinesFoldWithoutBreakingCharacters() {
        var record = SampleCase.record
        record.file.members[0].name = "Saba; Tesfay, \\ \u{0007}\r\nnew line " + String(repeating: "ሳባ ተስፋይ ", count: 30)
        let ics = CalendarExport.render([record], language: .en, generatedAt: Self.generatedAt)
        #expect(ICalendarValidator.problems(ics) == [])
        let summary = ICalendarValidator.unfold(ics).first { $0.hasPrefix("SUMMARY:Travel within the MVV's 90 days: Saba") }
        #expect(summary?.hasPrefix("SUMMARY:Travel within the MVV's 90 days: Saba\\; Tesfay\\, \\\\  \\nnew line ሳባ") == true)
    }

    @Test func countsTheEventsItWrites() {
        #expect(CalendarExport.eventCount([SampleCase.record], language: .en) == 5)
        var quiet = SampleCase.record
        quiet.assessment.members = quiet.assessment.members.map { member in
            var member = member
            member.deadlines = member.deadlines.filter { !$0.isPending }
            return member
        }
        quiet.tasks = []
        #expect(CalendarExport.eventCount([quiet], language: .en) == 0)
    }

    @Test func foldingKeepsEveryCharacterWhole() {
        // 3-octet Ethiopic letters and a 4-octet emoji at every offset of the 75-octet limit.
        for prefix in 0..<4 {
            let line = "SUMMARY:" + String(repeating: "x", count: prefix) + String(repeating: "ሳባ👪", count: 40)
            let folded = ICalendarLines.fold(line)
            #expect(folded.split(separator: "\r\n", omittingEmptySubsequences: false).allSatisfy { $0.utf8.count <= 75 })
            #expect(ICalendarValidator.unfold(folded) == [line], "unfolding gives back the line, nothing split")
        }
    }

    @Test func theValidatorCatchesWhatItShould() {
        let bad = "BEGIN:VCALENDAR\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20250101\r\nSUMMARY:a, b\r\n"
            + "DESCRIPTION:" + String(repeating: "x", count: 80) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let problems = ICalendarValidator.problems(bad)
        #expect(problems.contains { $0.contains("not ended by CRLF") })
        #expect(problems.contains { $0.contains("longer than 75 octets") })
        #expect(problems.contains { $0.contains("no UID") })
        #expect(problems.contains { $0.contains("no DTSTAMP") })
        #expect(problems.contains { $0.contains("VALUE=DATE") })
        #expect(problems.contains { $0.contains("unescaped") })
        #expect(problems.contains { $0.contains("PRODID") })
    }
}

/// The RFC 5545 rules the export must keep, checked on the raw text.
enum ICalendarValidator {
    /// The logical lines: CRLF followed by a space or tab continues the previous line.
    static func unfold(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
            .components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    static func problems(_ text: String) -> [String] {
        var problems: [String] = []
        let bytes = Array(text.utf8)
        // CRLF everywhere: every LF preceded by CR, every CR followed by LF, and a final CRLF.
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) { problems.append("line \(index): LF not ended by CRLF") }
            if byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A) { problems.append("CR not ended by CRLF") }
        }
        if !text.hasSuffix("\r\n") { problems.append("last line not ended by CRLF") }
        // Physical lines as bytes: each must be at most 75 octets and valid UTF-8 on its own.
        var start = 0, number = 1
        for index in bytes.indices where index + 1 < bytes.count && bytes[index] == 0x0D && bytes[index + 1] == 0x0A {
            let physical = bytes[start..<index]
            if physical.count > 75 { problems.append("line \(number) longer than 75 octets") }
            if String(validating: physical, as: UTF8.self) == nil { problems.append("line \(number) splits a UTF-8 sequence") }
            start = index + 2
            number += 1
        }
        let lines = unfold(text)
        if lines.first != "BEGIN:VCALENDAR" || lines.last != "END:VCALENDAR" { problems.append("not one VCALENDAR") }
        for required in ["VERSION:2.0", "PRODID:", "CALSCALE:GREGORIAN"] where !lines.contains(where: { $0.hasPrefix(required) }) {
            problems.append("no \(required.dropLast(required.hasSuffix(":") ? 1 : 0)) in the calendar")
        }
        var event: [String]?
        for line in lines {
            if line == "BEGIN:VEVENT" { event = []; continue }
            if line == "END:VEVENT", let properties = event {
                problems += eventProblems(properties)
                event = nil
                continue
            }
            event?.append(line)
        }
        return problems
    }

    static func eventProblems(_ properties: [String]) -> [String] {
        var problems: [String] = []
        for name in ["UID", "DTSTAMP"] where properties.filter({ $0.hasPrefix(name + ":") }).count != 1 {
            problems.append("event with no \(name) (or more than one)")
        }
        if let stamp = properties.first(where: { $0.hasPrefix("DTSTAMP:") }),
           stamp.range(of: #"^DTSTAMP:\d{8}T\d{6}Z$"#, options: .regularExpression) == nil {
            problems.append("DTSTAMP is not a UTC date-time: \(stamp)")
        }
        for name in ["DTSTART", "DTEND"] {
            let line = properties.first { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }
            if let line, line.range(of: "^\(name);VALUE=DATE:\\d{8}$", options: .regularExpression) == nil {
                problems.append("\(name) is not an all-day VALUE=DATE: \(line)")
            } else if line == nil && name == "DTSTART" {
                problems.append("event with no DTSTART")
            }
        }
        for line in properties where line.hasPrefix("SUMMARY:") || line.hasPrefix("DESCRIPTION:") {
            let value = line.drop { $0 != ":" }.dropFirst()
            var escaped = false
            for character in value {
                if escaped {
                    if !"\\;,nN".contains(character) { problems.append("bad escape \\\(character) in \(line)") }
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == ";" || character == "," {
                    problems.append("unescaped \(character) in \(line)")
                }
            }
        }
        return problems
    }
}
