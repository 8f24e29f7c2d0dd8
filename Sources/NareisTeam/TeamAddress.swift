import Foundation
import NareisCasework

/// Where a team's PostgreSQL server is, as the settings file names it: a libpq-style
/// URL, so an administrator can test the same line with `psql`.
///
///     postgresql://ROLE@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=PATH&sslcert=PATH&sslkey=PATH
///     postgresql://ROLE@/DATABASE?host=/run/postgresql        (Unix socket DIR/.s.PGSQL.PORT)
///
/// The URL never carries a password: it is shown on screens, kept in settings that are
/// copied around and typed on command lines, so one there would leak. The password lives
/// in the settings file only and is passed to `PostgresTeamServer.connect` separately.
public struct TeamAddress: Hashable, Sendable, CustomStringConvertible {
    /// How the connection reaches the server.
    public enum Endpoint: Hashable, Sendable {
        case tcp(host: String, port: Int)
        /// The directory holding the server's socket, which is named after the port.
        case socket(directory: String, port: Int)
    }

    /// How much of TLS is required (libpq's names; the weaker `allow`/`prefer`, which fall
    /// back to plain text silently, are refused).
    public enum SSLMode: String, Hashable, Sendable {
        /// Plain text: only for a Unix socket or the loopback interface.
        case disable
        /// Encrypted, certificate not checked (checked against `sslrootcert` when one is given).
        case require
        /// Encrypted, certificate signed by a trusted root, name not checked.
        case verifyCA = "verify-ca"
        /// Encrypted, certificate trusted and naming the host connected to.
        case verifyFull = "verify-full"
    }

    public static let defaultPort = 5432

    public var role: String
    public var database: String
    public var endpoint: Endpoint
    public var sslMode: SSLMode
    /// PEM file of the roots trusted for the server's certificate (system roots when nil).
    public var rootCertificate: String?
    /// PEM files of the client's certificate and key, for servers that authenticate by certificate.
    public var clientCertificate: String?
    public var clientKey: String?
    /// Seconds to wait for the connection (libpq's `connect_timeout`).
    public var connectTimeout: Int

    /// The socket file of a socket endpoint.
    public var socketPath: String? {
        guard case .socket(let directory, let port) = endpoint else { return nil }
        return (directory.hasSuffix("/") ? directory : directory + "/") + ".s.PGSQL.\(port)"
    }

    /// The server as error messages name it (no role, nothing secret).
    public var server: String {
        switch endpoint {
        case .tcp(let host, let port): return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        case .socket: return socketPath ?? ""
        }
    }

    /// The address written back as a URL (what `init(parsing:)` reads).
    public var description: String {
        var query: [(String, String)] = []
        var text = "postgresql://" + Self.encode(role) + "@"
        switch endpoint {
        case .tcp(let host, let port):
            text += host.contains(":") ? "[\(host)]" : Self.encode(host)
            if port != Self.defaultPort { text += ":\(port)" }
        case .socket(let directory, let port):
            query.append(("host", directory))
            if port != Self.defaultPort { query.append(("port", String(port))) }
        }
        text += "/" + Self.encode(database)
        if case .tcp = endpoint { query.append(("sslmode", sslMode.rawValue)) }
        if let rootCertificate { query.append(("sslrootcert", rootCertificate)) }
        if let clientCertificate { query.append(("sslcert", clientCertificate)) }
        if let clientKey { query.append(("sslkey", clientKey)) }
        if connectTimeout != Self.defaultTimeout { query.append(("connect_timeout", String(connectTimeout))) }
        if !query.isEmpty { text += "?" + query.map { "\($0)=\(Self.encode($1))" }.joined(separator: "&") }
        return text
    }

    static let defaultTimeout = 10

    public init(role: String, database: String, endpoint: Endpoint, sslMode: SSLMode? = nil,
                rootCertificate: String? = nil, clientCertificate: String? = nil, clientKey: String? = nil,
                connectTimeout: Int = 10) {
        self.role = role
        self.database = database
        self.endpoint = endpoint
        self.sslMode = sslMode ?? Self.defaultMode(for: endpoint)
        self.rootCertificate = rootCertificate
        self.clientCertificate = clientCertificate
        self.clientKey = clientKey
        self.connectTimeout = connectTimeout
    }

    /// Plain text where the traffic never leaves the machine, full verification elsewhere:
    /// a laptop on a hotel network must not send case documents to whoever answers.
    static func defaultMode(for endpoint: Endpoint) -> SSLMode {
        switch endpoint {
        case .socket: return .disable
        case .tcp(let host, _): return isLoopback(host) ? .disable : .verifyFull
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        let lower = host.lowercased()
        return lower == "localhost" || lower == "::1" || lower.hasPrefix("127.")
            && lower.split(separator: ".").count == 4 && lower.split(separator: ".").allSatisfy { UInt8($0) != nil }
    }
}

// MARK: - Parsing

extension TeamAddress {
    static let expected = "postgresql://ROLE@HOST:PORT/DATABASE?sslmode=verify-full (or postgresql://ROLE@/DATABASE?host=/socket/dir)"

