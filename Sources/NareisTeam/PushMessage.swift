import Foundation
import NareisCasework
import NareisCore

/// The JSON `nareis.push(jsonb)` takes and returns. One array for the whole push, so
/// all changes travel in one statement (one transaction, one round trip).
enum PushMessage {
    /// `[{case_id, base_version, document (string or null = erase), counsellor, deadlines:[...]}]`
    static func changes(_ changes: [CaseChange]) -> String {
        let array = changes.map { change -> JSONValue in
            .object([
                ("case_id", .string(change.caseId)),
                ("base_version", .number(Double(change.baseVersion))),
                ("document", change.document.map(JSONValue.string) ?? .null),
                ("counsellor", change.counsellor.map(JSONValue.string) ?? .null),
                ("deadlines", .array(change.deadlines.map { deadline in
                    .object([
                        ("member_id", .string(deadline.memberId)),
                        ("deadline_id", .string(deadline.deadlineId)),
                        ("due", .string(deadline.due.iso)),
                        ("rule", .string(deadline.rule)),
                    ])
                })),
            ])
        }
        return JSONWriter.string(.array(array), pretty: false)
    }

    /// One outcome per change, in order. A case ID held by another team ("taken") is
    /// refused as stale with server version -1: the laptop cannot merge its way past it,
    /// and nothing about the other team's case is told.
    static func outcomes(_ text: String, expected count: Int) throws(TeamServerError) -> [PushOutcome] {
        guard let value = try? JSONValue.parse(text), case .array(let items) = value,
              items.count == count else {
            throw .server("nareis.push answered something other than one outcome per change")
        }
        return try items.map { item throws(TeamServerError) -> PushOutcome in
            let version: Int64? = if case .number(let number)? = item["version"] { Int64(exactly: number) } else { nil }
            let seq: Int64? = if case .number(let number)? = item["seq"] { Int64(exactly: number) } else { nil }
            switch item["outcome"] {
            case .string("accepted")?:
                guard let version, let seq else { break }
                return .accepted(version: version, seq: seq)
            case .string("stale")?:
                guard let version else { break }
                return .stale(serverVersion: version)
            case .string("erased")?:
                return .erased
            case .string("taken")?:
                return .stale(serverVersion: -1)
            default:
                break
            }
            throw .server("nareis.push answered an outcome this version does not know")
        }
    }
}
