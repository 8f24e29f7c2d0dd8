import Foundation

/// Why the store refused or failed an operation. Messages name the file or the case
/// by path and ID only: never a person's name or other case data.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The file exists but is not a nareis store (another program's data, or not SQLite at all).
    case notAStore(path: String, reason: String)
    /// The store was written by a newer nareis whose schema this version does not know.
    case newerSchema(path: String)
    /// SQLite reports the file damaged; nothing was changed.
    case damaged(path: String, detail: String)
    /// Another nareis kept the store locked for longer than the busy timeout.
    case busy(path: String)
    /// The file or its directory cannot be read or written (permissions, disk full).
    case cannotWrite(path: String, detail: String)
    /// Case IDs that are already stored, or given twice in one import: `[index].id` paths.
    case duplicateIds([String])
    case unknownCase(id: String)
    case unknownMember(caseId: String, memberId: String)
    /// An argument outside what the store accepts (e.g. an empty task title).
    case invalid(field: String, message: String)

    public var description: String {
        switch self {
        case let .notAStore(path, reason):
            return "\(path) is not a nareis store: \(reason). Nothing was written to it; use --db to name another file."
        case let .newerSchema(path):
            return "\(path) was written by a newer version of nareis; update nareis to open it (nothing was changed)."
        case let .damaged(path, detail):
            return "\(path) is damaged (\(detail)). Nothing was changed; run `nareis check`, or `nareis restore` a backup."
        case let .busy(path):
            return "\(path) is busy: another nareis has held it locked too long; try again."
        case let .cannotWrite(path, detail):
            return "\(path): cannot write (\(detail))"
        case let .duplicateIds(problems):
            return problems.joined(separator: "\n")
        case let .unknownCase(id):
            return "no case \(JSONQuoted(id)) in the store"
        case let .unknownMember(caseId, memberId):
            return "case \(JSONQuoted(caseId)) has no member \(JSONQuoted(memberId))"
        case let .invalid(field, message):
            return "\(field): \(message)"
        }
    }
}

/// IDs come from files and typing: quote them the way JSON does, so that control
/// characters in a hostile ID cannot act on the terminal.
public func JSONQuoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars.prefix(80) {
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\"" || scalar == "\\" {
            out += "\\u" + String(format: "%04x", scalar.value)
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

