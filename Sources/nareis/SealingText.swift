import NareisCore
import NareisSealing

/// What the sealing commands (recipient, handover, receive, backup --encrypt-to,
/// restore of a sealed backup) say, in Dutch and English: a refusal is one line
/// naming the file and what to do.
enum SealingText {
    static func refusal(_ error: SealingError, file: String, _ language: Language) -> String {
        let nl = language == .nl
        switch error {
        case .notSealed:
            return nl ? "\(file): geen verzegeld nareis-bestand (verwacht een bestand van nareis backup --encrypt-to of nareis handover); niets geschreven"
                : "\(file): not a sealed nareis file (expected one written by nareis backup --encrypt-to or nareis handover); nothing written"
        case .newerVersion(let found, let known):
            return nl ? "\(file): geschreven door een nieuwere nareis (formaat \(found), deze leest tot en met \(known)); niets geschreven: werk nareis eerst bij"
                : "\(file): written by a newer nareis (format \(found), this one reads up to \(known)); nothing written: update nareis first"
        case .tampered:
            return nl ? "\(file): beschadigd of gewijzigd (de controle faalt); niets geschreven: vraag de afzender om een nieuw exemplaar"
                : "\(file): damaged or altered (its check fails); nothing written: ask the sender for a new copy"
        case .truncated:
            return nl ? "\(file): afgebroken (het houdt op voor het laatste deel: een onvolledige kopie?); niets geschreven: kopieer het opnieuw"
                : "\(file): cut short (it ends before its last part: an incomplete copy?); nothing written: copy it again"
        case .notForThisKey(let fingerprint):
            return nl ? "\(file): verzegeld voor een andere sleutel (vingerafdruk \(fingerprint)); niets geschreven: kies die sleutel met --key (nareis recipient list)"
                : "\(file): sealed for another key (fingerprint \(fingerprint)); nothing written: choose that key with --key (nareis recipient list)"
        case .noMatchingKey(let fingerprint):
            return nl ? "\(file): verzegeld voor sleutel \(fingerprint), die niet bij uw eigen sleutels staat; niets geschreven (nareis recipient list)"
                : "\(file): sealed for key \(fingerprint), which is not one of your own keys; nothing written (nareis recipient list)"
        case .wrongPassphrase:
            return nl ? "\(file): de wachtzin opent deze sleutel niet (of het sleutelbestand is beschadigd); niets geschreven"
                : "\(file): the passphrase does not open this key (or the key file is damaged); nothing written"
        case .wrongKind(let expected, let found):
            return nl ? "\(file): een verzegelde \(kind(found, language)) waar een \(kind(expected, language)) verwacht wordt; niets geschreven (een back-up gaat naar nareis restore, een overdracht naar nareis receive)"
                : "\(file): a sealed \(kind(found, language)) where a \(kind(expected, language)) is expected; nothing written (a backup goes to nareis restore, a handover to nareis receive)"
        case .badPublicKey:
            return nl ? "\(file): geen openbare sleutel van nareis (verwacht één regel: nareis-recipient-1 SLEUTEL NAAM); niets bewaard"
                : "\(file): not a nareis public key (expected one line: nareis-recipient-1 KEY NAME); nothing kept"
        case .badKeyFile(let path):
            return nl ? "\(path): geen privésleutelbestand van nareis; niets geschreven" : "\(path): not a nareis private key file; nothing written"
        case .badName(let name):
            return nl ? "\(name): geen bruikbare sleutelnaam (verwacht 1 tot 64 letters, cijfers, '.', '_' of '-', niet beginnend met '.')"
                : "\(name): not a usable key name (expected 1 to 64 letters, digits, '.', '_' or '-', not starting with '.')"
        case .unknownRecipient(let name):
            return nl ? "\(name): geen eigen sleutel of sleutel van een collega met die naam, en geen bestand met een openbare sleutel (nareis recipient list, nareis recipient add BESTAND)"
                : "\(name): no own or colleague's key by that name, and no public key file (nareis recipient list, nareis recipient add FILE)"
        case .keyExists(let name):
            return nl ? "\(name): onder die naam staat al een andere sleutel; niets gewijzigd (kies een andere naam, of vergelijk vingerafdrukken: nareis recipient list)"
                : "\(name): another key is already kept under that name; nothing changed (choose another name, or compare fingerprints: nareis recipient list)"
        case .fileExists(let path):
            return nl ? "\(path): daar staat al een bestand; niets geschreven (kies een ander pad met --output, of verplaats het bestand)"
                : "\(path): a file is already there; nothing written (choose another path with --output, or move the file)"
        case .tooLarge(let limit):
            return nl ? "\(file): meer dan \(limit) bytes; niets geschreven" : "\(file): more than \(limit) bytes; nothing written"
        case .cannotWrite(let path, let reason):
            return nl ? "\(path): kan niet schrijven (\(reason)); niets geschreven" : "\(path): cannot write (\(reason)); nothing written"
        case .cannotRead(let path, let reason):
            return nl ? "\(path): kan niet lezen (\(reason))" : "\(path): cannot read (\(reason))"
        }
    }

    static func kind(_ kind: SealedKind, _ language: Language) -> String {
        switch kind {
        case .backup: return language == .nl ? "back-up" : "backup"
        case .handover: return language == .nl ? "overdracht" : "handover"
        }
    }

