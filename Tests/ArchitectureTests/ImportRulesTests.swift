import Foundation
import Testing

/// Dependencies flow one way (docs/architecture.md has the picture). SwiftPM keeps a
/// target from importing what it does not depend on, but not from depending on more
/// than it should: these rules read the `import` lines of every source file, so a
/// view that reaches for the store, or a store that reaches for the screen, fails here.
@Suite("Allowed imports")
struct ImportRulesTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// The system modules any target may use.
    static let system: Set<String> = ["Foundation", "Dispatch", "Glibc", "Darwin", "Synchronization"]

    /// Each target's own modules it may import, and why.
    static let allowed: [String: Set<String>] = [
        // The domain: rules, model, catalogue of domain words. Nothing of ours.
        "NareisCore": [],
        // What leaves the workstation, rendered from values the caller passes in.
        "NareisOutputs": ["NareisCore"],
        // What a counsellor does; owns the store protocol (CaseStorage).
        "NareisCasework": ["NareisCore", "NareisOutputs", "NareisSealing"],
        // Sealed files (backups, handovers): the format and the keys, nothing of ours.
        "NareisSealing": ["Crypto", "CryptoExtras"],
        // The SQLite implementation of CaseStorage; SHA-256 for the audit trail's chain.
        "NareisStore": ["NareisCore", "NareisCasework", "GRDB", "GRDBSQLite", "Crypto"],
        // The team server (PostgreSQL) implementation of the casework layer's TeamServer.
        "NareisTeam": ["NareisCore", "NareisCasework", "PostgresNIO", "NIOCore", "NIOPosix", "NIOSSL", "Logging"],
        // The screens: over the casework layer, never the store.
        "NareisTUI": ["NareisCore", "NareisCasework", "CNcursesw"],
        // The composition root and the commands.
        "nareis": ["NareisCore", "NareisCasework", "NareisOutputs", "NareisStore", "NareisTUI", "NareisSettings", "NareisSealing", "ArgumentParser"],
        // The settings file, read by both programs.
        "NareisSettings": ["NareisCore"],
        // The team commands' composition root: the store, the team server, the settings.
        "TeamCommand": ["NareisCore", "NareisCasework", "NareisOutputs", "NareisStore", "NareisTeam", "NareisSettings", "ArgumentParser"],
        "StoreProbe": ["NareisCore", "NareisCasework", "NareisStore", "ArgumentParser", "GRDB"],
    ]

    /// The only files of the executable that may open the store: the composition root.
    static let storeOpeners: Set<String> = ["StoreSupport.swift"]

    static func imports(in file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard let index = words.firstIndex(of: "import"), words[..<index].allSatisfy({ $0.hasPrefix("@") }),
                  index + 1 < words.count else { return nil }
            return String(words[index + 1])
        }
    }

    static func swiftFiles(of target: String) throws -> [URL] {
        let root = sources.appendingPathComponent(target)
        return try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".swift") }.sorted()
            .map { root.appendingPathComponent($0) }
    }

    @Test func everyTargetImportsOnlyWhatItMay() throws {
        let targets = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path)
            .filter { !$0.hasPrefix(".") && $0 != "CNcursesw" }
        #expect(Set(targets) == Set(Self.allowed.keys), "every target has its rule")
        var wrong: [String] = []
        for target in targets.sorted() {
            let allowed = (Self.allowed[target] ?? []).union(Self.system)
            for file in try Self.swiftFiles(of: target) {
                for module in try Self.imports(in: file) where !allowed.contains(module) {
                    wrong.append("\(target)/\(file.lastPathComponent) imports \(module)")
                }
            }
        }
        #expect(wrong.isEmpty, "imports against docs/architecture.md:\n\(wrong.joined(separator: "\n"))")
    }

    @Test func onlyTheCompositionRootOpensTheStore() throws {
        let openers = try Self.swiftFiles(of: "nareis").filter { try Self.imports(in: $0).contains("NareisStore") }
            .map(\.lastPathComponent)
        #expect(Set(openers) == Self.storeOpeners)
    }

    @Test func theRulesCatchAViolation() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString).swift")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("import Foundation\n@testable import NareisStore\n// import NareisTUI\n".utf8).write(to: file)
        #expect(try Self.imports(in: file) == ["Foundation", "NareisStore"])
    }
}
