import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Standard output held back until the command has read everything it prints, then
/// written at once: a read that fails half-way (a damaged page) prints nothing, rather
/// than a list that looks whole and is not. A cron job's "nothing due" must be true.
///
/// Up to `memoryLimit` bytes wait in memory; beyond it (an export of 100,000 case files
/// is about 330 MB) they wait in an unnamed file in the store's directory (`O_TMPFILE`:
/// owner-only, never linked to a name, gone when the process ends), the same disk and
/// the same protection as the store the text came from.
struct OutputBuffer {
    private var buffer: [UInt8] = []
    private let memoryLimit = 16 << 20
    private let spoolDirectory: String?
    private var spool: FileHandle?
    /// Set when the spool file could not take a write (a full disk): the output is then
    /// incomplete and is not printed.
    private var spoolFailure: String?

    /// `spoolBeside`: the store's path, whose directory takes what does not fit in memory.
    init(spoolBeside storePath: String? = nil) {
        spoolDirectory = storePath.map { ($0 as NSString).deletingLastPathComponent }
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ text: String) {
        append(text)
        if buffer.count >= memoryLimit { spill() }
    }

    /// `text` and then spaces up to `width` bytes (for ASCII columns).
    mutating func write(_ text: String, paddedTo width: Int) {
        // A handful of spaces: a plain loop (appending a `repeatElement` goes through
        // the generic sequence path, a tenth of a list's time at 10,000 lines).
        var pad = width - append(text)
        while pad > 0 {
            buffer.append(UInt8(ascii: " "))
            pad -= 1
        }
    }

    /// Appends `text`'s UTF-8 bytes as one block and returns their count: appending
    /// the `utf8` view goes through the generic sequence path, about 170 instructions
    /// a field (a tenth of `deadlines` at 100,000 cases).
    @discardableResult
    private mutating func append(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            buffer.append(contentsOf: bytes)
            return bytes.count
        }
    }

    /// Makes room for `bytes` more at once, when the caller knows the size: a list
    /// that grows by doubling touches (and the kernel zeroes) twice the memory.
    mutating func reserve(_ bytes: Int) {
        buffer.reserveCapacity(min(buffer.count + bytes, memoryLimit))
    }

    /// Writes everything held and ends the process with status 0, for a command with
    /// nothing left to do: taking apart ten thousand lines and a read-only connection
    /// one by one is about a millisecond (a twentieth of `deadlines`) that nobody sees.
    /// The kernel frees the memory and releases the file locks at once; a read-only
    /// connection has nothing to write back.
    mutating func flushAndEnd() throws -> Never {
        try flush()
        exit(0)
    }

    /// Writes everything held, once the command has all of it.
    mutating func flush() throws {
        if let spool {
            spill()
            if let spoolFailure {
                printError("the output could not be held until complete (\(spoolFailure)); nothing printed")
                throw ExitStatus.cannotWrite
            }
            spool.seek(toFileOffset: 0)
            while let chunk = try? spool.read(upToCount: 1 << 20), !chunk.isEmpty {
                FileHandle.standardOutput.write(chunk)
            }
            try? spool.close()
            self.spool = nil
        } else if !buffer.isEmpty {
            buffer.withUnsafeBytes { writeToStandardOutput($0) }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Moves what is in memory to the spool file; without one (no directory given, or a
    /// file system without O_TMPFILE) it stays in memory.
    private mutating func spill() {
        #if os(Linux)
        if spool == nil, let directory = spoolDirectory {
            // Linux's O_TMPFILE (__O_TMPFILE | O_DIRECTORY): a macro of macros, so Swift does
            // not import it. Other systems keep the output in memory.
            let unnamedFile: Int32 = 0o2000_0000 | O_DIRECTORY
            let descriptor = open(directory.isEmpty ? "." : directory, unnamedFile | O_RDWR, 0o600)
            if descriptor >= 0 { spool = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true) }
        }
        #endif
        guard let spool, spoolFailure == nil else { return }
        do {
            try buffer.withUnsafeBytes { try spool.write(contentsOf: Data($0)) }
            buffer.removeAll(keepingCapacity: true)
        } catch {
            spoolFailure = "\(spoolDirectory ?? "."): \(error.localizedDescription)"
        }
    }
}

/// Writes `bytes` to standard output straight from where they are (`Data` would copy
/// them first: megabytes for a long list), as much as each write takes. A write that
/// fails (a closed pipe) ends it, as FileHandle's would.
func writeToStandardOutput(_ bytes: UnsafeRawBufferPointer) {
    guard var next = bytes.baseAddress else { return }
    var left = bytes.count
    while left > 0 {
        let written = write(STDOUT_FILENO, next, left)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        next += written
        left -= written
    }
}
