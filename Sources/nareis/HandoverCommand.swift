import ArgumentParser
import Foundation
import NareisCasework

/// `nareis handover`: a case sealed for the organisation that takes it over.
struct HandoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: "Seal a case's file for another organisation's key (e-mail or USB stick); the case stays here until you erase it.",
        discussion: "The receiver runs nareis receive FILE. See docs/security.md."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .customLong("case"), help: ArgumentHelp("The case to hand over.", valueName: "id"))
    var caseId: String

    @Option(help: ArgumentHelp("The recipient: a key name (nareis recipient list) or a public key file.", valueName: "recipient"))
    var to: String

    @Option(help: ArgumentHelp("Where to write the sealed file (default: CASE-ID.nareis-sealed here); never over an existing file.",
                               valueName: "path"))
    var output: String?

    func run() throws {
        let language = language.resolve()
        let recipient = try Sealing.call(to, language) { try Sealing.keyRing().resolve(to) }
        let destination = output ?? caseId.replacingOccurrences(of: "/", with: "_") + ".nareis-sealed"
        let opened = try store.open()
        let header = try Sealing.call(destination, language) {
            try opened.handover(caseId: caseId, to: recipient, destination: destination, createdAt: Date())
        }
        print(SealingText.handedOver(caseId: caseId, to: recipient, path: destination, header: header, language))
    }
}
