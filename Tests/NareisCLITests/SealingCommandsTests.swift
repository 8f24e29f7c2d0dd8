import Foundation
import Testing

/// `nareis recipient`, `handover`, `receive`, `backup --encrypt-to` and the restore
/// of a sealed backup, end to end through the real binary: two counsellors (a Nidos
/// guardian and VWN), each with a store and a settings folder of their own.
@Suite("Sealed handovers and backups", .serialized)
struct SealingCommandsTests {
    static let caseId = "NR-2024-0042"
    static let nidosPassphrase = "voogdij van nidos\n"
    static let vwnPassphrase = "vluchtelingenwerk\n"

    /// One laptop: a store, a settings folder, a language.
    struct Laptop {
        let directory: URL
        let environment: [String: String]

        init(_ name: String, root: URL) {
            directory = root.appendingPathComponent(name)
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            environment = ["NAREIS_DB": directory.appendingPathComponent("cases.sqlite").path,
                           "XDG_CONFIG_HOME": directory.appendingPathComponent("config").path,
                           "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"]
        }

        func run(_ arguments: [String], stdin: String = "") throws -> NareisBinary.Result {
            try NareisBinary.run(arguments, stdin: Data(stdin.utf8), environment: environment)
        }

        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

        /// The store's cases as `export` prints them: what a change would show in.
        func export() throws -> String { try run(["export"]).stdout }
    }

