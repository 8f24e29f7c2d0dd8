import FuzzSupport
import NareisCore

/// The date parsers (ISO days, partial birth dates, dates as people write them) on
/// arbitrary text: each returns nil or a real date, never traps; what it reads prints
/// in the canonical form that reads back as the same date, and in words in both languages.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: bytes(data, size), as: UTF8.self)
    let today = Day(year: 2024, month: 6, day: 1)!
    if let day = Day(iso: text) { checkDay(day) }
    if let day = DateInput.day(text, today: today) { checkDay(day) }
    if let date = PartialDate(parsing: text) { checkPartial(date) }
    if let date = DateInput.partialDate(text) { checkPartial(date) }
    return 0
}

private func checkDay(_ day: Day) {
    require(Day(iso: day.iso) == day, "\(day.iso) does not read back as itself")
    require(DateInput.day(day.iso, today: nil) == day, "\(day.iso) typed in does not read as itself")
    require(Day(ordinal: day.ordinal) == day, "\(day.iso) does not survive its ordinal")
    for language in Language.allCases { require(!day.text(language).isEmpty, "\(day.iso) has no words") }
}

private func checkPartial(_ date: PartialDate) {
    require(PartialDate(parsing: date.description) == date, "\(date) does not read back as itself")
    require(DateInput.partialDate(date.description) == date, "\(date) typed in does not read as itself")
    require(date.earliest <= date.latest, "\(date) ends before it starts")
    for language in Language.allCases { require(!date.text(language).isEmpty, "\(date) has no words") }
}
