import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a passphrase from the terminal itself (`/dev/tty`, so standard input and
/// output stay the command's), with echo off. Ctrl-C while typing puts the echo back
/// before the program ends, or the user's shell would stay blind.
enum TerminalPassphrase {
    /// The typed line, or nil when there is no terminal (a cron job, a pipe).
    static func ask(_ prompt: String) -> String? {
        let terminal = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard terminal >= 0 else { return nil }
        defer { close(terminal) }
        var original = termios()
        guard tcgetattr(terminal, &original) == 0 else { return nil }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        silent.c_lflag |= tcflag_t(ECHONL)
        Restore.watch(terminal, original)
        defer { Restore.now() }
        write(terminal, prompt, prompt.utf8.count)
        guard tcsetattr(terminal, TCSAFLUSH, &silent) == 0 else { return nil }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while read(terminal, &byte, 1) == 1, byte != UInt8(ascii: "\n") {
            line.append(byte)
            // A passphrase is a line, not a file: stop a runaway paste.
            if line.count > 4096 { break }
        }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
    }

    /// The terminal's settings to put back, kept where a signal handler can reach them.
    private enum Restore {
        nonisolated(unsafe) static var terminal: Int32 = -1
        nonisolated(unsafe) static var settings = termios()
        static let signals = [SIGINT, SIGTERM, SIGHUP, SIGTSTP]

        static func watch(_ descriptor: Int32, _ original: termios) {
            terminal = descriptor
            settings = original
            for signal in signals { Glibc.signal(signal, handler) }
        }

        static func now() {
            if terminal >= 0 { tcsetattr(terminal, TCSAFLUSH, &settings) }
            terminal = -1
            for signal in signals { Glibc.signal(signal, SIG_DFL) }
        }

        static let handler: @convention(c) (Int32) -> Void = { signal in
            if Restore.terminal >= 0 { tcsetattr(Restore.terminal, TCSAFLUSH, &Restore.settings) }
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
    }
}
