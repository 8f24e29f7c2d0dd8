import ArgumentParser
import Foundation
import NareisSettings

/// `--lock-after MINUTES`: how long the workstation waits without a key before it
/// covers the cases on a shared desk. Without it: `lock_after_minutes` in the user's
/// settings file, else 10 minutes. 0 switches the cover off.
struct LockAfterOption: ParsableArguments {
    // Unconditional, so `--lock-after -5` reaches the check below and is told what is
    // expected, instead of being taken for an unknown option.
    @Option(name: .customLong("lock-after"), parsing: .unconditional, help: ArgumentHelp(
        "Hide the cases after this many minutes without a key, until a key is pressed (0: never; decimals allowed; default: lock_after_minutes in the settings file, else 10).",
        valueName: "minutes"))
    var minutes: String?

    /// The wait, nil when the cover is off. A wrong option ends the command before
    /// anything is opened; a wrong setting is said, and the default used.
    func resolve(environment: [String: String] = processEnvironment) throws -> Duration? {
        if let minutes {
            guard let value = LockAfterSetting.minutes(minutes) else {
                printError("--lock-after: \"\(minutes)\" is not a number of minutes (expected \(LockAfterSetting.expected))")
                throw ExitStatus.badInput
            }
            return LockAfterSetting.duration(minutes: value)
        }
        let config = UserConfig.read(path: UserConfig.path(environment: environment))
        if let problem = config.lockAfterProblem { printError(problem) }
        return LockAfterSetting.duration(minutes: config.lockAfterMinutes ?? LockAfterSetting.defaultMinutes)
    }
}
