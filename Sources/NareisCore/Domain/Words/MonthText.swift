/// Month names for dates written out ("1 juni 2024"), in the outputs and in the
/// workstation's date fields alike.
public enum MonthText: Int, Catalogue {
    case january = 1, february, march, april, may, june, july, august, september, october, november, december

    public static func table(_ language: Language) -> [MonthText: String] {
        switch language {
        case .en: return english
        case .nl: return dutch
        }
    }

    /// Built once, not on every text asked for.
    private static let english: [MonthText: String] = [.january: "January", .february: "February", .march: "March", .april: "April", .may: "May",
                          .june: "June", .july: "July", .august: "August", .september: "September",
                          .october: "October", .november: "November", .december: "December"]

    private static let dutch: [MonthText: String] = [.january: "januari", .february: "februari", .march: "maart", .april: "april", .may: "mei",
                          .june: "juni", .july: "juli", .august: "augustus", .september: "september",
                          .october: "oktober", .november: "november", .december: "december"]
}
