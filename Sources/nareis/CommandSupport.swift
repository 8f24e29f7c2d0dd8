import ArgumentParser
import Foundation
import NareisCore

/// Exit statuses (sysexits.h): all non-zero and below 128, as the spec asks.
enum ExitStatus {
    static let badInput = ExitCode(65)      // EX_DATAERR: the input was refused
    static let noInput = ExitCode(66)       // EX_NOINPUT: a file could not be read
    static let cannotWrite = ExitCode(73)   // EX_CANTCREAT
    static let storeProblem = ExitCode(74)  // EX_IOERR
}

/// Prints to standard error: messages and refusals, never case data.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("nareis: " + message + "\n").utf8))
}

/// Reads a whole file, or standard input for "-"; refuses files over `limit` bytes.
func readInput(_ path: String, limit: Int = 256 * 1024 * 1024) throws -> Data {
    func tooLarge(_ size: Int) -> ExitCode {
        printError("\(path): \(size) bytes is more than the \(limit) bytes accepted")
        return ExitStatus.badInput
    }
    do {
        if path == "-" {
            // Read a block at a time, so that endless input is refused at the limit.
            var data = Data()
            while let block = try FileHandle.standardInput.read(upToCount: 1 << 20), !block.isEmpty {
                data.append(block)
                if data.count > limit { throw tooLarge(data.count) }
            }
            return data
        }
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        if size > limit { throw tooLarge(size) }
        // Mapped, not copied: a large import reads it a chunk at a time.
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        if data.count > limit { throw tooLarge(data.count) }
        return data
    } catch let exit as ExitCode {
        throw exit
    } catch {
        printError("\(path): cannot read the file (\((error as NSError).localizedDescription))")
        throw ExitStatus.noInput
    }
}

/// Today in the local time zone: the only place nareis reads the clock.
func today() -> Day { LocalClock.day(of: Date()) }
