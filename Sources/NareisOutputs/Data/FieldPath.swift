/// The names of the facts a refusal points at: field paths of the case file
/// (`nareis-case/1`, arrays indexed from 0) and the command's option, as the user
/// wrote them, so they are never translated.
enum FieldPath {
    static let sponsor = "sponsor"
    static let sponsorPhone = "sponsor.phone"
    static let sponsorEmail = "sponsor.email"
    static let sponsorHousing = "sponsor.housing"
    static let replyToOption = "--reply-to"

    static func member(_ index: Int) -> String { "members[\(index)]" }

    static func field(_ parent: String, _ name: Field) -> String { parent + "." + name.rawValue }

    enum Field: String {
        case name, latinName, vNumber, plannedArrival
    }
}
