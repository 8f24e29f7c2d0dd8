import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The test process's scratch directory under the system's temporary directory, made on
/// first use and removed when the process exits. Stores some tests share stay open for
/// the whole run, so their directories cannot be removed by the test that made them;
/// case data (even made up) must not pile up in /tmp run after run.
public enum Scratch {
    public static let root: String = {
        var template = Array((NSTemporaryDirectory() + "/nareis-tests-XXXXXX").utf8CString)
        let path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
        atexit { try? FileManager.default.removeItem(atPath: Scratch.root) }
        return path
    }()

    /// A new directory under the root, its name beginning with `name`.
    public static func newDirectory(_ name: String) throws -> String {
        let path = root + "/" + name + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        return path
    }
}
