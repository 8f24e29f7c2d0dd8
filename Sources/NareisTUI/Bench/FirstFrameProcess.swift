import Foundation

/// The workstation's first frame timed as a whole process: the benchmark starts
/// `nareis workstation --exit-after-first-frame`, which prints when its frame was
/// written (`FirstFrame.draw`), and waits for it to end. Spawned and reaped directly:
/// Foundation's Process polls for the exit and would add tens of milliseconds to
/// what is measured.
public enum FirstFrameProcess {
    public struct Timing: Sendable {
        /// Milliseconds from the spawn to the frame written, and to the process's end.
        public var toFrame: Double
        public var toEnd: Double
    }

    public enum Failure: Error, CustomStringConvertible {
        case cannotStart(String)
        case ended(status: Int32)
        case noFrameReported(String)

        public var description: String {
            switch self {
            case .cannotStart(let executable): "cannot start \(executable)"
            case .ended(let status): "the first-frame run ended with status \(status)"
            case .noFrameReported(let output): "the first-frame run printed no time of its frame (it printed \(output.count) bytes)"
            }
        }
    }

    public static func time(_ executable: String, _ arguments: [String]) throws(Failure) -> Timing {
        var channel: [Int32] = [0, 0]
        guard pipe(&channel) == 0 else { throw .cannotStart(executable) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, channel[1], STDOUT_FILENO)
        posix_spawn_file_actions_addclose(&actions, channel[0])
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let begin = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, &cArguments, environ)
        close(channel[1])
        defer { close(channel[0]) }
        guard spawned == 0 else { throw .cannotStart(executable) }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while case let count = read(channel[0], &buffer, buffer.count), count > 0 {
            output += buffer[0..<count]
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let end = DispatchTime.now().uptimeNanoseconds
        guard status == 0 else { throw .ended(status: status) }
        let printed = String(decoding: output, as: UTF8.self)
        guard let frame = UInt64(printed.trimmingCharacters(in: .whitespacesAndNewlines)), frame >= begin else {
            throw .noFrameReported(printed)
        }
        return Timing(toFrame: Double(frame - begin) / 1e6, toEnd: Double(end - begin) / 1e6)
    }
}
