import FuzzSupport
import Foundation
import NareisCore

/// The JSON parser on arbitrary bytes: it throws or returns, never traps; what it
/// reads, the writer writes back as text that reads as the same value, and the
/// compact form holds no raw control character (it is printed to terminals).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Data(bytes(data, size))
    guard let value = try? JSONValue.parse(input) else { return 0 }
    for pretty in [false, true] {
        let text = JSONWriter.string(value, pretty: pretty)
        require(!holdsControl(text, allowing: ["\n"]), "the writer let a control character through")
        let again = try? JSONValue.parse(Data(text.utf8))
        require(again == value, "written back as \(text), which reads as another value")
    }
    // The array scanner the importer uses agrees with the parser on what an array holds.
    if case .array(let items) = value, let ranges = try? CaseFileReader.arrayElements(input) {
        require(ranges.count == items.count, "the array scanner found \(ranges.count) elements, the parser \(items.count)")
    }
    return 0
}
