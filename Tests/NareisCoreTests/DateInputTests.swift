import Testing
@testable import NareisCore

/// Dates as counsellors write them (issue 12, point 3), and what the field shows it
/// understood.
@Suite("Dates as people write them")
struct DateInputTests {
    static let today = d("2026-12-02")

    @Test(arguments: [
        ("14-3-1990", "1990-03-14"), ("14-03-1990", "1990-03-14"), ("14/3/1990", "1990-03-14"),
        ("14.3.1990", "1990-03-14"), ("1990-03-14", "1990-03-14"), (" 1-1-2027 ", "2027-01-01"),
        ("t", "2026-12-02"), ("vandaag", "2026-12-02"), ("Today", "2026-12-02"),
    ])
    func daysAreReadDayFirst(text: String, iso: String) {
        #expect(DateInput.day(text, today: Self.today) == d(iso))
    }

    @Test(arguments: ["31-2-2024", "29-2-2023", "14-13-1990", "3-1990", "1990", "14-3-90", "123-3-1990", "gisteren", ""])
    func whatIsNotADayIsRefused(text: String) {
        #expect(DateInput.day(text, today: Self.today) == nil)
    }

    @Test(arguments: [
        ("14-3-1990", "1990-03-14"), ("3-1990", "1990-03"), ("03-1990", "1990-03"), ("1990", "1990"),
        ("1990-03", "1990-03"), ("1990-00-00", "1990"),
    ])
    func birthDatesMayBePartial(text: String, canonical: String) {
        #expect(DateInput.partialDate(text)?.description == canonical)
    }

    @Test(arguments: ["13-1990", "31-2-1990", "0-1990", "90", "3-1990-1"])
    func impossibleBirthDatesAreRefused(text: String) {
        #expect(DateInput.partialDate(text) == nil)
    }

    @Test func theFieldSaysWhatItUnderstood() {
        #expect(d("1990-03-14").text(.nl) == "14 maart 1990")
        #expect(d("1990-03-14").text(.en) == "14 March 1990")
        #expect(DateInput.partialDate("3-1990")?.text(.nl) == "maart 1990, dag onbekend")
        #expect(DateInput.partialDate("1990")?.text(.nl) == "1990, maand en dag onbekend")
        #expect(DateInput.partialDate("1990")?.text(.en) == "1990, month and day unknown")
    }

    @Test func theIntakeStoresDatesAsTheFormatWritesThem() {
        let fields = [IntakeField("birthDate", .birthDate, required: true),
                      IntakeField("asylumApplicationDate", .fullDate, required: true)]
        let json = IntakeDraft.unflatten(["birthDate": "3-1990", "asylumApplicationDate": "1-9-2023"], fields: fields)
        #expect(json == .object([("birthDate", .string("1990-03")), ("asylumApplicationDate", .string("2023-09-01"))]))
        let typo = IntakeDraft.unflatten(["asylumApplicationDate": "31-2-2023"], fields: fields)
        #expect(typo == .object([("asylumApplicationDate", .string("31-2-2023"))]), "passed on for the reader to refuse")
    }
}

/// Only the questions that apply (issue 12, point 4).
@Suite("Intake questions that apply")
struct IntakeQuestionsTests {
    static let day = d("2026-12-02")
    static func keys(_ answers: [String: String]) -> Set<String> {
        Set(IntakeField.memberFields(for: answers, on: day).map(\.key))
    }

    @Test func youngAdultQuestionsOnlyForAChildWhoIsOrMayBeEighteen() {
        let youngAdult = "child.youngAdult.ownIncome"
        #expect(!Self.keys(["relationship": "child", "birthDate": "13-5-2013"]).contains(youngAdult))
        #expect(Self.keys(["relationship": "child", "birthDate": "1-1-2005"]).contains(youngAdult))
        #expect(Self.keys(["relationship": "child", "birthDate": "2008"]).contains(youngAdult), "17 or 18: may be")
        #expect(Self.keys(["relationship": "child"]).contains(youngAdult), "no birth date yet: asked")
    }

    @Test func theOtherParentOnlyForAMinorAndDeceasedParentsOnlyForAFosterChild() {
        #expect(Self.keys(["relationship": "child", "birthDate": "2015"]).contains("child.otherParent"))
        #expect(!Self.keys(["relationship": "child", "birthDate": "2000"]).contains("child.otherParent"))
        #expect(!Self.keys(["relationship": "sibling", "birthDate": "1990"]).contains("sibling.otherParent"))
        #expect(!Self.keys(["relationship": "child", "birthDate": "2015"]).contains("child.bioParentsDeceased"))
        #expect(Self.keys(["relationship": "child", "child.kind": "foster", "birthDate": "2015"]).contains("child.bioParentsDeceased"))
    }
}

/// Choice fields are picked, never typed as codes (issue 12, point 1).
@Suite("Intake choices")
struct IntakeChoiceTests {
    static func field(_ key: String) -> IntakeField {
        (IntakeField.sponsorFields + IntakeField.memberFields).first { $0.key == key }!
    }

    @Test func aChoiceIsPickedByTheStartOfItsWordInEitherLanguage() {
        let partner = Self.field("partner.kind")
        #expect(partner.choice(typed: "geh") == "married")
        #expect(partner.choice(typed: "ongehuwd") == "unregistered")
        #expect(partner.choice(typed: "reg") == "registered")
        #expect(Self.field("child.otherParent").choice(typed: "blijft, kan") == "staying-cannot-consent")
        #expect(Self.field("housing").choice(typed: "coa") == "reception", "COA reception, by its Dutch and English word")
        #expect(Self.field("permit.status").choice(typed: "subs") == "subsidiary")
        #expect(partner.choice(typed: "xyz") == nil)
    }

    @Test func yesAndNoTakeTheirLetters() {
        let yesNo = Self.field("familyBeforeEntry")
        #expect(["j", "ja", "y", "yes"].allSatisfy { yesNo.choice(typed: $0) == "yes" })
        #expect(["n", "nee", "no"].allSatisfy { yesNo.choice(typed: $0) == "no" })
        #expect(yesNo.label(of: "yes", .nl) == "ja")
    }

    @Test func choicesCycleBothWaysAndShowInTheInterfaceLanguage() {
        let relationship = Self.field("relationship")
        #expect(relationship.choice(after: nil, step: 1) == "partner")
        #expect(relationship.choice(after: "partner", step: -1) == relationship.choices.last)
        #expect(relationship.label(of: "sibling", .nl) == "broer/zus")
        #expect(Self.field("child.otherParent").label(of: "staying-cannot-consent", .nl) == "blijft, kan niet instemmen")
    }

    /// The form shows a picked value as its word; that word must pick the same value
    /// back, in both languages, for every choice field.
    @Test func everyLabelPicksItsOwnValue() {
        for field in IntakeField.sponsorFields + IntakeField.memberFields where !field.choices.isEmpty {
            for value in field.choices {
                for language in Language.allCases {
                    #expect(field.choice(typed: field.label(of: value, language)) == value, "\(field.key) \(value) \(language)")
                }
            }
        }
    }
}
