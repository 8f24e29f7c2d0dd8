import Foundation
import NareisCasework
#if canImport(Glibc)
import Glibc
#endif

/// The store's file on disk: where it lives, whether a file is a nareis store at all,
/// and its permission bits. Everything here works on bytes and file modes, before
/// SQLite opens the file, so that a foreign file is never written to.
public enum StoreFile {
    /// `PRAGMA application_id` of every nareis store: "NRIS".
    public static let applicationID: Int32 = 0x4E52_4953

    /// Owner-only, whatever the umask: case data is about refugees and minors.
    public static let fileMode: mode_t = 0o600
    public static let directoryMode: mode_t = 0o700

    /// The store path: `--db`, else `NAREIS_DB`, else `$XDG_DATA_HOME/nareis/cases.sqlite`
    /// (`~/.local/share/nareis/cases.sqlite` when XDG_DATA_HOME is unset or not absolute).
    public static func resolvePath(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["NAREIS_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return dataHome + "/nareis/cases.sqlite"
    }

    /// What is at a path, judged from the 100-byte SQLite header alone.
    enum Contents: Equatable {
        case missing
        /// A zero-length file: SQLite would treat it as an empty database.
        case empty
        case store
        case foreign(reason: String)
    }

    /// Whether anything is at `path` (a store, or something that is not one: opening
    /// says which).
    public static func exists(_ path: String) -> Bool { inspect(path) != .missing }

    static func inspect(_ path: String) -> Contents {
        // With the system calls themselves: every command judges its store here before
        // it starts, and Foundation's file handle and `Data` cost more than the reading
        // (a `Data` made from a string's bytes goes through a dynamic cast: a scan of
        // the binary's seven thousand protocol conformances).
        var status = stat()
        guard stat(path, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .foreign(reason: "it is a directory")
        // A pipe would hold the command at its opening for ever, and a device such as
        // /dev/null reads as an empty file, which a store would then be made in.
        default: return .foreign(reason: "it is not a regular file (a device, pipe or socket)")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .foreign(reason: "it cannot be read (permissions)") }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 100)
        let count = header.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 100, 0) }
        if count < 0 { return .foreign(reason: "it cannot be read (\(String(cString: strerror(errno))))") }
        if count == 0 { return .empty }
        guard count == 100, header.prefix(16).elementsEqual("SQLite format 3\0".utf8) else {
            return .foreign(reason: "it is not an SQLite database")
        }
        let id = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard Int32(bitPattern: id) == applicationID else {
            return .foreign(reason: "it is an SQLite database of another program (application_id \(id))")
        }
        return .store
    }

    /// Creates the missing directories of `path`'s parent owner-only (0700).
    /// An existing directory keeps its mode: it may be shared, like /tmp.
    static func ensureParentDirectory(of path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty else { return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw StoreError.cannotWrite(path: path, detail: "\(directory) is not a directory")
            }
            return
        }
        try ensureParentDirectory(of: directory)
        guard mkdir(directory, directoryMode) == 0 || errno == EEXIST else {
            throw StoreError.cannotWrite(path: directory, detail: String(cString: strerror(errno)))
        }
        chmod(directory, directoryMode)
    }

    /// Sets the store file and its SQLite companions (-wal, -shm) to 0600.
    static func restrictPermissions(_ path: String) {
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            chmod(file, fileMode)
        }
    }

    /// Flushes a file (or a directory, after a rename in it) to the disk.
    static func sync(_ path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw StoreError.cannotWrite(path: path, detail: String(cString: strerror(errno))) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw StoreError.cannotWrite(path: path, detail: String(cString: strerror(errno))) }
    }

    /// A name next to `path` for a file being prepared, to be renamed over it.
    static func temporaryPath(beside path: String, purpose: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let prefix = directory.isEmpty ? "" : directory + "/"
        return prefix + ".\(name).\(purpose)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Moves a finished temporary file into place and makes the rename durable.
    static func commit(temporary: String, to path: String) throws {
        chmod(temporary, fileMode)
        try sync(temporary)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw StoreError.cannotWrite(path: path, detail: reason)
        }
        let directory = (path as NSString).deletingLastPathComponent
        try sync(directory.isEmpty ? "." : directory)
    }

    static func removeWithCompanions(_ path: String) {
        for file in [path, path + "-wal", path + "-shm", path + "-journal"] { unlink(file) }
    }
}
