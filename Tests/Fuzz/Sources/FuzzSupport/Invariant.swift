import Foundation

/// Stops the run when an invariant fails. libFuzzer records the input of a process
/// that aborts as a crash (`crash-<sha1>`), so a broken invariant is kept and can be
/// replayed like any trap; the message says which one broke.
public func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    guard !condition() else { return }
    FileHandle.standardError.write(Data("invariant failed: \(message())\n".utf8))
    abort()
}

/// The fuzz input as a buffer (libFuzzer passes a pointer and a length).
public func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: data, count: size)
}

/// Whether `text` holds a control character a terminal could obey: C0 (but the
/// newline and tab given in `allowing`), DEL or C1.
public func holdsControl(_ text: String, allowing allowed: Set<Unicode.Scalar> = []) -> Bool {
    text.unicodeScalars.contains { scalar in
        let value = scalar.value
        return (value < 0x20 || (0x7F...0x9F).contains(value)) && !allowed.contains(scalar)
    }
}
