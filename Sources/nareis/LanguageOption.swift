import ArgumentParser
import Foundation
import NareisCore

/// `--lang nl|en`, shared by every command that speaks to the user. Without the flag
/// the language comes from the user's config, else from the locale (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`: `nl…` gives Dutch), else English. A language given with
/// the flag is remembered in the config for the next time.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "The language of the output: nl or en (remembered; default: the saved choice, else the locale).",
        valueName: "language"))
    var flag: Language?

    /// The language to use; saves a flag's choice (a failure to save is said, not fatal).
    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        let path = UserConfig.path(environment: environment)
        if let flag {
            if UserConfig.read(path: path).language != flag {
                do { try UserConfig.remember(flag, path: path) } catch { printError("\(error)") }
            }
            return flag
        }
        let config = UserConfig.read(path: path)
        config.problems.forEach(printError)
        return config.language ?? Self.fromLocale(environment)
    }

    static func fromLocale(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("nl") ? .nl : .en
    }
}

extension Language: ExpressibleByArgument {}
