import Foundation
import NareisCore

/// The caseload as CSV (RFC 4180) for spreadsheets: one row per family member,
/// because deadlines, fees and eligibility are per member and a counsellor sorts
/// and filters on them; the case and sponsor repeat on each row.
///
/// Safe against formula injection: a field that starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return gets a leading `'`, so a spreadsheet shows it as text
/// instead of running it (a name like `=HYPERLINK(...)` in a case file would
/// otherwise become a live formula). The price: a negative number (days overdue)
/// arrives as the text `'-3`, not as the number -3.
public enum CaseloadSpreadsheet {
    public struct Options: Sendable {
        /// `,` (RFC 4180) or `;` (Dutch Excel, where `,` is the decimal separator).
        public var separator: Character
        /// Starts the file with a UTF-8 byte order mark, which Excel needs to read
        /// UTF-8 (names in Arabic or Tigrinya) instead of the Windows code page.
        public var byteOrderMark: Bool

        public init(separator: Character = ",", byteOrderMark: Bool = false) {
            self.separator = separator
            self.byteOrderMark = byteOrderMark
        }

        public static let separators: [Character] = [",", ";"]
    }

    public static func render(_ records: [CaseRecord], language: Language, options: Options = Options()) -> String {
        header(language: language, options: options) + rows(of: records, language: language, options: options)
    }

    /// The byte order mark (if asked for) and the line of column titles; then
    /// `rows(of:…)` for the records, in as many pieces as wanted (an export of
    /// 100,000 cases is written a chunk at a time).
    public static func header(language: Language, options: Options = Options()) -> String {
        (options.byteOrderMark ? "\u{FEFF}" : "") + line(SpreadsheetText.allCases.map { $0.text(language) }, options: options)
    }

    /// One line per member of each record.
    public static func rows(of records: [CaseRecord], language: Language, options: Options = Options()) -> String {
        var text = ""
        for record in records {
            for member in record.file.members {
                text += line(row(member, of: record, language: language), options: options)
            }
        }
        return text
    }

    private static func line(_ fields: [String], options: Options) -> String {
        fields.map { field(neutralised($0), separator: options.separator) }.joined(separator: String(options.separator)) + "\r\n"
    }

    /// The values in the order of `SpreadsheetText.allCases`.
    static func row(_ member: Member, of record: CaseRecord, language: Language) -> [String] {
        let terms = Terms(language: language)
        let format = TextFormat(language: language)
        let sponsor = record.file.sponsor
        let assessed = record.assessment.members.first { $0.id == member.id }
        let next = assessed?.deadlines.filter(\.isPending).min { ($0.due, $0.id) < ($1.due, $1.id) }
        return [
            record.caseId,
            sponsor.latinName ?? sponsor.name,
            member.id,
            member.name,
            member.latinName ?? "",
            terms.relationship(member.relationship),
            member.vNumber ?? "",
            assessed.map { terms.ageBand($0.ageBand) } ?? "",
            assessed.map { terms.eligibility($0.eligibility) } ?? "",
            assessed.map { terms.framework($0.framework) } ?? "",
            assessed?.feeCents.map(format.decimal(cents:)) ?? "",
            next.map { terms.deadline($0) } ?? "",
            next?.due.iso ?? "",
            next.map { String(record.assessment.asOf.days(until: $0.due)) } ?? "",
            next.map { terms.state($0.state) } ?? "",
            assessed?.warnings.map(\.id).joined(separator: " ") ?? "",
        ]
    }

    /// A leading `'` on a field a spreadsheet would take for a formula.
    static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return value }
        return "'" + value
    }

    /// RFC 4180: quoted when it holds the separator, a quote or a line break; quotes doubled.
    static func field(_ value: String, separator: Character) -> String {
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
