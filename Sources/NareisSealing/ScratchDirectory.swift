import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private folder (0700) for the plain copy a sealed backup passes through, removed
/// with everything in it when the work is done, when it fails, and when the program
/// is stopped with Ctrl-C, a hang-up or a kill (SIGTERM).
///
/// It is made beside the store, never beside the sealed file: the plain copy stays on
/// the disk that already holds the plain store, not on the USB stick it is going to.
public final class ScratchDirectory {
    public let path: String

    /// Makes `parent/.nareis-plain-XXXXXX` (the parent is made owner-only if missing).
    public init(inside parent: String) throws {
        try OwnerOnlyFile.ensureDirectory(parent)
        var template = Array((parent + "/.nareis-plain-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!).map { String(cString: $0) } }) else {
            throw SealingError.cannotWrite(path: parent, reason: String(cString: strerror(errno)))
        }
        path = made
        ScratchCleanup.watch(path)
    }

    public func file(_ name: String) -> String { path + "/" + name }

    /// Removes the folder and what is in it; safe to call twice.
    public func remove() {
        ScratchCleanup.forget()
        try? FileManager.default.removeItem(atPath: path)
    }

    deinit { remove() }
}

/// The signal side of `ScratchDirectory`: the folder's path kept as a C string, so the
/// handler needs no allocation, then the signal's default action (the program still
/// ends as it would have).
private enum ScratchCleanup {
    nonisolated(unsafe) static var watched: UnsafeMutablePointer<CChar>?
    static let signals = [SIGINT, SIGTERM, SIGHUP]

    static func watch(_ path: String) {
        watched = strdup(path)
        for signal in signals { Glibc.signal(signal, handler) }
    }

    static func forget() {
        for signal in signals { Glibc.signal(signal, SIG_DFL) }
        if let watched { free(watched) }
        watched = nil
    }

    static let handler: @convention(c) (Int32) -> Void = { signal in
        if let directory = ScratchCleanup.watched, let entries = opendir(directory) {
            let folder = dirfd(entries)
            while let entry = readdir(entries) {
                withUnsafePointer(to: entry.pointee.d_name) { name in
                    name.withMemoryRebound(to: CChar.self, capacity: 256) { _ = unlinkat(folder, $0, 0) }
                }
            }
            closedir(entries)
            rmdir(directory)
        }
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
    }
}
