import Foundation
import Testing
@testable import NareisTUI

@Suite("Themes")
struct ThemeTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

    @Test func theCompiledInThemeIsThemesDefault() throws {
        let file = try String(contentsOf: Self.themes.appendingPathComponent("default.theme"), encoding: .utf8)
        #expect(BuiltInTheme.source + "\n" == file, "Sources/NareisTUI/Theme/BuiltInTheme.swift differs from themes/default.theme")
    }

    @Test(arguments: ["default", "high-contrast", "monochrome", "solarized-dark"])
    func everyShippedThemeListsEveryRole(name: String) throws {
        let text = try String(contentsOf: Self.themes.appendingPathComponent(name + ".theme"), encoding: .utf8)
        let theme = try ThemeParser.parse(text, file: name + ".theme", base: nil)
        #expect(theme.styles.count == Role.allCases.count)
        #expect(theme.name == name)
        let loaded = try ThemeLoader.load(name, directories: [Self.themes.path])
        #expect(loaded.styles == theme.styles)
    }

    @Test func urgencyIsVisibleWithoutColourInEveryTheme() throws {
        for name in ["default", "high-contrast", "monochrome", "solarized-dark"] {
            let theme = try ThemeLoader.load(name, directories: [Self.themes.path]).withoutColour
            #expect(!theme.style(.overdue).attributes.isEmpty, "\(name): overdue has no attribute")
            #expect(!theme.style(.selectionFocus).attributes.isEmpty, "\(name): the selection has no attribute")
            #expect(!theme.style(.marker).attributes.isEmpty, "\(name): markers have no attribute")
        }
    }

    @Test func anUnknownRoleIsRefusedWithFileAndLine() {
        let error = #expect(throws: ThemeError.self) {
            try ThemeParser.parse("# comment\nnormal = default default\nselektion = red blue\n", file: "mine.theme", base: Theme.builtIn)
        }
        #expect(error?.line == 3)
        #expect(error?.description.hasPrefix("mine.theme:3: unknown role \"selektion\"") == true)
    }

    @Test func anUnknownColourOrAttributeIsRefusedWithFileAndLine() {
        let colour = #expect(throws: ThemeError.self) {
            try ThemeParser.parse("normal = purple default\n", file: "t.theme", base: Theme.builtIn)
        }
        #expect(colour?.description.contains("t.theme:1: unknown colour \"purple\"") == true)
        let number = #expect(throws: ThemeError.self) {
            try ThemeParser.parse("\n\nnormal = 256 default\n", file: "t.theme", base: Theme.builtIn)
        }
        #expect(number?.line == 3)
        let attribute = #expect(throws: ThemeError.self) {
            try ThemeParser.parse("normal = red default bold,blink\n", file: "t.theme", base: Theme.builtIn)
        }
        #expect(attribute?.description.contains("unknown attribute \"blink\"") == true)
        let shape = #expect(throws: ThemeError.self) {
            try ThemeParser.parse("normal red default\n", file: "t.theme", base: Theme.builtIn)
        }
        #expect(shape?.line == 1)
    }

    @Test func aPartialThemeKeepsTheDefaultForRolesItDoesNotName() throws {
        let theme = try ThemeParser.parse("overdue = bright-red black bold,underline # loud\n", file: "t.theme", base: Theme.builtIn)
        #expect(theme.style(.overdue) == Style(foreground: .index(9), background: .index(0), attributes: [.bold, .underline]))
        #expect(theme.style(.normal) == Theme.builtIn.style(.normal))
    }

    @Test func aMissingThemeSaysWhereItLooked() {
        let error = #expect(throws: ThemeError.self) { try ThemeLoader.load("nope", directories: ["/nonexistent/a"]) }
        #expect(error?.description.contains("/nonexistent/a/nope.theme") == true)
        #expect(throws: ThemeError.self) { try ThemeLoader.load("../etc/passwd", directories: []) }
        #expect((try? ThemeLoader.load("default", directories: ["/nonexistent"])) == Theme.builtIn)
    }

    /// The shipped default is taken as the compiled-in theme without parsing it again;
    /// a default.theme someone edited is still read with its change.
    @Test func theShippedDefaultIsTheCompiledInThemeAndAnEditedOneIsRead() throws {
        let file = Self.themes.appendingPathComponent("default.theme")
        let shipped = try String(contentsOf: file, encoding: .utf8)
        #expect(try ThemeLoader.load("default", directories: [Self.themes.path])
                == ThemeParser.parse(shipped, file: file.path, base: Theme.builtIn))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nareis-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let edit = shipped.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("overdue ") ? "overdue = bright-red black bold" : String($0) }.joined(separator: "\n")
        #expect(edit != shipped)
        try edit.write(to: dir.appendingPathComponent("default.theme"), atomically: true, encoding: .utf8)
        let edited = try ThemeLoader.load("default", directories: [dir.path])
        #expect(edited.style(.overdue) == Style(foreground: .index(9), background: .index(0), attributes: [.bold]))
    }

    /// Themes beside the binary are found through a symbolic link to it (an installed
    /// link in ~/bin pointing into the build), and the configuration directory follows
    /// XDG_CONFIG_HOME, else HOME.
    @Test func themesAreLookedForHereInTheConfigurationAndBesideTheRealBinary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nareis-dirs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/build/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/home/bin", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: dir + "/build/bin/nareis", contents: Data())
        try FileManager.default.createSymbolicLink(atPath: dir + "/home/bin/nareis", withDestinationPath: dir + "/build/bin/nareis")
        let real = ThemeLoader.realPath(dir)
        let here = FileManager.default.currentDirectoryPath + "/themes"
        #expect(ThemeLoader.searchDirectories(environment: ["HOME": "/home/amina"], executable: dir + "/home/bin/nareis")
                == [here, "/home/amina/.config/nareis/themes", real + "/build/share/nareis/themes"])
        #expect(ThemeLoader.searchDirectories(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/amina"],
                                              executable: "/opt/nareis/bin/nareis")
                == [here, "/cfg/nareis/themes", "/opt/nareis/share/nareis/themes"])
        #expect(ThemeLoader.parent(of: "/nareis") == "/" && ThemeLoader.parent(of: "nareis") == ".")
    }

    @Test func noColourKeepsAttributesAndDropsColours() {
        let plain = Theme.builtIn.withoutColour
        #expect(plain.style(.selectionFocus).foreground == .terminalDefault)
        #expect(plain.style(.selectionFocus).background == .terminalDefault)
        #expect(plain.style(.selectionFocus).attributes == Theme.builtIn.style(.selectionFocus).attributes)
    }
}
