import Foundation
import Testing

/// Every user-visible text of the outputs comes from a catalogue: a string literal
/// with a lowercase letter outside `Catalogues/` (texts) and `Data/` (facts with
/// sources, identifiers) fails this test. Letterless literals (markup, separators),
/// all-capital tokens (RFC 5545 property names, `[X]`) and enum raw values (the
/// spec's codes) are syntax, not text.
@Suite("No user-visible literals outside the catalogues")
struct CatalogueOnlyTextTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/NareisOutputs")
    static let exempt = ["Catalogues", "Data"]
    /// Exact literals that are syntax although they hold a lowercase letter, and why.
    static let syntax: Set<String> = [
        "\\\\n", // RFC 5545 3.3.11: the escaped line break in a TEXT value
    ]

    @Test func outputSourcesHoldNoTextOutsideTheCatalogues() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.sources.path)
            .filter { $0.hasSuffix(".swift") && !Self.exempt.contains(String($0.split(separator: "/").first ?? "")) }
        #expect(files.count >= 6, "the scan found the output sources")
        var found: [String] = []
        for file in files.sorted() {
            let source = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            let lines = source.components(separatedBy: "\n")
            for literal in SwiftLiterals.scan(source) where Self.isText(literal.text) {
                // An enum case's raw value is a code of the exchange format, not text.
                let line = lines[literal.line - 1]
                if line.range(of: #"^\s*case \w+ = ""#, options: .regularExpression) != nil { continue }
                found.append("\(file):\(literal.line): \"\(literal.text)\"")
            }
        }
        #expect(found.isEmpty, "user-visible literals outside the catalogues:\n\(found.joined(separator: "\n"))")
    }

    @Test func theScannerFindsTextInStringsButNotInCommentsOrCode() {
        let source = #"""
        // "Not this comment"
        /* nor "this" /* nested "one" */ */
        let a = "BEGIN:VEVENT" + "[X] " + "\n"
        let b = "Deadline \(value("inner text")) done"
        let c = #"raw "text" here"#
        let d = """
            multi line
            """
        """#
        let texts = SwiftLiterals.scan(source).filter { isText($0.text) }.map(\.text)
        #expect(texts == ["Deadline ", "inner text", " done", "raw \"text\" here", "    multi line\n    "])
    }

    static func isText(_ literal: String) -> Bool {
        guard !syntax.contains(literal) else { return false }
        let plain = SwiftLiterals.removingEscapes(literal)
        return plain.unicodeScalars.contains { $0.properties.isLowercase }
    }

    private func isText(_ literal: String) -> Bool { Self.isText(literal) }
}

/// A small Swift lexer: the string literal segments of a source file (without the
/// interpolations, which are code and scanned as such), skipping comments.
enum SwiftLiterals {
    struct Literal: Equatable {
        var text: String
        var line: Int
    }

    static func scan(_ source: String) -> [Literal] {
        var lexer = Lexer(Array(source.unicodeScalars))
        lexer.code(untilClosingParen: false)
        return lexer.found
    }

    /// `\n`, `\"`, `\\`, `\u{…}` and the like removed: what is left is what the text says.
    static func removingEscapes(_ literal: String) -> String {
        literal.replacingOccurrences(of: #"\\u\{[0-9A-Fa-f]+\}|\\."#, with: "", options: .regularExpression)
    }

    struct Lexer {
        let s: [Unicode.Scalar]
        var i = 0
        var line = 1
        var found: [Literal] = []

        init(_ scalars: [Unicode.Scalar]) { s = scalars }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? { i + offset < s.count ? s[i + offset] : nil }

        mutating func advance() {
            if s[i] == "\n" { line += 1 }
            i += 1
        }

        /// Code up to the end (or the `)` closing an interpolation).
        mutating func code(untilClosingParen: Bool) {
            var depth = 0
            while let c = peek() {
                if c == "/" && peek(1) == "/" {
                    while let d = peek(), d != "\n" { _ = d; advance() }
                } else if c == "/" && peek(1) == "*" {
                    blockComment()
                } else if c == "#" || c == "\"" {
                    var hashes = 0
                    while peek(hashes) == "#" { hashes += 1 }
                    if peek(hashes) == "\"" {
                        for _ in 0..<hashes { advance() }
                        string(hashes: hashes)
                    } else {
                        advance()
                    }
                } else if c == "(" {
                    depth += 1
                    advance()
                } else if c == ")" {
                    if untilClosingParen && depth == 0 { advance(); return }
                    depth -= 1
                    advance()
                } else {
                    advance()
                }
            }
        }

        mutating func blockComment() {
            var depth = 0
            while let c = peek() {
                if c == "/" && peek(1) == "*" { depth += 1; advance(); advance(); continue }
                if c == "*" && peek(1) == "/" {
                    depth -= 1
                    advance(); advance()
                    if depth == 0 { return }
                    continue
                }
                advance()
            }
        }

        /// At the opening quote(s) of a literal with `hashes` `#`s before it.
        mutating func string(hashes: Int) {
            let multiline = peek(1) == "\"" && peek(2) == "\""
            let quotes = multiline ? 3 : 1
            for _ in 0..<quotes { advance() }
            if multiline, peek() == "\n" { advance() }
            var segment = String.UnicodeScalarView()
            var segmentLine = line
            func closes(_ lexer: Lexer) -> Bool {
                for q in 0..<quotes where lexer.peek(q) != "\"" { return false }
                for h in 0..<hashes where lexer.peek(quotes + h) != "#" { return false }
                return true
            }
            while let c = peek() {
                if closes(self) {
                    for _ in 0..<(quotes + hashes) { advance() }
                    break
                }
                let escapeStart = c == "\\" && (0..<hashes).allSatisfy { peek(1 + $0) == "#" }
                if escapeStart && peek(1 + hashes) == "(" {
                    emit(&segment, segmentLine)
                    for _ in 0..<(2 + hashes) { advance() }
                    code(untilClosingParen: true)
                    segmentLine = line
                    continue
                }
                if escapeStart && hashes == 0, let next = peek(1) {
                    segment.append(c)
                    segment.append(next)
                    advance(); advance()
                    continue
                }
                segment.append(c)
                advance()
            }
            emit(&segment, segmentLine)
        }

        mutating func emit(_ segment: inout String.UnicodeScalarView, _ at: Int) {
            if !segment.isEmpty { found.append(Literal(text: String(segment), line: at)) }
            segment = String.UnicodeScalarView()
        }
    }
}
