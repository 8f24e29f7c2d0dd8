import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Files and folders only their owner can read, whatever the umask: keys, sealed
/// files and the plain copies a backup passes through.
public enum OwnerOnlyFile {
    public static let fileMode: mode_t = 0o600
    public static let directoryMode: mode_t = 0o700

    /// Makes `path` (and missing parents) as owner-only folders; an existing one is left as it is.
    public static func ensureDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: Int(directoryMode)])
        } catch {
            throw SealingError.cannotWrite(path: path, reason: reason(error))
        }
    }

    /// Writes a file through `body` into a temporary file beside `path` (0600), synced,
    /// then moved into place: a failure part way leaves nothing at `path`. Without
    /// `replacing`, an existing file at `path` is refused (`fileExists`).
    @discardableResult
    public static func write<T>(to path: String, replacing: Bool, _ body: (FileHandle) throws -> T) throws -> T {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((directory.isEmpty ? "." : directory) + "/." + name + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw SealingError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        fchmod(descriptor, fileMode)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            let result = try body(handle)
            try handle.synchronize()
            try handle.close()
            if replacing {
                guard rename(temporary, path) == 0 else { throw SealingError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            } else {
                // link() refuses an existing name, where rename() would replace it.
                guard link(temporary, path) == 0 else {
                    let code = errno
                    throw code == EEXIST ? SealingError.fileExists(path: path)
                        : SealingError.cannotWrite(path: path, reason: String(cString: strerror(code)))
                }
                unlink(temporary)
            }
            return result
        } catch {
            try? handle.close()
            unlink(temporary)
            if error is SealingError { throw error }
            throw SealingError.cannotWrite(path: path, reason: reason(error))
        }
    }

    /// Bytes of a whole file, refused above `limit`.
    public static func read(_ path: String, limit: Int) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SealingError.cannotRead(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        let data = try BlockReader(handle: handle).read(limit + 1)
        if data.count > limit { throw SealingError.tooLarge(limit: limit) }
        return Data(data)
    }

    /// The system's reason, without Foundation's wrapping sentence.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
