import Foundation
import NareisCore

/// Deadlines and tasks as an iCalendar file (RFC 5545) to import into Outlook:
/// one all-day event per pending (open or overdue) deadline of every member, and
/// per open task with a due day. Events keep their UID from one export to the next
/// (`<case>-<member>-<deadline>@nareis`, `<case>-task-<task>@nareis`), so importing
/// again updates an event instead of adding a copy.
public enum CalendarExport {
    public static func render(_ records: [CaseRecord], language: Language, generatedAt: Date) -> String {
        header + events(of: records, language: language, generatedAt: generatedAt) + footer
    }

    /// The calendar's opening lines; then `events(of:…)` for the records (in as many
    /// pieces as wanted: an export of 100,000 cases is written a chunk at a time),
    /// then `footer`.
    public static let header = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:" + ProductIdentity.calendarProductId,
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ].map(ICalendarLines.fold).joined()

    public static let footer = ICalendarLines.fold("END:VCALENDAR")

    /// The VEVENTs of `records` ("" when they have none).
    public static func events(of records: [CaseRecord], language: Language, generatedAt: Date) -> String {
        var lines: [String] = []
        let stamp = timestamp(generatedAt)
        for record in records {
            for event in events(of: record, language: language) {
                lines += [
                    "BEGIN:VEVENT",
                    "UID:" + event.uid,
                    "DTSTAMP:" + stamp,
                    "DTSTART;VALUE=DATE:" + basicDate(event.day),
                    "DTEND;VALUE=DATE:" + basicDate(event.day.adding(days: 1)),
                    "SUMMARY:" + ICalendarLines.escape(event.summary),
                    "DESCRIPTION:" + ICalendarLines.escape(event.description),
                    "TRANSP:TRANSPARENT",
                    "END:VEVENT",
                ]
            }
        }
        return lines.map(ICalendarLines.fold).joined()
    }

    /// The number of events `render` writes: RFC 5545 wants at least one per calendar,
    /// so a caller with none says so instead of writing an empty calendar.
    public static func eventCount(_ records: [CaseRecord], language: Language) -> Int {
        records.reduce(0) { $0 + events(of: $1, language: language).count }
    }

    struct Event {
        var uid: String
        var day: Day
        var summary: String
        var description: String
    }

    static func events(of record: CaseRecord, language: Language) -> [Event] {
        let terms = Terms(language: language)
        let format = TextFormat(language: language)
        let caseId = record.caseId
        var events: [Event] = []
        for assessed in record.assessment.members {
            let member = record.member(assessed.id)?.member
            let who = member.map { terms.name($0.name, latin: $0.latinName) } ?? assessed.id
            for deadline in assessed.deadlines where deadline.isPending {
                events.append(Event(
                    uid: uid([caseId, assessed.id, deadline.id]),
                    day: deadline.due,
                    summary: CalendarText.deadlineSummary.text(language, terms.deadline(deadline), who, caseId),
                    description: CalendarText.deadlineDescription.text(
                        language, caseId, who, format.date(deadline.due), terms.state(deadline.state), deadline.rule)
                        + (deadline.lastLegalDay.map { CalendarText.lastLegalDay.text(language, format.date($0)) } ?? "")))
            }
        }
        for task in record.tasks ?? [] where !task.isDone {
            guard let due = task.due else { continue }
            let who = task.memberId.flatMap { record.member($0) }.map { terms.name($0.member.name, latin: $0.member.latinName) }
                ?? CalendarText.wholeFamily.text(language)
            events.append(Event(
                uid: uid([caseId, ProductIdentity.taskUIDPart, task.id]),
                day: due,
                summary: CalendarText.taskSummary.text(language, task.title, who, caseId),
                description: CalendarText.taskDescription.text(language, caseId, who, format.date(due))))
        }
        return events
    }

    /// The parts joined by `-`, each kept to ASCII letters, digits, `-`, `.` and `_`;
    /// any other byte is written as `=XX` (so `NR-2024-0001-m1-travel@nareis`).
    static func uid(_ parts: [String]) -> String {
        parts.map { part in
            var result = ""
            for byte in part.utf8 {
                let scalar = Unicode.Scalar(byte)
                if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || byte == 0x2D || byte == 0x2E || byte == 0x5F {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "=" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
            return result
        }.joined(separator: "-") + "@" + ProductIdentity.uidDomain
    }

    /// DATE value: `YYYYMMDD`.
    static func basicDate(_ day: Day) -> String {
        day.iso.replacingOccurrences(of: "-", with: "")
    }

    /// DATE-TIME in UTC: `YYYYMMDDTHHMMSSZ`.
    static func timestamp(_ date: Date) -> String {
        LocalClock.utcTimestamp(of: date).filter { $0 != "-" && $0 != ":" }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
