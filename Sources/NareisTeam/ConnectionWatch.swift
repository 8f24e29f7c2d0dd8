import Foundation
import NareisCasework
import PostgresNIO

/// Runs one request on the connection and watches the connection while it waits. When
/// the server goes away mid-request (a crash, `pg_ctl stop -m immediate`), postgres-nio
/// can leave the request's answer unresolved for ever; here the wait ends once the
/// connection is seen closed, with the same "cannot reach the server" a counsellor gets
/// for a server that is down, so a sync never hangs. The request itself, if it ever
/// ends, is dropped.
enum ConnectionWatch {
    /// How often the connection is looked at while a request waits.
    static let interval: Duration = .milliseconds(200)
    /// How long a request may take to fail on its own once its connection closed.
    static let grace: Duration = .milliseconds(500)

    static func run<T: Sendable>(on connection: PostgresConnection, server: String,
                                 _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let answer = FirstAnswer<T>()
        return try await withCheckedThrowingContinuation { continuation in
            answer.await(continuation)
            let request = Task {
                do { answer.give(.success(try await body())) } catch { answer.give(.failure(error)) }
            }
            Task {
                while !answer.isGiven {
                    try? await Task.sleep(for: interval)
                    guard connection.isClosed else { continue }
                    try? await Task.sleep(for: grace)
                    answer.give(.failure(TeamServerError.unreachable(
                        server: server, reason: "the connection closed with a request unanswered")))
                    request.cancel()
                }
            }
        }
    }
}

/// The first of the request's answer and the watch's verdict; the other is dropped.
private final class FirstAnswer<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var given = false

    var isGiven: Bool { lock.withLock { given } }

    func await(_ continuation: CheckedContinuation<T, any Error>) {
        lock.withLock { self.continuation = continuation }
    }

    func give(_ result: Result<T, any Error>) {
        let waiting: CheckedContinuation<T, any Error>? = lock.withLock {
            guard !given else { return nil }
            given = true
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
    }
}
