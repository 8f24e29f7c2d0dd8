/// Every deadline of one member whose starting event is known, with its state (spec:
/// open, overdue, met, late).
extension MemberContext {
    func deadlines() -> [Deadline] {
        var list: [Deadline] = []
        let p = procedure

        if let due = sponsor.termEnds {
            let rule = book.applicationTerm.on(sponsor.sponsor.permit.decisionDate)
            var deadline = deadline("application-term", due: due, done: p.submitted, rule: rule.id)
            if deadline.state == .late || deadline.state == .overdue {
                let daysLate = due.days(until: p.submitted ?? asOf)
                deadline.excusable = daysLate <= book.excusableLateness.on(day).figures.excusableThroughDays
            }
            list.append(deadline)
        }
        if let letter = p.rectificationLetter {
            list.append(deadline("rectification", due: completionDue(letter), done: p.completed,
                                 rule: book.rectification.on(letter).id))
        }
        if let submitted = p.submitted {
            let due = decisionDue(submitted)
            let rule = p.decisionExtendedTo != nil ? book.decisionExtension.on(submitted).id : book.decision.on(submitted).id
            list.append(deadline("decision", due: due, done: p.decision?.date, rule: rule, statutory: true))
        }
        if let decision = p.decision {
            switch decision.outcome {
            case .negative:
                let rule = book.objection.on(decision.date)
                list.append(deadline("objection", due: rule.figures.end(from: decision.date), done: p.objectionFiled,
                                     rule: rule.id, statutory: true))
            case .positive:
                let rule = book.mvvAppointment.on(decision.date)
                var deadline = deadline("mvv-appointment", due: rule.figures.term.end(from: decision.date),
                                        done: p.mvvAppointment, rule: rule.id)
                deadline.extendedDue = rule.figures.extended.end(from: decision.date)
                list.append(deadline)
            }
        }
        if let issued = p.mvvIssued {
            let rule = book.travel.on(issued)
            list.append(deadline("travel", due: rule.figures.end(from: issued), done: p.arrival, rule: rule.id))
        }
        if let requested = p.coaRequested {
            let rule = book.coaConfirmation.on(requested)
            list.append(deadline("coa-confirmation", due: rule.figures.end(from: requested), done: p.coaConfirmed,
                                 rule: rule.id))
        }
        if let arrival = p.arrival {
            let rule = book.registration.on(arrival)
            list.append(deadline("ind-registration", due: rule.figures.end(from: arrival), done: p.registeredAtIND,
                                 rule: rule.id))
        }
        return list
    }

    /// PROC-DECISION-9M from the filing day, moved by PROC-DECISION-SUSPEND; the day the
    /// IND's extension names replaces both (PROC-DECISION-EXTEND).
    func decisionDue(_ submitted: Day) -> Day {
        if let extended = procedure.decisionExtendedTo { return extended }
        return book.decision.on(submitted).figures.end(from: submitted).adding(days: suspendedDays())
    }

    /// ATW-LAST-DAY: the day a statutory term that ends on `due` really ends.
    func lastLegalDay(_ due: Day) -> Day { AtwCalendar.standard.lastLegalDay(forDue: due) ?? due }

    /// TERM-RECTIFY: the day printed on the letter, else 4 weeks from the letter.
    func completionDue(_ letter: Day) -> Day {
        procedure.rectificationDue ?? book.rectification.on(letter).figures.end(from: letter)
    }

    /// PROC-DECISION-SUSPEND: the decision period stops from the day after the letter
    /// until the application is completed or the completion term ends unused,
    /// whichever comes first; until either happens, the whole completion term counts.
    func suspendedDays() -> Int {
        guard let letter = procedure.rectificationLetter else { return 0 }
        let due = completionDue(letter)
        let end = min(procedure.completed ?? due, due)
        return max(0, letter.days(until: end))
    }

    /// A deadline with its state. A statutory term (the decision, the objection) that
    /// ends on a weekend or holiday runs on to its last legal day (ATW-LAST-DAY), and
    /// its state is judged against that day.
    private func deadline(_ id: String, due: Day, done: Day?, rule: String, statutory: Bool = false) -> Deadline {
        let lastLegalDay = statutory ? AtwCalendar.standard.lastLegalDay(forDue: due) : nil
        let last = lastLegalDay ?? due
        let state: Deadline.State
        if let done {
            state = done <= last ? .met : .late
        } else {
            state = asOf <= last ? .open : .overdue
        }
        return Deadline(id: id, due: due, state: state, done: done, rule: rule, lastLegalDay: lastLegalDay)
    }
}
