import ArgumentParser
import Foundation
import NareisCore
import NareisSettings

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
    func resolve(environment: [String: String] = processEnvironment) -> Language {
        LanguageChoice.resolve(flag: flag, environment: environment, report: printError)
    }
}

extension Language: ExpressibleByArgument {}
