import FuzzSupport
import NareisTUI

/// The theme parser on arbitrary text, with and without a base theme: it returns a
/// theme or a `ThemeError` naming the file, never traps; a theme read on no base
/// styles every role.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: bytes(data, size), as: UTF8.self)
    for base in [nil, Theme.builtIn] {
        do {
            let theme = try ThemeParser.parse(text, file: "fuzz.theme", base: base)
            require(theme.name == "fuzz", "the theme of fuzz.theme is called \(theme.name)")
            require(Role.allCases.allSatisfy { theme.styles[$0] != nil }, "a theme read leaves a role unstyled")
        } catch let error as ThemeError {
            require(error.file == "fuzz.theme", "the error names \(error.file)")
            require(!error.description.isEmpty, "an empty theme error")
        } catch {
            require(false, "the parser threw \(type(of: error)), not a ThemeError")
        }
    }
    return 0
}
