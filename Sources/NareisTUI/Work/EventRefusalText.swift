import NareisCore

/// Why an event or an investigation was not recorded, in the interface language,
/// with what the field expects: the day another event fell on, in words.
enum EventRefusalText {
    static func text(_ refusal: EventRefusal, _ language: Language) -> String {
        switch refusal.reason {
        case .notADate(let typed):
            return WorkText.eventNotADate.text(language, "\u{201C}" + typed + "\u{201D}")
        case let .before(event, day):
            return WorkText.eventBefore.text(language, WorkLabels.text(event).text(language), day.text(language))
        case let .tooLong(characters, limit):
            return WorkText.textTooLong.text(language, characters, limit)
        case .letterBeforeFiling(let submitted?):
            return WorkText.letterBeforeFiling.text(language, submitted.text(language))
        case .letterBeforeFiling(nil):
            return WorkText.investigationBeforeFiling.text(language)
        case .appointmentBeforeLetter(let letter):
            return WorkText.appointmentBeforeLetter.text(language, letter.text(language))
        case .investigationIsRecordedWhole:
            return WorkText.investigationInItsForm.text(language)
        }
    }
}
