import NareisCore

/// A realistic synthetic caseload for trying nareis out and for benchmarks: origins
/// in the proportions of the 2023 arrivals, names in the original script with Latin
/// spellings, about one birth date in ten partial, families with partners, children
/// (some foster), and minor sponsors (UAM) with parents and siblings; members at every
/// stage of the procedure relative to `today`, some filed late, some overdue.
///
/// The same seed and the same `today` give the same cases (SplitMix64).
public struct DemoCaseload: Sequence, IteratorProtocol, Sendable {
    private var rng: SplitMix64
    private let today: Day
    private var remaining: Int
    /// Families taken in twice (`plantedPairs`): the copies' positions, and the
    /// cases since the last copy, one of which the next copy retakes.
    private let planted: [Int: Int]
    private var position = 0
    private var recent: [Int: CaseFile] = [:]
    private var retake: DemoRetake
    /// Counts the V-numbers given, from a start the seed sets (another seed's
    /// caseload has other numbers).
    private var vNumbersGiven: UInt64

    static let counsellors = ["VWN Utrecht", "VWN Amsterdam", "VWN Rotterdam", "VWN Den Haag", "VWN Groningen", "VWN Eindhoven"]
    static let minorCounsellors = ["Nidos Utrecht", "Nidos Zwolle", "Nidos Amsterdam"]

    /// - Parameter duplicates: how many families are taken in a second time
    ///   (`DemoRetake`), spread over the caseload; 0 for none.
    public init(count: Int, seed: UInt64, today: Day, duplicates: Int = 0) {
        rng = SplitMix64(seed: seed)
        retake = DemoRetake(rng: SplitMix64(seed: seed ^ 0x5EED_D0B1))
        vNumbersGiven = (seed &* 0x9E37_79B9_7F4A_7C15) % 10_000_000_000
        self.today = today
        remaining = Swift.max(0, count)
        planted = Dictionary(uniqueKeysWithValues: Self.plantedPairs(count: count, duplicates: duplicates)
            .map { ($0.copy, $0.original) })
    }

    /// The positions (in the order generated, from 0) of the families taken in twice:
    /// each copy a little after its original, never a copy of a copy.
    public static func plantedPairs(count: Int, duplicates: Int) -> [(original: Int, copy: Int)] {
        guard duplicates > 0, count / (duplicates + 1) >= 2 else { return [] }
        let spacing = count / (duplicates + 1)
        return (1...duplicates).map { i in
            let copy = i * spacing
            return (copy - 1 - (copy &* 7919) % (spacing - 1), copy)
        }
    }

