import Foundation
import NareisCore
import Testing
@testable import NareisTUI

@Suite("Workstation texts")
struct WorkstationTextTests {
    static let views = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/NareisTUI/Views")

    @Test func everyTextExistsInEveryLanguage() {
        #expect(UIText.missingTranslations().isEmpty, "\(UIText.missingTranslations())")
        #expect(UIText.placeholderMismatches().isEmpty, "\(UIText.placeholderMismatches())")
    }

    /// String literals in view code that hold words: user-visible text that
    /// belongs in `UIText`. Symbols and separators ("·", "├─", "!") are fine.
    static func wordLiterals(in source: String) -> [String] {
        var found: [String] = []
        for line in source.split(separator: "\n") {
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.hasPrefix("//") || code.hasPrefix("///") { continue }
            var inside = false
            var literal = ""
            var previous: Character = " "
            for character in line {
                if character == "\"" && previous != "\\" {
                    if inside {
                        let withoutEscapes = literal.replacingOccurrences(of: #"\\u\{[0-9A-Fa-f]+\}"#, with: "",
                                                                          options: .regularExpression)
                        if withoutEscapes.contains(where: { $0.isLetter }) { found.append(literal) }
                        literal = ""
                    }
                    inside.toggle()
                } else if inside {
                    literal.append(character)
                }
                previous = character
            }
        }
        return found
    }

    @Test func viewsHoldNoUserVisibleLiterals() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.views.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count >= 8)
        for file in files {
            let source = try String(contentsOf: Self.views.appendingPathComponent(file), encoding: .utf8)
            let literals = Self.wordLiterals(in: source).filter { !Self.allowed.contains($0) }
            #expect(literals.isEmpty, "\(file) holds text not from UIText: \(literals)")
        }
    }

    /// Literals with letters that are data, not text (none today: domain codes map
    /// to words in NareisCore's catalogue).
    static let allowed: Set<String> = []

    @Test func theScannerCatchesALiteral() {
        #expect(Self.wordLiterals(in: "screen.put(\"Cases\", in: rect)") == ["Cases"])
        #expect(Self.wordLiterals(in: "let x = \" · \" + \"\\u{2500}\"").isEmpty)
    }

    @Test func theScreensSpeakDutch() {
        let text = SnapshotTests.showing(.cases, width: 120, height: 40, language: .nl).render().lines.joined(separator: "\n")
        #expect(text.contains("Dossiers (3)"))
        #expect(text.contains("Termijnen, komende 14 dagen"))
        #expect(!text.contains("Deadlines"))
    }
}
