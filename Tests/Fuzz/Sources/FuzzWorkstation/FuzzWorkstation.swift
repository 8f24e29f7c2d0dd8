import FuzzSupport
import NareisCasework
import NareisStore
import NareisCore
@testable import NareisTUI

/// The workstation over a small real store, driven by fuzzed key sequences: after
/// every key the lists' cursors, the frame's cells and each pane's bounds are
/// checked (`CursorInvariants`, `ScreenInvariants`).
///
/// Input: byte 0 the language (low bit) and the height (20-60), byte 1 the width
/// (60-200), then the keys (`KeyDecoder`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkstation(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(bytes(data, size))
    guard input.count >= 2 else { return 0 }
    let language: Language = input[0] & 1 == 0 ? .en : .nl
    let screenSize = Size(width: 60 + Int(input[1]) % 141, height: 20 + Int(input[0] >> 1) % 41)
    let store: CaseStore
    do { store = try Scratch.store.fresh() } catch { require(false, "the scratch store: \(error)"); return 0 }
    let workstation = Workstation(casework: Casework(storage: store), size: screenSize, language: language,
                                  asOf: ScratchStore.asOf)
    require(workstation.state.cases.total > 0, "the scratch store shows no case")
    check(workstation, after: "opening at \(screenSize)")
    var decoder = KeyDecoder(input[2...])
    var index = 0
    while let step = decoder.next() {
        index += 1
        let label: String
        switch step {
        case .key(let key):
            label = "key \(index) (\(key))"
            guard workstation.handle(key) else { return 0 }   // q: the workstation quits
        case .resize(let size):
            label = "resize \(index) to \(size)"
            workstation.resize(to: size)
        }
        check(workstation, after: label)
    }
    return 0
}

private func check(_ workstation: Workstation, after step: String) {
    CursorInvariants.check(workstation.state, after: step)
    ScreenInvariants.checkGrid(workstation.render(), after: step)
    ScreenInvariants.checkContainment(workstation.state, after: step)
}

/// Makes the store and runs one session of every overlay before the first input:
/// what Swift sets up once (globals, catalogues) is then not counted against an
/// input by the leak checker.
@_cdecl("LLVMFuzzerInitialize")
public func initializeWorkstation(_ argc: OpaquePointer?, _ argv: OpaquePointer?) -> CInt {
    let overlays = "jjj\nj/al\r\n\teT\u{1B}dIn\u{1B}\u{1B}i\u{1B}?\u{1B}"
    let warmUp: [UInt8] = [40, 60] + overlays.utf8.map { $0 >= 0x20 ? 0x38 + $0 - 0x20 : [0x0A: 1, 0x0D: 10, 0x09: 8, 0x1B: 11][$0]! }
    _ = warmUp.withUnsafeBufferPointer { fuzzWorkstation($0.baseAddress!, $0.count) }
    return 0
}

/// One scratch store per process, made before the first input.
private enum Scratch {
    nonisolated(unsafe) static let store: ScratchStore = {
        do { return try ScratchStore() } catch {
            require(false, "making the scratch store: \(error)")
            fatalError()
        }
    }()
}
