/// The rules of docs/rules.md as data: every term, age, fee and document list with
/// the rule ID, the source and the days it holds. To record a change (a new fee on
/// 1 January, a longer decision period), add a version to the rule's history here;
/// the engine picks the version in force on the day that matters.
extension RuleBook {
    public static let standard = RuleBook(
        applicationTerm: history(
            rule("TERM-3M", "Apply within 3 months of the positive decision on the asylum application",
                 Source.aida, "2024-04-30", Term(months: 3))),
        excusableLateness: history(
            rule("TERM-EXCUSABLE", "Lateness of less than two weeks is excusable (WI 2023/2)",
                 Source.aida, "2024-04-30", Lateness(excusableThroughDays: 13))),
        partialFiling: history(
            rule("TERM-PARTIAL", "An incomplete application filed in time secures the term",
                 Source.aida, "2024-04-30", Statement())),
        rectification: history(
            rule("TERM-RECTIFY", "Complete the application within 4 weeks of a rectification letter",
                 Source.aida, "2024-04-30", Term.weeks(4))),

        favourable: statement("FW-FAVOURABLE", "Filed within the term by a holder of an asylum permit: favourable framework",
                              Source.aida),
        regularLate: statement("FW-REGULAR-LATE", "Filed after the term and not excusable: regular framework", Source.aida),
        regularIncomeExempt: statement("FW-REGULAR-INCOME-EXEMPT",
                                       "A regular application within the three months is exempt from the income requirement (WI 2021/7)",
                                       Source.aida),
        regularSiblings: statement("FW-REGULAR-SIBLINGS", "A UAM sponsor's application for siblings is regular", Source.aida),
        regularDerived: statement("FW-REGULAR-DERIVED", "A sponsor with a derived permit applies in the regular framework",
                                  Source.aida),
        regularFormerUAM: statement("FW-REGULAR-FORMER-UAM",
                                    "A subsequent application by a former UAM is regular", Source.aida),
        subsequentAdult: statement("FW-SUBSEQUENT-ADULT",
                                   "A subsequent application keeps the term secured while the sponsor holds the asylum permit",
                                   Source.aida),
        enteredDuringProcedure: statement("FW-IN-NL", "Entering the Netherlands during the procedure is no ground for refusal",
                                          Source.aida),

        familyBeforeEntry: statement("FM-BEFORE-ENTRY", "Part of the family before the sponsor entered the Netherlands",
                                     Source.indProcess, from: "2024-01-01"),
        partner: statement("FM-PARTNER", "Spouse, registered or unregistered partner", Source.aida),
        child: history(
            rule("FM-CHILD", "Minor children: biological, foster, adopted, stepchildren", Source.aida, "2024-04-30",
                 AgeLimit(years: 18))),
        youngAdult: history(
            rule("FM-YOUNG-ADULT", "Young adult children (18 to about 25) who still belong to the family",
                 Source.aida, "2024-04-30", AgeWindow(from: 18, through: 25))),
        uamParents: history(
            rule("FM-UAM-PARENTS", "Parents of a sponsor who was an unaccompanied minor when applying for asylum",
                 Source.aida, "2024-04-30", AgeLimit(years: 18))),
        otherFamily: statement("FM-OTHER", "Other family members: individual assessment, with a fee", Source.indProcess,
                               from: "2024-01-01"),
        twoStatus: RuleHistory([
            rule("TWO-STATUS", "Wet invoering tweestatusstelsel: nuclear family only; further conditions for B status",
                 Source.twoStatus, "2026-06-12", Statement()),
        ], start: .fromFirstVersion),

        freeCore: history(
            rule("FEE-FREE-CORE", "Free for the core family", Source.indProcess, "2024-01-01", Fee(cents: 0))),
        // FEES-LATER: refugeehelp.nl gives € 254 per adult and € 85 per minor child for
        // family reunification outside nareis; no date or application to this fee could
        // be established (docs/rules.md, "Open points"). Add a dated version here once known.
        otherFee: history(
            rule("FEE-OTHER", "Other family members pay the application fee", Source.indProcess, "2024-01-01",
                 Fee(cents: 243_00))),
        iomConsultation: history(
            rule("FEE-IOM-CONSULT", "IOM's pre-departure consultation costs a fixed amount per family", Source.iom,
                 "2024-01-01", Fee(cents: 120_00))),
        regularFee: statement("FEE-REGULAR", "Regular framework: an application fee applies (amount not in the sources)",
                              Source.aida),

        baseDocuments: history(
            rule("DOC-BASE", "Documents for every family member", Source.indProcess, "2024-01-01", Documents([
                DocumentSpec(.photo),
                DocumentSpec(.identityCopy),
                DocumentSpec(.relationshipOriginal),
                DocumentSpec(.sponsorDeclaration),
            ]))),
        antecedents: history(
            rule("DOC-12", "Everyone aged 12 or older fills in the Appendix Antecedents Certificate", Source.indProcess,
                 "2024-01-01", Documents([DocumentSpec(.antecedentsCertificate)],
                                         fromAge: 12))),
        appendices15: history(
            rule("DOC-15", "An adult sponsor's children and a minor sponsor's brothers and sisters aged 15 or older send the appendices for that age", Source.indProcess,
                 "2024-01-01", Documents([DocumentSpec(.appendices15plus)],
                                         fromAge: 15))),
        tbDeclaration: history(
            rule("DOC-TB", "Other family members without an exempt nationality declare they will undergo a TB test",
                 Source.tbExemption, "2024-01-01",
                 TBDeclaration(item: DocumentSpec(.tbDeclaration),
                               exemptions: TBExemptions.entries))),
        guardian: history(
            rule("DOC-GUARDIAN", "A sponsor under 18 shows who their guardian in the Netherlands is", Source.indProcess,
                 "2024-01-01", GuardianEvidence(
                    item: DocumentSpec(.guardianEvidence),
                    underAge: 18))),
        otherParent: history(
            rule("DOC-OTHER-PARENT", "An adult sponsor's child or a minor sponsor's brother or sister under 18 travelling without one of their parents", Source.indProcess, "2024-01-01",
                 OtherParentDocuments(
                    identity: DocumentSpec(.otherParentIdentity),
                    relationship: DocumentSpec(.otherParentRelationship),
                    consent: DocumentSpec(.otherParentConsent),
                    cannotConsent: DocumentSpec(.otherParentCannotConsent),
                    underAge: 18))),
        foster: history(
            rule("DOC-FOSTER", "Extra documents for a foster child", Source.indProcess, "2024-01-01", FosterDocuments(
                always: [
                    DocumentSpec(.bioParentsIdentity),
                    DocumentSpec(.bioParentsRelationship),
                ],
                ifDeceased: [
                    DocumentSpec(.guardianshipEvidence),
                    DocumentSpec(.bioParentsDeathCertificates),
                ]))),

        // The IND page in the sources says 9 months. The earlier 6 months (before bill
        // 36349) is not kept: its end date could not be established (docs/rules.md).
        decision: history(
            rule("PROC-DECISION-9M", "The IND decides within 9 months", Source.indProcess, "2024-01-01", Term(months: 9))),
        decisionSuspension: statement("PROC-DECISION-SUSPEND", "A rectification letter suspends the decision period",
                                      Source.awb, from: "1994-01-01"),
        decisionExtension: statement("PROC-DECISION-EXTEND",
                                     "The IND's extension message names the new last day of the decision period",
                                     Source.indProcess, from: "2024-01-01"),
        defaultNotice: history(
            rule("PROC-DEFAULT", "When the IND is late: notice of default, then penalty payments", Source.indLate,
                 "2024-01-01", PenaltyPayments(startAfter: Term.weeks(2), tiers: [
                    .init(days: 14, centsPerDay: 23_00), .init(days: 14, centsPerDay: 35_00),
                    .init(days: nil, centsPerDay: 45_00),
                 ]))),
        objection: history(
            rule("PROC-OBJECTION-4W", "Object within 4 weeks of the decision", Source.aliensAct, "2001-04-01", Term.weeks(4))),
        mvvAppointment: history(
            rule("PROC-MVV-APPOINTMENT", "Make the MVV appointment within 3 months of the decision, extendable to 6",
                 Source.indProcess, "2024-01-01", ExtendableTerm(term: Term(months: 3), extended: Term(months: 6)))),
        passportValidity: history(
            rule("PROC-PASSPORT-6M", "The passport must be valid 6 more months when the MVV sticker is placed",
                 Source.indProcess, "2024-01-01", Term(months: 6))),
        travel: history(
            rule("PROC-TRAVEL-90D", "The MVV is valid 90 days: travel within 90 days", Source.indProcess, "2024-01-01",
                 Term(days: 90))),
        registration: history(
            rule("PROC-REPORT-3D", "Report at the IND within 3 days of arrival", Source.indProcess, "2024-01-01",
                 Term(days: 3))),
        coaConfirmation: history(
            rule("PROC-COA", "COA confirms the reception within 2 working days of the request", Source.indProcess,
                 "2024-01-01", WorkingDays(2))),
        permitCollection: statement("PROC-PERMIT-COLLECT",
                                    "A permit not ready at the registration is collected at an IND desk", Source.indProcess,
                                    from: "2024-01-01"),

        // AIDA-NL "Visa issuance", last updated 30 April 2024: each notice as confirmed
        // that day, taken as current for a year after it (rules.md "Representations").
        representations: [
            Rule(RuleInfo(id: "PROC-MVV-APPOINTMENT", title: "Beirut: visa issuance suspended", source: Source.aida,
                          validFrom: day("2023-10-01")),
                 RepresentationNotice(city: "Beirut", warningID: "representation-suspended", notice: .beirutSuspended,
                                      confirmedOn: day("2024-04-30"), reviewAfter: noticeCurrentFor,
                                      exceptResidences: ["LBN"])),
            Rule(RuleInfo(id: "PROC-MVV-APPOINTMENT", title: "Khartoum: visa issuance suspended", source: Source.aida,
                          validFrom: day("2023-04-01")),
                 RepresentationNotice(city: "Khartoum", warningID: "representation-suspended", notice: .khartoumSuspended,
                                      confirmedOn: day("2024-04-30"), reviewAfter: noticeCurrentFor)),
            Rule(RuleInfo(id: "PROC-MVV-APPOINTMENT", title: "Erbil: pilot with limited capacity", source: Source.aida,
                          validFrom: day("2023-09-01")),
                 RepresentationNotice(city: "Erbil", warningID: "representation-limited-capacity", notice: .erbilLimited,
                                      confirmedOn: day("2024-04-30"), reviewAfter: noticeCurrentFor)),
        ]
    )

