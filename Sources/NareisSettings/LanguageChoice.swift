import NareisCore

/// The language a command speaks: a flag's choice (remembered in the settings file for
/// next time), else the saved choice, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`:
/// `nl…` gives Dutch), else English.
public enum LanguageChoice {
    /// `report` hears problems with the settings file (a failure to save is said, not fatal).
    public static func resolve(flag: Language?, environment: [String: String], report: (String) -> Void) -> Language {
        let path = UserConfig.path(environment: environment)
        if let flag {
            if UserConfig.read(path: path).language != flag {
                do { try UserConfig.remember(flag, path: path) } catch { report("\(error)") }
            }
            return flag
        }
        let config = UserConfig.read(path: path)
        config.problems.forEach(report)
        return config.language ?? fromLocale(environment)
    }

    public static func fromLocale(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("nl") ? .nl : .en
    }
}
