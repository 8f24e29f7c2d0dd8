import Foundation
import NareisCasework
import NareisTeam
import NareisTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL cluster for the team-server tests: `initdb` into a temporary
/// directory, `pg_ctl start` on a free loopback port and a socket in that directory,
/// removed at the end of the run. One cluster serves the whole run (`shared`); each test
/// takes its own database (`makeDatabase`), and roles, which are cluster-wide, carry the
/// database's name, so tests stay independent when run in parallel.
///
/// Running as root (CI does), the server runs as the `postgres` OS user, since PostgreSQL
/// refuses to run as root. Without PostgreSQL installed the tests fail, saying so: a
/// skipped server test would let a broken sync ship.
final class PrivateCluster: Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let directory: String
    let port: Int
    let bin: String
    let runAsPostgres: Bool
    /// The self-signed certificate the server presents (names `localhost` only), when
    /// `openssl` was there to make one.
    let certificate: String?

    var dataDirectory: String { directory + "/data" }
    var log: String { directory + "/log" }

    /// The run's cluster, started on first use and stopped when the test process exits.
    static let shared: Result<PrivateCluster, Failure> = {
        let result = Result<PrivateCluster, Error> { try PrivateCluster.start() }
            .mapError { $0 as? Failure ?? Failure(description: "\($0)") }
        if case .success = result {
            atexit {
                if case .success(let cluster) = PrivateCluster.shared {
                    cluster.remove()
                }
            }
        }
        return result
    }()

    static func get() throws -> PrivateCluster { try shared.get() }

    private init(directory: String, port: Int, bin: String, runAsPostgres: Bool, certificate: String?) {
        self.directory = directory
        self.port = port
        self.bin = bin
        self.runAsPostgres = runAsPostgres
        self.certificate = certificate
    }

    /// The `bin` directory of the highest PostgreSQL version under /usr/lib/postgresql.
    static func findBinaries() throws -> String {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap { name -> (Double, String)? in Double(name).map { ($0, name) } }
            .sorted { $0.0 > $1.0 }
        for (_, name) in versions {
            let bin = "\(root)/\(name)/bin"
            if FileManager.default.isExecutableFile(atPath: bin + "/initdb"),
               FileManager.default.isExecutableFile(atPath: bin + "/pg_ctl") {
                return bin
            }
        }
        throw Failure(description: """
            No PostgreSQL server binaries (initdb, pg_ctl) under \(root)/*/bin: the team-server \
            tests need them. Install the `postgresql` package (scripts/setup-deps does).
            """)
    }

    static func start() throws -> PrivateCluster {
        let bin = try findBinaries()
        let root = geteuid() == 0
        var template = Array("/tmp/nareis-pg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw Failure(description: "mkdtemp failed") }
        let directory = String(cString: made)
        let certificate = try? makeCertificate(in: directory)
        if root { try Shell.run(["chown", "-R", "postgres:", directory]) }
        let cluster = PrivateCluster(directory: directory, port: try freePort(), bin: bin, runAsPostgres: root,
                                     certificate: certificate)
        try cluster.initialise()
        try cluster.start()
        try cluster.watch()
        return cluster
    }

    private func initialise() throws {
        try server(["\(bin)/initdb", "-D", dataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8",
                    "--no-locale", "--no-sync"])
        // Passwords over TCP (so a wrong one is refused), trust on the socket for the admin.
        let hba = """
            local all all trust
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256

            """
        var settings = "\nfsync = off\nmax_connections = 200\n"
        if certificate != nil {
            settings += "ssl = on\nssl_cert_file = '\(directory)/server.crt'\nssl_key_file = '\(directory)/server.key'\n"
        }
        try hba.write(toFile: dataDirectory + "/pg_hba.conf", atomically: false, encoding: .utf8)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dataDirectory + "/postgresql.conf"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(settings.utf8))
        try handle.close()
    }

    /// Stops the server and removes the directory once the test process is gone, however
    /// it ended (a crash runs no `atexit`): a detached shell polling the process.
    private func watch() throws {
        let stop = (runAsPostgres ? "runuser -u postgres -- " : "") + "'\(bin)/pg_ctl' -D '\(dataDirectory)' -m immediate stop"
        let script = "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; \(stop); rm -rf '\(directory)'"
        try Shell.run(["sh", "-c", "(\(script)) >/dev/null 2>&1 &"], detached: true)
    }

    func start() throws {
        try server(["\(bin)/pg_ctl", "-D", dataDirectory,
                    "-o", "-k \(directory) -c listen_addresses=127.0.0.1 -p \(port)",
                    "-l", log, "-w", "start"], detached: true)
    }

    /// `fast` ends sessions and shuts down cleanly; `immediate` is a crash as far as
    /// clients can tell (for mid-sync stop tests).
    func stop(mode: String = "fast") throws {
        try server(["\(bin)/pg_ctl", "-D", dataDirectory, "-m", mode, "-w", "stop"])
    }

    func restart() throws {
        try stop()
        try start()
    }

    /// Stops the server if it still runs and removes the directory.
    func remove() {
        if FileManager.default.fileExists(atPath: dataDirectory + "/postmaster.pid") { try? stop(mode: "immediate") }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs a server program, as `postgres` when the tests run as root.
    @discardableResult
    private func server(_ arguments: [String], detached: Bool = false) throws -> String {
        try Shell.run(runAsPostgres ? ["runuser", "-u", "postgres", "--"] + arguments : arguments,
                      detached: detached)
    }

    // MARK: - SQL and addresses

    /// Runs SQL with `psql` over the socket (as superuser `postgres` unless `role` is
    /// given); returns the rows unaligned, `|` between columns.
    @discardableResult
    func sql(_ statement: String, database: String = "postgres", role: String = "postgres") throws -> String {
        try Shell.run(["\(bin)/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", directory,
                       "-p", String(port), "-U", role, "-d", database, "-c", statement])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A fresh database for one test.
    func makeDatabase() throws -> String {
        let name = "t" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        try sql("CREATE DATABASE \(name)")
        return name
    }

    /// The socket address of `database` for `role` (no password needed: trust).
    func socketAddress(role: String, database: String) throws -> TeamAddress {
        try TeamAddress(parsing: "postgresql://\(role)@/\(database)?host=\(directory)&port=\(port)")
    }

    /// The TCP address (password checked), plain text on loopback unless `query` says otherwise.
    func tcpAddress(role: String, database: String, host: String = "127.0.0.1", query: String = "") throws -> TeamAddress {
        try TeamAddress(parsing: "postgresql://\(role)@\(host):\(port)/\(database)\(query.isEmpty ? "" : "?" + query)")
    }

    // MARK: - Setup helpers

    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw Failure(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// A self-signed certificate for `localhost` (DNS name only: connecting to 127.0.0.1
    /// with verify-full must then fail), which is also the root the tests trust.
    static func makeCertificate(in directory: String) throws -> String {
        try Shell.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                       "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                       "-keyout", directory + "/server.key", "-out", directory + "/server.crt"])
        chmod(directory + "/server.key", 0o600)
        return directory + "/server.crt"
    }
}

/// Runs a program and returns its standard output; a non-zero exit is an error that
/// carries the program's standard error. `detached`: a program that leaves a server
/// running (`pg_ctl start`), whose output goes nowhere, as the server keeps whatever it
/// inherits open.
enum Shell {
    @discardableResult
    static func run(_ arguments: [String], detached: Bool = false) throws -> String {
        let (program, rest) = (arguments[0], Array(arguments.dropFirst()))
        func failed(_ status: Int32, _ errors: String) -> PrivateCluster.Failure {
            PrivateCluster.Failure(description: "\(arguments.joined(separator: " ")) failed (\(status)): \(errors)")
        }
        if detached {
            let ended = try ChildProcess(program, rest).wait()
            guard ended.exitedNormally && ended.status == 0 else { throw failed(ended.status, "") }
            return ""
        }
        let ran = try ChildProcess.run(program, rest)
        guard ran.exitedNormally && ran.status == 0 else { throw failed(ran.status, ran.stderr) }
        return ran.stdout
    }
}