    /// Reads a settings line; `TeamServerError.badAddress` names what is expected.
    public init(parsing text: String) throws(TeamServerError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let schemeEnd = trimmed.range(of: "://"),
              ["postgresql", "postgres"].contains(trimmed[..<schemeEnd.lowerBound].lowercased()) else {
            throw .badAddress("a PostgreSQL URL: \(Self.expected)")
        }
        var rest = Substring(trimmed[schemeEnd.upperBound...])
        var queryText: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            queryText = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        if rest.contains("#") { throw .badAddress("no '#' in the address: \(Self.expected)") }
        let authority: Substring
        var path: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            authority = rest[..<slash]
            path = rest[rest.index(after: slash)...]
        } else {
            authority = rest
        }
        guard let at = authority.lastIndex(of: "@") else {
            throw .badAddress("the role before '@': \(Self.expected)")
        }
        let userInfo = authority[..<at]
        if userInfo.contains(":") {
            throw .badAddress("no password in the address: it belongs in the settings file's password line")
        }
        let role = try Self.decode(userInfo, "the role")
        guard !role.isEmpty, role.utf8.count <= 63 else {
            throw .badAddress("a role of 1 to 63 characters before '@': \(Self.expected)")
        }
        let (host, port) = try Self.hostAndPort(authority[authority.index(after: at)...])
        let database = path.isEmpty ? role : try Self.decode(path, "the database")
        guard !database.contains("/") else { throw .badAddress("one database name after the host: \(Self.expected)") }

        var socketDirectory: String?
        var queryPort: Int?
        var mode: SSLMode?
        var root: String?, cert: String?, key: String?
        var timeout = Self.defaultTimeout
        for pair in queryText.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0], "a parameter name")
            let value = parts.count > 1 ? try Self.decode(parts[1], name) : ""
            switch name {
            case "host":
                guard value.hasPrefix("/") else { throw .badAddress("host=/absolute/socket/directory (a TCP host goes after '@')") }
                socketDirectory = value
            case "port":
                guard let number = Int(value), (1...65535).contains(number) else { throw .badAddress("port=1..65535") }
                queryPort = number
            case "sslmode":
                guard let parsed = SSLMode(rawValue: value) else {
                    throw .badAddress("sslmode=disable, require, verify-ca or verify-full (not '\(value)')")
                }
                mode = parsed
            case "sslrootcert": root = value
            case "sslcert": cert = value
            case "sslkey": key = value
            case "connect_timeout":
                guard let seconds = Int(value), (1...600).contains(seconds) else { throw .badAddress("connect_timeout=1..600 seconds") }
                timeout = seconds
            case "password":
                throw .badAddress("no password in the address: it belongs in the settings file's password line")
            default:
                throw .badAddress("only host, port, sslmode, sslrootcert, sslcert, sslkey and connect_timeout parameters (not '\(name)')")
            }
        }

        let endpoint: Endpoint
        if let socketDirectory {
            guard host == nil, port == nil else {
                throw .badAddress("either a host after '@' or host=/socket/dir, not both: \(Self.expected)")
            }
            endpoint = .socket(directory: socketDirectory, port: queryPort ?? Self.defaultPort)
            if let mode, mode != .disable {
                throw .badAddress("no sslmode for a Unix socket (TLS does not apply; the socket's directory is the protection)")
            }
        } else {
            guard let host else { throw .badAddress("a host after '@', or host=/socket/dir: \(Self.expected)") }
            if port != nil, queryPort != nil { throw .badAddress("the port once: \(Self.expected)") }
            endpoint = .tcp(host: host, port: port ?? queryPort ?? Self.defaultPort)
            if mode == .disable, !Self.isLoopback(host) {
                throw .badAddress("sslmode=require, verify-ca or verify-full for \(host): plain text only on this machine (localhost or a Unix socket)")
            }
        }
        if (cert == nil) != (key == nil) { throw .badAddress("sslcert and sslkey together") }
        self.init(role: role, database: database, endpoint: endpoint, sslMode: mode, rootCertificate: root,
                  clientCertificate: cert, clientKey: key, connectTimeout: timeout)
    }

    private static func hostAndPort(_ text: Substring) throws(TeamServerError) -> (String?, Int?) {
        guard !text.isEmpty else { return (nil, nil) }
        var host: String
        var portText: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw .badAddress("an IPv6 host in brackets: [::1]:5432") }
            host = String(text[text.index(after: text.startIndex)..<close])
            let after = text[text.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw .badAddress("':PORT' after an IPv6 host") }
                portText = after.dropFirst()
            }
        } else if let colon = text.lastIndex(of: ":") {
            host = String(text[..<colon])
            portText = text[text.index(after: colon)...]
        } else {
            host = String(text)
        }
        host = try decode(Substring(host), "the host")
        guard !host.isEmpty, !host.contains(where: { $0 == "/" || $0 == " " || $0 == "@" }) else {
            throw .badAddress("a host name or IP address after '@': \(Self.expected)")
        }
        guard let portText else { return (host, nil) }
        guard let port = Int(portText), (1...65535).contains(port) else { throw .badAddress("a port of 1..65535 after the host") }
        return (host, port)
    }

    private static func decode(_ text: Substring, _ what: String) throws(TeamServerError) -> String {
        guard let decoded = String(text).removingPercentEncoding else {
            throw .badAddress("\(what) percent-encoded as in a URL (%xx)")
        }
        return decoded
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
