import Foundation
@testable import NareisCore

/// A valid case file with one member and only the required fields.
let minimalCaseJSON = """
    {"format":"nareis-case/1","sponsor":{"name":"Amanuel","birthDate":"1990-05","nationality":"ERI",
     "asylumApplicationDate":"2023-09-01","permit":{"kind":"asylum","decisionDate":"2024-03-01"}},
     "members":[{"id":"m1","name":"Saba","relationship":"partner","birthDate":"1992","nationality":"ERI"}]}
    """

/// The problems for which the reader refuses `json`, as printed (`path: message`);
/// empty when it reads.
func readingProblems(_ json: String) -> [String] {
    do {
        _ = try CaseFileReader.read(Data(json.utf8))
        return []
    } catch let error as CaseFileError {
        return error.problems.map(\.description)
    } catch {
        return ["unexpected \(error)"]
    }
}

/// `text` with `old` (which must occur in it) replaced by `new`.
func replacing(_ old: String, _ new: String, in text: String) -> String {
    precondition(text.contains(old), old)
    return text.replacingOccurrences(of: old, with: new)
}
