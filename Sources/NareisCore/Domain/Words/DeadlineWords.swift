/// The deadlines of the assessment (`deadlines[].id`). The long form names the
/// rule's term, `{1}` ("3 months"), which the caller takes from the rule book
/// (`RuleBook.term(ofDeadline:on:)`).
public enum DeadlineWord: String, DomainWords {
    case applicationTerm = "application-term"
    case rectification
    case decision
    case objection
    case mvvAppointment = "mvv-appointment"
    case travel
    case indRegistration = "ind-registration"
    case coaConfirmation = "coa-confirmation"

    public static func words(_ language: Language) -> [DeadlineWord: Words] {
        switch language {
        case .en: return englishWords
        case .nl: return dutchWords
        }
    }

    /// Built once, not on every text asked for.
    private static let englishWords: [DeadlineWord: Words] = [
            .applicationTerm: Words("file application", "Apply within {1} of the permit"),
            .rectification: Words("complete application", "Complete the application (rectification letter)"),
            .decision: Words("IND decision", "IND decision due"),
            .objection: Words("lodge objection", "Lodge an objection ({1})"),
            .mvvAppointment: Words("MVV appointment", "MVV appointment at the embassy"),
            .travel: Words("travel on MVV", "Travel within the MVV's {1}"),
            .indRegistration: Words("report at IND", "Report at the IND ({1} after arrival)"),
            .coaConfirmation: Words("COA confirmation", "COA confirms the reception (within {1}; chase COA if not)"),
        ]

    private static let dutchWords: [DeadlineWord: Words] = [
            .applicationTerm: Words("aanvraag indienen", "Aanvragen binnen {1} na de vergunning"),
            .rectification: Words("aanvraag aanvullen", "Aanvraag aanvullen (herstel verzuim)"),
            .decision: Words("beslissing IND", "Beslissing IND verwacht"),
            .objection: Words("bezwaar maken", "Bezwaar maken ({1})"),
            .mvvAppointment: Words("mvv-afspraak", "Afspraak mvv bij de ambassade"),
            .travel: Words("reizen met mvv", "Reizen binnen {1} (geldigheid mvv)"),
            .indRegistration: Words("melden bij IND", "Melden bij de IND ({1} na aankomst)"),
            .coaConfirmation: Words("bevestiging COA", "COA bevestigt de opvang (binnen {1}; anders COA nabellen)"),
        ]
}

extension RuleBook {
    /// The term a deadline counts, from the rule version in force on `day`: the
    /// figure its long text names. nil for a deadline without one.
    public func term(ofDeadline id: String, on day: Day) -> Term? {
        switch DeadlineWord(rawValue: id) {
        case .applicationTerm: return applicationTerm.on(day).figures
        case .rectification: return rectification.on(day).figures
        case .decision: return decision.on(day).figures
        case .objection: return objection.on(day).figures
        case .mvvAppointment: return mvvAppointment.on(day).figures.term
        case .travel: return travel.on(day).figures
        case .indRegistration: return registration.on(day).figures
        case .coaConfirmation, nil: return nil
        }
    }
}

extension Deadline {
    /// What is due, in `language`: the short form for columns, the long form (with
    /// the rule's term from `book`) for documents; the ID for an unknown deadline.
    public func text(_ language: Language, _ form: WordForm, book: RuleBook = .standard) -> String {
        var term = form == .long ? book.term(ofDeadline: id, on: due).map { $0.text(language) } : nil
        if form == .long, id == DeadlineWord.coaConfirmation.rawValue {
            term = book.coaConfirmation.on(due).figures.text(language)
        }
        return DeadlineWord.text(of: id, language, form, term.map { [$0] } ?? [])
    }
}
