import Foundation
import NareisCasework
import NIOCore
import NIOSSL
import PostgresNIO

/// Turns what postgres-nio and NIO throw into `TeamServerError`, whose cases each name
/// what the counsellor or the administrator does next. Only the server's message text
/// travels on (never a query: its binds could hold case documents).
enum ConnectionFailure {
    static func teamError(_ error: any Error, address: TeamAddress) -> TeamServerError {
        if let known = error as? TeamServerError { return known }
        if let transaction = error as? PostgresTransactionError {
            let inner = transaction.closureError ?? transaction.commitError ?? transaction.beginError
                ?? transaction.rollbackError
            if let inner { return teamError(inner, address: address) }
            return .server("the transaction failed")
        }
        guard let error = error as? PSQLError else {
            if isTLS(error) { return .certificateMismatch(server: address.server, reason: describe(error)) }
            if isNetwork(error) { return .unreachable(server: address.server, reason: describe(error)) }
            if error is PostgresDecodingError { return .server("the server answered with columns of another type") }
            return .server(describe(error))
        }
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? "an error without a message"
            switch state {
            case "28P01", "28000": return .authenticationFailed(role: address.role)
            // Starting up, shutting down, too many connections: try again later.
            case "57P01", "57P02", "57P03", "53300": return .unreachable(server: address.server, reason: message)
            default: return .server(state.isEmpty ? message : "\(message) (SQLSTATE \(state))")
            }
        case .authMechanismRequiresPassword, .saslError, .unsupportedAuthMechanism:
            return .authenticationFailed(role: address.role)
        case .sslUnsupported:
            return .certificateMismatch(server: address.server, reason: "the server does not offer TLS")
        case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return .certificateMismatch(server: address.server, reason: "TLS could not be set up")
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            if let underlying = error.underlying {
                if isTLS(underlying) {
                    return .certificateMismatch(server: address.server, reason: describe(underlying))
                }
                return .unreachable(server: address.server, reason: describe(underlying))
            }
            return .unreachable(server: address.server, reason: "the connection was closed")
        default:
            return .server(error.code.description)
        }
    }

    static func isNetwork(_ error: any Error) -> Bool {
        error is IOError || error is NIOConnectionError || error is ChannelError || error is CancellationError
    }

    static func isTLS(_ error: any Error) -> Bool {
        error is NIOSSLError || error is NIOSSLExtraError || error is BoringSSLError
    }

    /// The system's reason in words, without Swift type noise where it can be helped.
    static func describe(_ error: any Error) -> String {
        if let io = error as? IOError { return String(cString: strerror(io.errnoCode)) }
        if let connect = error as? NIOConnectionError {
            if connect.dnsAAAAError != nil || connect.dnsAError != nil, connect.connectionErrors.isEmpty {
                return "the host name was not found"
            }
            if let first = connect.connectionErrors.first?.error { return describe(first) }
            return "no address of the host answered"
        }
        if let channel = error as? ChannelError, case .connectTimeout = channel { return "timed out" }
        if error is CancellationError { return "cancelled" }
        if let ssl = error as? NIOSSLExtraError, ssl == .failedToValidateHostname {
            return "the certificate names another host"
        }
        return String(describing: error)
    }
}
