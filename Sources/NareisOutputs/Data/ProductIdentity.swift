/// Identifiers nareis writes into files for other programs, never shown as text:
/// the iCalendar product ID (RFC 5545 3.7.3) and the domain part of event UIDs,
/// which calendar programs use to recognise an event on a second import.
enum ProductIdentity {
    static let calendarProductId = "-//nareis//nareis outputs 1//EN"
    static let uidDomain = "nareis"
    static let taskUIDPart = "task"
}
