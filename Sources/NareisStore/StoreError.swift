import Foundation
import NareisCasework
import GRDB

extension StoreError {
    /// Translates SQLite's errors into the store's own, so that commands and the
    /// workstation can say what happened and what to do.
    static func from(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return StoreError.damaged(path: path, detail: error.message ?? "\(error.resultCode)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError.busy(path: path)
        case .SQLITE_FULL:
            return StoreError.cannotWrite(path: path, detail: "the disk is full")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR, .SQLITE_AUTH:
            return StoreError.cannotWrite(path: path, detail: error.message ?? "\(error.resultCode)")
        default:
            return error
        }
    }
}
