import Foundation

/// Finds and reads themes by name (`--theme NAME` reads `NAME.theme`).
///
/// Searched in order: `./themes`, `$XDG_CONFIG_HOME/nareis/themes` (default
/// `~/.config/nareis/themes`), and `../share/nareis/themes` next to the binary.
/// A name with a `/` or ending in `.theme` is read as a path. `default` without a
/// file anywhere is the compiled-in theme.
public enum ThemeLoader {
    public static func searchDirectories(environment: [String: String] = ProcessInfo.processInfo.environment,
                                         executable: String = CommandLine.arguments.first ?? "") -> [String] {
        var directories = [FileManager.default.currentDirectoryPath + "/themes"]
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            directories.append(config + "/nareis/themes")
        } else if let home = environment["HOME"] {
            directories.append(home + "/.config/nareis/themes")
        }
        // With the C library rather than Foundation's URL, whose path handling was a
        // third of a millisecond of every start.
        directories.append(parent(of: parent(of: realPath(executable))) + "/share/nareis/themes")
        return directories
    }

    /// `path` with every symbolic link resolved (a link in ~/bin to the build finds the
    /// build's themes), absolute; as given when it does not exist.
    static func realPath(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// The directory holding `path` ("/" for a file at the root, "." for a bare name).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The theme named `name`, or a `ThemeError` saying which file and line is wrong
    /// or where it looked.
    public static func load(_ name: String, directories: [String] = searchDirectories()) throws -> Theme {
        let candidates: [String]
        if name.contains("/") || name.hasSuffix(".theme") {
            candidates = [name]
        } else {
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !name.isEmpty else {
                throw ThemeError(file: name, line: nil, message: "a theme name uses letters, digits, - and _ only")
            }
            candidates = directories.map { $0 + "/" + name + ".theme" }
        }
        for path in candidates where FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path), data.count < 64 * 1024,
                  let text = String(data: data, encoding: .utf8) else {
                throw ThemeError(file: path, line: nil, message: "cannot be read as a UTF-8 text file under 64 KiB")
            }
            // The shipped default.theme is the compiled-in text (ThemeTests holds them
            // equal): every start from the source tree would parse it twice.
            if text == BuiltInTheme.source + "\n" { return Theme.builtIn }
            return try ThemeParser.parse(text, file: path, base: Theme.builtIn)
        }
        if name == "default" { return Theme.builtIn }
        throw ThemeError(file: name + ".theme", line: nil,
                         message: "no such theme; looked in " + candidates.joined(separator: ", "))
    }
}
