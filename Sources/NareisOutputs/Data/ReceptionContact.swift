import NareisCore

/// Where the COA takes requests for reception of arriving family members (PROC-COA).
/// Data with its source and the day it was read, like the rules' figures: when the
/// IND page changes, add the new address with its own `validFrom`.
public struct ReceptionContact: Hashable, Sendable {
    public var email: String
    public var validFrom: Day
    public var rule: String
    public var source: String

    /// IND-PROCESS "Asking COA for reception by e-mail"; since 6 March 2023 family
    /// members report in Zevenaar and COA houses them in Zevenaar or Duiven (rules.md).
    public static let all: [ReceptionContact] = [
        ReceptionContact(email: "FMMZZevenaarDuiven@coa.nl", validFrom: Day(year: 2023, month: 3, day: 6)!,
                         rule: "PROC-COA", source: "IND-PROCESS"),
    ]

    /// The address in force on `day` (the newest one that started on or before it;
    /// the oldest when `day` precedes them all, rather than none).
    public static func current(on day: Day) -> ReceptionContact {
        all.filter { $0.validFrom <= day }.max { $0.validFrom < $1.validFrom } ?? all[0]
    }
}