    public mutating func next() -> CaseFile? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        defer { position += 1 }
        if let original = planted[position], let file = recent[original] {
            recent = [:]
            return retake.retaken(file)
        }
        let file = makeCase()
        if !planted.isEmpty { recent[position] = file }
        return file
    }

    private mutating func makeCase() -> CaseFile {
        let origin = rng.pick(weighted: DemoOrigin.all.map { ($0, $0.weight) })
        // Days since the sponsor's permit: from this week to about three years ago.
        let permitAge = rng.int(in: 0...1100)
        let decided = today.adding(days: -permitAge)
        let applied = decided.adding(days: -rng.int(in: 40...420))
        let unaccompanied = rng.chance(9)
        let sponsorAge = unaccompanied ? rng.int(in: 14...17) : rng.int(in: 19...55)
        let sponsorMale = rng.chance(unaccompanied ? 85 : 75)
        let family = familyName(origin)
        let sponsorGiven = given(origin, male: sponsorMale)
        let sponsor = Sponsor(
            name: full(sponsorGiven.original, family?.original),
            latinName: sponsorGiven.latin.map { full($0, family?.latin ?? family?.original) },
            vNumber: nextVNumber(), birthDate: birthDate(age: sponsorAge, on: applied),
            nationality: origin.nationality, asylumApplicationDate: applied,
            unaccompaniedAtApplication: unaccompanied ? true : (rng.chance(50) ? false : nil),
            permit: Permit(kind: rng.chance(5) ? .derived : .asylum, decisionDate: decided,
                           status: rng.chance(15) ? .subsidiary : (rng.chance(50) ? .refugee : nil)),
            subsequentApplication: rng.chance(3) ? true : nil,
            counsellor: rng.pick(unaccompanied ? Self.minorCounsellors : Self.counsellors),
            phone: rng.chance(70) ? "+31 6 " + digits(8) : nil)

        var relatives: [(Relationship, Bool, Int)] = []   // relationship, male, age at the sponsor's application
        if unaccompanied {
            relatives.append((.parent, true, sponsorAge + rng.int(in: 20...40)))
            relatives.append((.parent, false, sponsorAge + rng.int(in: 18...35)))
            for _ in 0..<rng.int(in: 0...3) { relatives.append((.sibling, rng.chance(50), rng.int(in: 1...16))) }
        } else {
            // A partner of at least 18; children born when both parents were at least 17.
            let partnerAge = Swift.max(18, sponsorAge + rng.int(in: -8...4))
            let hasPartner = rng.chance(85)
            if hasPartner { relatives.append((.partner, !sponsorMale, partnerAge)) }
            let youngestParent = hasPartner ? Swift.min(sponsorAge, partnerAge) : sponsorAge
            let children = youngestParent < 20 ? rng.int(in: 0...1) : rng.int(in: 0...5)
            for _ in 0..<children {
                relatives.append((.child, rng.chance(50), rng.int(in: 0...Swift.max(0, Swift.min(24, youngestParent - 17)))))
            }
            if relatives.isEmpty { relatives.append((.child, rng.chance(50), rng.int(in: 0...Swift.max(0, Swift.min(12, sponsorAge - 17))))) }
        }

        // The family applies together; some members' procedures move on, some stall.
        let submitted = rng.chance(92) ? decided.adding(days: rng.int(in: 3...88)) : decided.adding(days: rng.int(in: 91...150))
        let representation = rng.pick(origin.representations)
        var members: [Member] = []
        for (index, relative) in relatives.enumerated() {
            let (relationship, male, ageAtApplication) = relative
            let person = given(origin, male: male)
            let surname = relationship == .partner && !origin.names.patronymic ? familyName(origin) : family
            var member = Member(
                id: "m\(index + 1)",
                name: full(person.original, relationship == .child || relationship == .sibling
                    ? (origin.names.patronymic ? sponsorGiven.original : family?.original) : surname?.original),
                latinName: person.latin.map {
                    full($0, relationship == .child || relationship == .sibling
                        ? (origin.names.patronymic ? sponsorGiven.latin : family?.latin ?? family?.original)
                        : surname?.latin ?? surname?.original)
                },
                relationship: relationship,
                birthDate: birthDate(age: ageAtApplication, on: applied),
                nationality: origin.nationality,
                residence: rng.pick(origin.residences),
                familyBeforeEntry: rng.chance(90) ? true : (rng.chance(50) ? false : nil))
            switch relationship {
            case .partner:
                member.partner = PartnerDetails(kind: rng.pick(weighted: [(.married, 85), (.registered, 5), (.unregistered, 10)]))
            case .child:
                let kind: ChildDetails.Kind = rng.pick(weighted: [(.biological, 92), (.foster, 4), (.stepchild, 3), (.adopted, 1)])
                member.child = ChildDetails(
                    kind: kind,
                    otherParent: rng.pick(weighted: [(.travelling, 70), (.stayingConsents, 12), (.stayingCannotConsent, 6), (.sponsor, 12)]),
                    bioParentsDeceased: kind == .foster ? rng.chance(60) : nil,
                    youngAdult: ageAtApplication >= 18
                        ? YoungAdultConditions(livedWithFamilyAtEntry: rng.chance(85), ownIncome: rng.chance(15),
                                               ownFamily: rng.chance(10), beyondControl: rng.chance(60))
                        : nil)
            case .parent:
                member.parent = ParentDetails(kind: rng.chance(97) ? .biological : .foster)
            case .sibling:
                member.sibling = SiblingDetails(otherParent: .travelling)
            case .other:
                break
            }
            member.procedure = procedure(submitted: submitted, late: submitted.days(until: decided) < -90,
                                         representation: representation)
            if member.procedure.submitted != nil, rng.chance(60) { member.vNumber = nextVNumber() }
            members.append(member)
        }
        return CaseFile(sponsor: sponsor, members: members)
    }

    /// The events up to today along one member's road, each a plausible number of
    /// days after the last. A road may stall at a step that fell due in the last six
    /// weeks, which leaves a deadline overdue by days or weeks, as in a live caseload.
    private mutating func procedure(submitted: Day, late: Bool, representation: String) -> Procedure {
        var p = Procedure()
        guard happened(submitted), !stalls(at: submitted, percent: 3) else { return p }
        p.submitted = submitted
        p.representation = representation
        if late, rng.chance(70) { p.lateExcuse = "Documents delayed by the embassy closure" }
        var last = submitted
        if rng.chance(30) {
            let letter = last.adding(days: rng.int(in: 20...60))
            guard happened(letter) else { return p }
            p.rectificationLetter = letter
            let completed = letter.adding(days: rng.chance(90) ? rng.int(in: 7...27) : rng.int(in: 29...40))
            guard happened(completed), !stalls(at: letter.adding(days: 28), percent: 8) else { return p }
            p.completed = completed
            last = completed
        }
        let decisionDay = last.adding(days: rng.chance(95) ? rng.int(in: 60...250) : rng.int(in: 275...330))
        guard happened(decisionDay), !stalls(at: submitted.adding(days: 270), percent: 4) else { return p }
        let positive = rng.chance(88)
        p.decision = Decision(date: decisionDay, outcome: positive ? .positive : .negative)
        guard positive else {
            let objection = decisionDay.adding(days: rng.int(in: 10...27))
            if happened(objection), !stalls(at: objection, percent: 40) { p.objectionFiled = objection }
            return p
        }
        let appointment = decisionDay.adding(days: rng.chance(90) ? rng.int(in: 14...85) : rng.int(in: 95...130))
        guard happened(appointment), !stalls(at: decisionDay.adding(days: 90), percent: 8) else { return p }
        p.mvvAppointment = appointment
        let issued = appointment.adding(days: rng.int(in: 7...30))
        guard happened(issued) else { return p }
        p.mvvIssued = issued
        p.passportValidUntil = issued.adding(days: rng.int(in: 60...1500))
        let booked = issued.adding(days: rng.int(in: 5...40))
        guard happened(booked), !stalls(at: issued.adding(days: 90), percent: 8) else { return p }
        p.travelBooked = booked
        // COA is asked the day after booking and confirms within its working days (no
        // draw of the generator: the cases after this one stay as they were).
        let asked = booked.adding(days: 1)
        if happened(asked) { p.coaRequested = asked }
        let confirmed = AtwCalendar.standard.workingDays(2, after: asked)
        if happened(confirmed) { p.coaConfirmed = confirmed }
        p.plannedArrival = booked.adding(days: rng.int(in: 7...35))
        let arrival = p.plannedArrival!.adding(days: rng.chance(85) ? 0 : rng.int(in: 1...20))
        guard happened(arrival) else { return p }
        p.arrival = arrival
        let registered = arrival.adding(days: rng.chance(90) ? rng.int(in: 1...3) : rng.int(in: 4...8))
        guard happened(registered), !stalls(at: arrival.adding(days: 3), percent: 8) else { return p }
        p.registeredAtIND = registered
        let collected = registered.adding(days: 14)
        if happened(collected) { p.permitCollected = collected }
        return p
    }

    private func happened(_ day: Day) -> Bool { day <= today }

    /// Whether the road stops at a step due on `due`: with `percent` chance when that
    /// was in the last six weeks. A step due longer ago was taken (draws are made
    /// either way, so the cases after this one stay as they were): in a live caseload
    /// an overdue step is days or weeks old, and old cases have moved on or closed.
    private mutating func stalls(at due: Day, percent: Int) -> Bool {
        let daysAgo = due.days(until: today)
        if daysAgo < 0 { return false }
        let stalled = rng.chance(percent)
        return daysAgo <= 42 && stalled
    }

    private mutating func given(_ origin: DemoOrigin, male: Bool) -> NameBook.Name {
        rng.pick(male ? origin.names.male : origin.names.female)
    }

    private mutating func familyName(_ origin: DemoOrigin) -> NameBook.Name? {
        origin.names.patronymic ? rng.pick(origin.names.male) : rng.pick(origin.names.family)
    }

    private func full(_ given: String, _ family: String?) -> String {
        family.map { given + " " + $0 } ?? given
    }

    /// A birth date `age` years before `day`; about one in ten known only to the
    /// year or the month, as often on refugees' papers.
    private mutating func birthDate(age: Int, on day: Day) -> PartialDate {
        let born = day.adding(days: -(age * 365 + rng.int(in: 0...364)))
        switch rng.int(in: 0...99) {
        case 0..<6: return PartialDate(year: born.year)!
        case 6..<10: return PartialDate(year: born.year, month: born.month)!
        default: return PartialDate(year: born.year, month: born.month, day: born.day)!
        }
    }

    /// A V-number no other person of the caseload has, as the IND gives them: the
    /// count so far (below 10^10) spread over ten digits by a multiplier prime to 10
    /// (one-to-one modulo 10^10; the product stays below 2^64), so the numbers look
    /// unrelated.
    private mutating func nextVNumber() -> String {
        vNumbersGiven = (vNumbersGiven + 1) % 10_000_000_000
        let number = vNumbersGiven * 1_234_567_891 % 10_000_000_000
        let text = String(number)
        return String(repeating: "0", count: 10 - text.count) + text
    }

    private mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(rng.int(in: 0...9))) })
    }
}
