import Foundation
import Logging
import NareisCasework
import NIOCore
import NIOSSL
import PostgresNIO

/// Opens one PostgreSQL connection for a `TeamAddress`: TLS as its `sslmode` says,
/// errors as `TeamServerError`.
enum ConnectionSetup {
    /// Logs nothing: postgres-nio's debug output can include query binds, which are case
    /// documents here, and the workstation has no log that should hold those.
    static let silent = Logger(label: "nareis.team", factory: { _ in SwiftLogNoOpLogHandler() })

    static func open(_ address: TeamAddress, password: String?) async throws(TeamServerError) -> PostgresConnection {
        let configuration = try configuration(for: address, password: password)
        do {
            return try await PostgresConnection.connect(configuration: configuration, id: 1, logger: silent)
        } catch {
            throw ConnectionFailure.teamError(error, address: address)
        }
    }

    static func configuration(for address: TeamAddress, password: String?) throws(TeamServerError)
        -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        switch address.endpoint {
        case .socket:
            configuration = .init(unixSocketPath: address.socketPath ?? "", username: address.role,
                                  password: password, database: address.database)
        case .tcp(let host, let port):
            configuration = .init(host: host, port: port, username: address.role, password: password,
                                  database: address.database, tls: try tls(for: address))
        }
        configuration.options.connectTimeout = .seconds(Int64(address.connectTimeout))
        return configuration
    }

    /// libpq's meaning of each mode, including that `require` with a root file verifies
    /// the chain (as `verify-ca`).
    static func tls(for address: TeamAddress) throws(TeamServerError) -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch address.sslMode {
        case .disable: return .disable
        case .require: tls.certificateVerification = address.rootCertificate == nil ? .none : .noHostnameVerification
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull: tls.certificateVerification = .fullVerification
        }
        if let root = address.rootCertificate {
            guard FileManager.default.isReadableFile(atPath: root) else {
                throw .badAddress("sslrootcert a readable PEM file (\(root) is not)")
            }
            tls.trustRoots = .file(root)
        }
        if let certificate = address.clientCertificate, let key = address.clientKey {
            do {
                tls.certificateChain = try NIOSSLCertificate.fromPEMFile(certificate).map { .certificate($0) }
                tls.privateKey = .privateKey(try NIOSSLPrivateKey(file: key, format: .pem))
            } catch {
                throw .badAddress("sslcert and sslkey readable PEM files (\(certificate), \(key))")
            }
        }
        do {
            return .require(try NIOSSLContext(configuration: tls))
        } catch {
            throw .badAddress("TLS files that can be used (\(ConnectionFailure.describe(error)))")
        }
    }
}
