import NareisCore
import SwiftCSV
import Testing
@testable import NareisOutputs

@Suite("Caseload spreadsheet (CSV)")
struct SpreadsheetTests {
    @Test func matchesTheGoldenFiles() throws {
        try Golden.check(CaseloadSpreadsheet.render([SampleCase.record], language: .en), "caseload-en.csv")
        try Golden.check(CaseloadSpreadsheet.render([SampleCase.record], language: .nl,
                                                    options: .init(separator: ";", byteOrderMark: true)),
                         "caseload-nl.csv")
    }

    /// A family whose names a hostile sender chose to be formulas.
    static var hostileRecord: CaseRecord {
        var record = SampleCase.record
        let names = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+SUM(A1:A9)", "-2+3", "@cmd|' /C calc'!A0",
                     "\tTabbed", "\rReturn; \"quoted\", and\nnew line"]
        record.file.members = names.enumerated().map { index, name in
            var member = SampleCase.file.members[0]
            member.id = "h\(index)"
            member.name = name
            return member
        }
        return record
    }

    @Test(arguments: [Character(","), Character(";")])
    func readsBackWithTheInjectionCasesNeutralised(separator: Character) throws {
        let text = CaseloadSpreadsheet.render([Self.hostileRecord], language: .en,
                                              options: .init(separator: separator))
        let csv = try EnumeratedCSV(string: text, delimiter: separator == "," ? .comma : .semicolon)
        #expect(csv.header == SpreadsheetText.allCases.map { $0.text(.en) })
        let nameColumn = csv.header.firstIndex(of: "Name")!
        let names = csv.rows.map { $0[nameColumn] }
        #expect(names == ["'=HYPERLINK(\"http://evil.example\",\"click\")", "'+SUM(A1:A9)", "'-2+3",
                          "'@cmd|' /C calc'!A0", "'\tTabbed", "'\rReturn; \"quoted\", and\nnew line"])
        for row in csv.rows {
            #expect(row.count == csv.header.count)
            for field in row {
                #expect(!["=", "+", "-", "@", "\t", "\r"].contains(field.unicodeScalars.first ?? "x"), "\(field)")
            }
        }
    }

    @Test func negativeDaysLeftAreNeutralisedToo() throws {
        let text = CaseloadSpreadsheet.render([SampleCase.record], language: .en)
        let csv = try EnumeratedCSV(string: text, delimiter: .comma)
        let days = csv.header.firstIndex(of: "Days left")!
        #expect(csv.rows.map { $0[days] } == ["49", "49", "'-10"])
    }

    @Test func dutchSpreadsheetHasDutchHeadersCommaDecimalsAndAByteOrderMark() throws {
        let text = CaseloadSpreadsheet.render([SampleCase.record], language: .nl,
                                              options: .init(separator: ";", byteOrderMark: true))
        #expect(text.unicodeScalars.first == "\u{FEFF}")
        let csv = try EnumeratedCSV(string: String(text.dropFirst()), delimiter: .semicolon)
        #expect(csv.header.first == "Dossier")
        let fee = csv.header.firstIndex(of: "Leges IND (EUR)")!
        #expect(csv.rows.map { $0[fee] } == ["0,00", "0,00", "243,00"])
        #expect(text.hasSuffix("\r\n"))
    }
}
