import ArgumentParser
import NareisCore
import NareisOutputs
import NareisCasework

struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft a message from a stored case.",
        subcommands: [COADraftCommand.self]
    )
}

struct COADraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coa",
        abstract: "Draft the e-mail asking the COA for reception of the travelling family members (PROC-COA).",
        discussion: """
        Holds exactly what the IND page asks for: the sponsor's first name and surname, telephone \
        number and e-mail address, every travelling member's names and V-number, and the date of \
        arrival. A member travels once the IND has decided positively, until the arrival is recorded. \
        Refuses, naming each missing fact, when one is not yet known.
        """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .customLong("case"), help: ArgumentHelp("The case.", valueName: "id"))
    var caseId: String

    @Option(help: ArgumentHelp("The counsellor's (VWN's, Nidos's) e-mail address for the COA's answer, "
                               + "instead of the sponsor's.", valueName: "address"))
    var replyTo: String?

    @Option(help: ArgumentHelp("Draft as on this day (YYYY-MM-DD) instead of today.", valueName: "day"))
    var asOf: String?

    func run() throws {
        let day = try parseDay(asOf, option: "--as-of") ?? today()
        let opened = try store.open()
        let email: ReceptionEmail
        do {
            email = try opened.receptionRequest(caseId: caseId, asOf: day, replyTo: replyTo, language: language.resolve())
        } catch let refusal as ReceptionRefusal {
            printError("case \(caseId): \(refusal.description)")
            throw ExitStatus.badInput
        } catch {
            try storeCall { throw error }
            return
        }
        writeOutput(email.text)
    }
}
