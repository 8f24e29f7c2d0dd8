import CNcursesw
import Foundation

/// Signal handling so the terminal is never left broken.
///
/// SIGINT, SIGTERM and SIGHUP set a flag the key loop checks at least every
/// 200 ms, so it quits through the normal path (endwin). Crash signals restore
/// the terminal first and then die as they would have.
public enum TerminalGuard {
    /// Set only by the signal handler, read only by the key loop: `sig_atomic_t` is
    /// the type C makes safe for exactly this (one write in a handler, reads outside).
    nonisolated(unsafe) static var stopRequested: sig_atomic_t = 0

    public static var shouldStop: Bool { stopRequested != 0 }

    static func install() {
        // A parent may have started us with these blocked (a blocked SIGTERM would
        // never reach the handler): unblock what is handled here.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            sigaddset(&handled, signalNumber)
        }
        sigprocmask(SIG_UNBLOCK, &handled, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { _ in TerminalGuard.stopRequested = 1 }
        }
        for signalNumber in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(signalNumber) { received in
                endwin()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
