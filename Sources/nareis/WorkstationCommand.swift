import ArgumentParser
import Foundation
import NareisCore
import NareisCasework
import NareisTUI

/// `nareis` with no subcommand: the workstation on the store.
struct WorkstationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workstation",
        abstract: "Open the workstation on the store (the default when no command is given)."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Theme: a name in ./themes, $XDG_CONFIG_HOME/nareis/themes or ../share/nareis/themes next to the binary, or a path to a .theme file.", valueName: "name"))
    var theme: String = "default"

    /// `--lang nl|en`, remembered with the other commands' choice (docs/outputs.md).
    @OptionGroup var lang: LanguageOption

    /// `--lock-after MINUTES`: the idle cover of a shared desk (docs/workstation.md).
    @OptionGroup var lock: LockAfterOption

    @Option(help: ArgumentHelp("Show deadlines as on this day (YYYY-MM-DD) instead of today.", valueName: "day"))
    var asOf: String?

    @Option(help: ArgumentHelp("Demo cases to offer when the store is empty (0: do not offer).", valueName: "n"))
    var offerDemo: Int = 500

    /// For the benchmark: draw the first frame to /dev/null, print when it was
    /// written (`DispatchTime` nanoseconds) and exit.
    @Flag(help: .hidden)
    var exitAfterFirstFrame = false

    func run() throws {
        let language = lang.resolve()
        let lockAfter = try lock.resolve()
        let chosenTheme: Theme
        do {
            chosenTheme = try ThemeLoader.load(theme, directories: ThemeLoader.searchDirectories(environment: processEnvironment))
        } catch let error as ThemeError {
            printError("--theme: \(error.description)")
            throw ExitStatus.badInput
        }
        let day = try parseDay(asOf, option: "--as-of") ?? today()
        let opened = try store.open(creating: true, oneConnection: true)
        if !exitAfterFirstFrame { try offerDemoCases(opened, language: language, day: day) }

        let noColor = !(processEnvironment["NO_COLOR"] ?? "").isEmpty
        if exitAfterFirstFrame {
            let framed = try FirstFrame.draw(casework: opened, theme: chosenTheme, language: language, asOf: day)
            writeOutput("\(framed)\n")
            return
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(theme: chosenTheme, noColor: noColor)
        } catch let error as TerminalError {
            printError(error.description)
            throw ExitStatus.badInput
        }
        let workstation = Workstation(casework: opened, size: terminal.size, language: language, asOf: day,
                                      syncRunner: WorkstationSync.runner(storePath: store.path, language: language,
                                                                         casework: opened),
                                      lockAfter: lockAfter)
        WorkstationLoop.run(workstation, on: terminal)
    }

    /// An empty store on a terminal: offer demo data, asked on the plain terminal
    /// before the screen is taken over.
    func offerDemoCases(_ opened: Casework, language: Language, day: Day) throws {
        guard offerDemo > 0, isatty(STDIN_FILENO) == 1, try storeCall({ try opened.caseTotal() }) == 0 else { return }
        FileHandle.standardOutput.write(Data(UIText.demoOffer.text(language, opened.storeLocation, offerDemo).utf8))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard answer == "y" || answer == "yes" || answer == "j" || answer == "ja" else {
            print(UIText.demoDeclined.text(language))
            return
        }
        print(UIText.demoAdding.text(language, offerDemo))
        let ids = try storeCall { try opened.addDemoCases(count: offerDemo, seed: 1, today: day) }
        print(UIText.demoAdded.text(language, ids.count))
    }
}