    static func replayed(file: String, receivedAt: String, _ language: Language) -> String {
        language == .nl ? "\(file): dit bestand is al op \(receivedAt) (UTC) in deze opslag ontvangen; niets opgeslagen (een overdracht wordt één keer ingelezen)"
            : "\(file): this file was already received into this store on \(receivedAt) (UTC); nothing stored (a handover is taken in once)"
    }

    static func alreadyStored(file: String, _ language: Language) -> String {
        language == .nl ? "\(file): het dossier staat al in deze opslag (zelfde dossiernummer); niets opgeslagen"
            : "\(file): the case is already in this store (same case ID); nothing stored"
    }

    static func caseFileRefused(file: String, _ language: Language) -> String {
        language == .nl ? "\(file): het verzegelde dossierbestand wordt geweigerd, niets opgeslagen:"
            : "\(file): the sealed case file is refused, nothing stored:"
    }

    // MARK: Passphrases

    static func askPassphrase(key: String, _ language: Language) -> String {
        language == .nl ? "Wachtzin voor sleutel \(key): " : "Passphrase for key \(key): "
    }

    static func askNewPassphrase(key: String, _ language: Language) -> String {
        language == .nl ? "Nieuwe wachtzin voor sleutel \(key): " : "New passphrase for key \(key): "
    }

    static func askAgain(_ language: Language) -> String {
        language == .nl ? "Dezelfde wachtzin nog eens: " : "The same passphrase again: "
    }

    static func passphrasesDiffer(_ language: Language) -> String {
        language == .nl ? "de twee wachtzinnen verschillen; niets aangemaakt" : "the two passphrases differ; nothing created"
    }

    static func passphraseTooShort(_ minimum: Int, _ language: Language) -> String {
        language == .nl ? "wachtzin: minstens \(minimum) tekens verwacht; niets aangemaakt"
            : "passphrase: at least \(minimum) characters expected; nothing created"
    }

    static func noTerminal(_ language: Language) -> String {
        language == .nl ? "geen terminal om de wachtzin te vragen: geef hem als één regel op standaardinvoer met --passphrase-stdin"
            : "no terminal to ask the passphrase on: give it as one line on standard input with --passphrase-stdin"
    }

    static func noPassphraseOnInput(_ language: Language) -> String {
        language == .nl ? "standaardinvoer: geen wachtzin (verwacht één regel)" : "standard input: no passphrase (expected one line)"
    }

    // MARK: What was done

    static func created(_ key: RecipientPublicKey, keyFile: String, _ language: Language) -> String {
        language == .nl
            ? "sleutel \(key.name) aangemaakt; de privésleutel staat, verzegeld onder uw wachtzin, in \(keyFile)\nvingerafdruk: \(key.fingerprint)\nuw openbare sleutel, voor collega's (nareis recipient add):\n\(key.line)"
            : "key \(key.name) made; the private key is in \(keyFile), sealed under your passphrase\nfingerprint: \(key.fingerprint)\nyour public key, for colleagues (nareis recipient add):\n\(key.line)"
    }

    static func listHeadings(_ language: Language) -> (own: String, colleagues: String, none: String) {
        language == .nl ? ("eigen sleutels:", "sleutels van collega's:", "  (geen)")
            : ("own keys:", "colleagues' keys:", "  (none)")
    }

    static func added(_ key: RecipientPublicKey, _ outcome: KeyRing.Added, _ language: Language) -> String {
        let nl = language == .nl
        switch outcome {
        case .added:
            return nl ? "sleutel van \(key.name) bewaard, vingerafdruk \(key.fingerprint)\nvergelijk deze vingerafdruk telefonisch met \(key.name) voordat u er iets voor verzegelt"
                : "kept the key of \(key.name), fingerprint \(key.fingerprint)\ncompare this fingerprint with \(key.name) by phone before you seal anything to it"
        case .alreadyKnown:
            return nl ? "de sleutel van \(key.name) (vingerafdruk \(key.fingerprint)) was al bewaard"
                : "the key of \(key.name) (fingerprint \(key.fingerprint)) was already kept"
        }
    }

    static func handedOver(caseId: String, to key: RecipientPublicKey, path: String, header: SealedHeader,
                           _ language: Language) -> String {
        language == .nl
            ? "dossier \(caseId) verzegeld voor \(key.name) (vingerafdruk \(key.fingerprint)) in \(path) (bestand \(header.fileIDText))\nhet dossier staat nog in deze opslag: het wissen, nadat \(key.name) de ontvangst bevestigt, is uw eigen beslissing (nareis erase --case \(caseId))"
            : "case \(caseId) sealed for \(key.name) (fingerprint \(key.fingerprint)) in \(path) (file \(header.fileIDText))\nthe case is still in this store: erasing it once \(key.name) confirms receipt is your own decision (nareis erase --case \(caseId))"
    }

    static func received(_ ids: [String], file: String, _ language: Language) -> String {
        language == .nl ? "ontvangen uit \(file): \(ids.joined(separator: ", "))" : "received from \(file): \(ids.joined(separator: ", "))"
    }

    static func backupSealed(path: String, for key: RecipientPublicKey, _ language: Language) -> String {
        language == .nl ? "back-up verzegeld voor \(key.name) (vingerafdruk \(key.fingerprint)) geschreven naar \(path)"
            : "backup sealed for \(key.name) (fingerprint \(key.fingerprint)) written to \(path)"
    }

    static func restored(store: String, from file: String, cases: Int, _ language: Language) -> String {
        language == .nl ? "\(store) hersteld uit de verzegelde back-up \(file) (\(cases) dossiers)"
            : "\(store) restored from the sealed backup \(file) (\(cases) cases)"
    }
}