    /// Nidos holds the case; VWN has a store of its own and a key whose public line
    /// Nidos has added.
    struct Exchange {
        let root: URL
        let nidos: Laptop
        let vwn: Laptop

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("nareis-sealing-\(UUID().uuidString)")
            nidos = Laptop("nidos", root: root)
            vwn = Laptop("vwn", root: root)
            let caseFile = nidos.path("case.json")
            try Data(OutputCommandsTests.caseJSON.utf8).write(to: URL(fileURLWithPath: caseFile))
            #expect(try nidos.run(["import", caseFile]).status == 0)
            #expect(try vwn.run(["demo", "--cases", "2"]).status == 0)
            let created = try vwn.run(["recipient", "create", "--name", "vwn-utrecht", "--passphrase-stdin"],
                                      stdin: SealingCommandsTests.vwnPassphrase)
            #expect(created.status == 0, "\(created.stderr)")
            let line = try #require(created.stdout.split(separator: "\n").last.map(String.init))
            try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: nidos.path("vwn.pub")))
            let added = try nidos.run(["recipient", "add", nidos.path("vwn.pub")])
            #expect(added.status == 0, "\(added.stderr)")
        }

        /// The case sealed for VWN, at a fresh path.
        func handover(_ name: String = "handover.sealed") throws -> String {
            let path = nidos.path(name)
            let result = try nidos.run(["handover", "--case", SealingCommandsTests.caseId, "--to", "vwn-utrecht", "--output", path])
            #expect(result.status == 0, "\(result.stderr)")
            return path
        }

        func receive(_ path: String, passphrase: String = SealingCommandsTests.vwnPassphrase,
                     _ extra: [String] = []) throws -> NareisBinary.Result {
            try vwn.run(["receive", path, "--passphrase-stdin"] + extra, stdin: passphrase)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    @Test func aCaseTravelsSealedAndArrivesWhole() throws {
        let exchange = try Exchange()
        defer { exchange.remove() }
        let created = try exchange.vwn.run(["recipient", "list"])
        #expect(created.stdout.contains("own keys:\n  vwn-utrecht"))
        let row = try #require(created.stdout.split(separator: "\n").first { $0.contains("vwn-utrecht") })
        let fingerprint = try #require(row.split(separator: " ").last.map(String.init))
        #expect(fingerprint.count == 19)
        let listed = try exchange.nidos.run(["recipient", "list"])
        #expect(listed.stdout.contains("colleagues' keys:\n  vwn-utrecht") && listed.stdout.contains(fingerprint))
        let keyFile = exchange.vwn.path("config/nareis/keys/vwn-utrecht.key")
        #expect(try Self.mode(keyFile) == 0o600)
        #expect(try Self.mode(exchange.vwn.path("config/nareis/keys")) == 0o700)

        let sent = try exchange.nidos.run(["handover", "--case", Self.caseId, "--to", "vwn-utrecht",
                                           "--output", exchange.nidos.path("h.sealed")])
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout.contains("case \(Self.caseId) sealed for vwn-utrecht (fingerprint \(fingerprint))"))
        #expect(sent.stdout.contains("the case is still in this store"))
        let sealed = try Data(contentsOf: URL(fileURLWithPath: exchange.nidos.path("h.sealed")))
        #expect(sealed.range(of: Data("Tesfay".utf8)) == nil && sealed.range(of: Data(Self.caseId.utf8)) == nil)
        #expect(try Self.mode(exchange.nidos.path("h.sealed")) == 0o600)

        let received = try exchange.receive(exchange.nidos.path("h.sealed"))
        #expect(received.status == 0, "\(received.stderr)")
        #expect(received.stdout.contains("received from") && received.stdout.contains(Self.caseId))
        let there = try exchange.vwn.run(["export", "--case", Self.caseId])
        let here = try exchange.nidos.run(["export", "--case", Self.caseId])
        #expect(there.status == 0 && there.stdout == here.stdout)
        #expect(try exchange.nidos.run(["export", "--case", Self.caseId]).status == 0, "the sender keeps the case")
    }

    @Test func refusedFilesChangeNothing() throws {
        let exchange = try Exchange()
        defer { exchange.remove() }
        let path = try exchange.handover()
        let before = try exchange.vwn.export()
        let original = try Data(contentsOf: URL(fileURLWithPath: path))

        var altered = original
        altered[altered.count - 40] ^= 0x01
        try altered.write(to: URL(fileURLWithPath: exchange.nidos.path("tampered")))
        let tampered = try exchange.receive(exchange.nidos.path("tampered"))
        #expect(tampered.status == 65 && tampered.stderr.contains("damaged or altered"))
        #expect(tampered.stderr.split(separator: "\n").count == 1)

        try original.prefix(106).write(to: URL(fileURLWithPath: exchange.nidos.path("cut")))
        let cut = try exchange.receive(exchange.nidos.path("cut"))
        #expect(cut.status == 65 && cut.stderr.contains("cut short"))

        let wrongPassphrase = try exchange.receive(path, passphrase: "not the passphrase\n")
        #expect(wrongPassphrase.status == 65 && wrongPassphrase.stderr.contains("the passphrase does not open this key"))

        // Sealed for Nidos's own key: VWN has no key that opens it.
        let nidosKey = try exchange.nidos.run(["recipient", "create", "--name", "nidos", "--passphrase-stdin"],
                                              stdin: Self.nidosPassphrase)
        #expect(nidosKey.status == 0)
        let own = exchange.nidos.path("own.sealed")
        #expect(try exchange.nidos.run(["handover", "--case", Self.caseId, "--to", "nidos", "--output", own]).status == 0)
        let notMine = try exchange.receive(own)
        #expect(notMine.status == 66 && notMine.stderr.contains("which is not one of your own keys"))

        let notSealed = try exchange.receive(exchange.nidos.path("case.json"))
        #expect(notSealed.status == 65 && notSealed.stderr.contains("not a sealed nareis file"))
        #expect(try exchange.vwn.export() == before, "nothing of a refused file is stored")

        #expect(try exchange.receive(path).status == 0)
        let again = try exchange.receive(path)
        #expect(again.status == 65 && again.stderr.contains("was already received into this store"))
        let dutch = try exchange.receive(path, ["--lang", "nl"])
        #expect(dutch.status == 65)
        #expect(dutch.stderr.contains("dit bestand is al op") && !dutch.stderr.contains("already"))
    }

    @Test func aHandoverNeedsAStoreAndAKnownRecipient() throws {
        let exchange = try Exchange()
        defer { exchange.remove() }
        let unknown = try exchange.nidos.run(["handover", "--case", Self.caseId, "--to", "nobody"])
        #expect(unknown.status == 66 && unknown.stderr.contains("nobody: no own or colleague's key by that name"))
        let path = try exchange.handover()
        let over = try exchange.nidos.run(["handover", "--case", Self.caseId, "--to", "vwn-utrecht", "--output", path])
        #expect(over.status == 73 && over.stderr.contains("a file is already there"))
        let nowhere = Laptop("empty", root: exchange.root)
        let created = try nowhere.run(["recipient", "create", "--name", "x-key", "--passphrase-stdin"], stdin: "long enough\n")
        #expect(created.status == 0)
        let noStore = try nowhere.run(["receive", path, "--passphrase-stdin"], stdin: "long enough\n")
        #expect(noStore.status == 66 && noStore.stderr.contains("no nareis store"))
        #expect(!FileManager.default.fileExists(atPath: nowhere.path("cases.sqlite")))
        let short = try nowhere.run(["recipient", "create", "--name", "y-key", "--passphrase-stdin"], stdin: "short\n")
        #expect(short.status == 65 && short.stderr.contains("at least 8 characters"))
    }

    @Test func aSealedBackupRestoresWithItsPassphrase() throws {
        let exchange = try Exchange()
        defer { exchange.remove() }
        let nidos = exchange.nidos
        #expect(try nidos.run(["recipient", "create", "--name", "nidos", "--passphrase-stdin"], stdin: Self.nidosPassphrase).status == 0)
        let backup = nidos.path("stick/backup.sealed")
        try FileManager.default.createDirectory(atPath: nidos.path("stick"), withIntermediateDirectories: true)
        let written = try nidos.run(["backup", "--encrypt-to", "nidos", backup])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("backup sealed for nidos"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: nidos.path("stick")) == ["backup.sealed"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: nidos.directory.path).allSatisfy { !$0.contains("plain") },
                "the plain copy is gone")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: backup))
        #expect(bytes.range(of: Data("SQLite format 3".utf8)) == nil && bytes.range(of: Data("Tesfay".utf8)) == nil)
        #expect(try Self.mode(backup) == 0o600)

        // A second laptop with the same settings folder (the key) and no store yet.
        let restored = nidos.path("restored.sqlite")
        var environment = nidos.environment
        environment["NAREIS_DB"] = restored
        let wrong = try NareisBinary.run(["restore", backup, "--passphrase-stdin"], stdin: Data("guess guess\n".utf8),
                                         environment: environment)
        #expect(wrong.status == 65 && !FileManager.default.fileExists(atPath: restored))
        let done = try NareisBinary.run(["restore", backup, "--passphrase-stdin"], stdin: Data(Self.nidosPassphrase.utf8),
                                        environment: environment)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("restored from the sealed backup") && done.stdout.contains("(1 cases)"))
        let back = try NareisBinary.run(["export"], environment: environment)
        #expect(back.stdout == (try nidos.export()))

        // A handover is not a backup.
        let handover = try exchange.handover()
        let mixedUp = try NareisBinary.run(["restore", handover, "--passphrase-stdin"], stdin: Data(Self.nidosPassphrase.utf8),
                                           environment: environment)
        #expect(mixedUp.status == 65 && mixedUp.stderr.contains("a sealed handover where a backup is expected"))
    }
}
