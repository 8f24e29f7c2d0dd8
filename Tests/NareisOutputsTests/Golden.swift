import Foundation
import Testing

/// Compares an output with its golden file in `Golden/`; with the environment
/// variable `NAREIS_RECORD_GOLDEN=1` it writes the file instead (then review the diff).
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["NAREIS_RECORD_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("missing golden file \(name); run with NAREIS_RECORD_GOLDEN=1 to write it",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let expectedLines = expected.components(separatedBy: "\n")
            let actualLines = actual.components(separatedBy: "\n")
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
            let want = first < expectedLines.count ? expectedLines[first] : "<end>"
            let got = first < actualLines.count ? actualLines[first] : "<end>"
            Issue.record("\(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)",
                         sourceLocation: sourceLocation)
        }
    }
}