    /// rules.md "Representations": "past a year, the warning says the notice may be out of date".
    private static let noticeCurrentFor = Term(months: 12)

    private static func day(_ iso: String) -> Day {
        guard let day = Day(iso: iso) else { preconditionFailure("rule book date \(iso) is not a date") }
        return day
    }

    private static func rule<F>(_ id: String, _ title: String, _ source: String, _ from: String, _ figures: F) -> Rule<F> {
        Rule(RuleInfo(id: id, title: title, source: source, validFrom: day(from)), figures)
    }

    private static func history<F>(_ versions: Rule<F>...) -> RuleHistory<F> { RuleHistory(versions) }

    private static func statement(_ id: String, _ title: String, _ source: String,
                                  from: String = "2024-04-30") -> RuleHistory<Statement> {
        RuleHistory([rule(id, title, source, from, Statement())])
    }
}

/// Source short names (rules.md's table), and later sources named in full.
public enum Source {
    public static let indProcess = "IND-PROCESS"
    public static let aida = "AIDA-NL"
    public static let iom = "IOM"
    public static let indUNHCR = "IND-UNHCR"
    public static let awb = "Algemene wet bestuursrecht art. 4:15"
    public static let aliensAct = "Vreemdelingenwet 2000 art. 69"
    public static let twoStatus = "ind.nl news \"IND assessing new family reunification rules in practice\" (June 2026); openkamer.org 36703"
    public static let indLate = "IND \"IND is te laat met beslissen\""
    public static let tbExemption = "IND-PROCESS; IND Appendix Exemption from the obligation to undergo a TB test"
}
