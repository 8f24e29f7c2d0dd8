/// Why a case file was refused: every problem found, each naming the field by its
/// path (array indices from 0), what is wrong and what is expected.
public struct CaseFileError: Error, CustomStringConvertible, Equatable {
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public let path: String
        public let message: String
        public var description: String { path.isEmpty ? message : "\(path): \(message)" }
    }

    public let problems: [Problem]

    public init(problems: [Problem]) { self.problems = problems }

    public init(path: String, _ message: String) {
        self.problems = [Problem(path: path, message: message)]
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
