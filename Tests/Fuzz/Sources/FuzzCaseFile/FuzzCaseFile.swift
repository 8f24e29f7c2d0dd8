import FuzzSupport
import Foundation
import NareisCore

/// The case-file reader (`nareis-case/1`, one file, an array or JSON Lines) on
/// arbitrary bytes: it refuses or reads, never traps; a refusal names its problems
/// without raw control characters (they reach the terminal); a case it reads is
/// written and read back unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCaseFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Data(bytes(data, size))
    do {
        let file = try CaseFileReader.read(input)
        let written = CaseFileWriter.text(file)
        let again = try? CaseFileReader.read(Data(written.utf8))
        require(again == file, "read, written as \(written) and read back as another case")
    } catch let error as CaseFileError {
        checkMessage(error)
    } catch {
        require(false, "the reader threw \(type(of: error)), not a CaseFileError")
    }
    do {
        let files = try CaseFileReader.readMany(input)
        require(files.allSatisfy { CaseFileWriter.text($0).utf8.count > 0 }, "a case with no text")
    } catch let error as CaseFileError {
        checkMessage(error)
    } catch {
        require(false, "readMany threw \(type(of: error)), not a CaseFileError")
    }
    return 0
}

private func checkMessage(_ error: CaseFileError) {
    require(!error.problems.isEmpty, "a refusal without a problem")
    require(error.problems.count <= CaseFileReader.Limits.problemsReported, "more problems than the limit")
    for problem in error.problems {
        require(!holdsControl(problem.description), "a problem shows a control character: \(problem.description.debugDescription)")
    }
}
