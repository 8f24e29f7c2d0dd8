import NareisCore
import Testing
@testable import NareisOutputs

@Suite("COA reception e-mail")
struct ReceptionRequestTests {
    @Test(arguments: Language.allCases)
    func matchesTheGoldenFile(language: Language) throws {
        let email = try ReceptionRequest.draft(SampleCase.file, asOf: SampleCase.asOf, replyTo: nil, language: language)
        try Golden.check(email.text, "coa-\(language.rawValue).txt")
    }

    @Test func holdsExactlyTheFactsTheINDPageAsksFor() throws {
        let email = try ReceptionRequest.draft(SampleCase.file, asOf: SampleCase.asOf, replyTo: nil, language: .en)
        #expect(email.to == "FMMZZevenaarDuiven@coa.nl")
        #expect(email.contact.rule == "PROC-COA" && email.contact.source == "IND-PROCESS")
        #expect(email.body.contains("First name and surname: Amanuel Tesfay"), "the Latin spelling, not the Ge'ez script")
        #expect(email.body.contains("Telephone number: +31 6 12345678"))
        #expect(email.body.contains("E-mail address: amanuel.tesfay@example.org"))
        #expect(email.body.contains("- Saba Tesfay, V-number 2345678901"))
        #expect(email.body.contains("- Yonas Tesfay, V-number 3456789012"))
        #expect(email.body.contains("Date of arrival in the Netherlands: 2 May 2025"))
        #expect(!email.body.contains("Hawa"), "no decision yet: not travelling")
    }

    @Test func theCounsellorsAddressReplacesTheSponsorsWhenGiven() throws {
        let email = try ReceptionRequest.draft(SampleCase.file, asOf: SampleCase.asOf, replyTo: "nareis@vwn.example",
                                               language: .nl)
        #expect(email.body.contains("E-mailadres: nareis@vwn.example"))
        #expect(!email.body.contains("amanuel.tesfay@example.org"))
    }

    @Test func differentArrivalDatesAreGivenPerMember() throws {
        var file = SampleCase.file
        file.members[1].procedure.plannedArrival = SampleCase.day("2025-05-09")
        let email = try ReceptionRequest.draft(file, asOf: SampleCase.asOf, replyTo: nil, language: .en)
        #expect(email.body.contains("- Saba Tesfay, V-number 2345678901, arriving on 2 May 2025"))
        #expect(email.body.contains("- Yonas Tesfay, V-number 3456789012, arriving on 9 May 2025"))
    }

    @Test func refusesNamingEveryMissingFact() {
        var file = SampleCase.file
        file.sponsor.phone = nil
        file.sponsor.email = "  "
        file.sponsor.latinName = nil
        file.members[1].vNumber = nil
        file.members[0].procedure.plannedArrival = nil
        #expect(throws: ReceptionRefusal.self) {
            try ReceptionRequest.draft(file, asOf: SampleCase.asOf, replyTo: nil, language: .en)
        }
        do {
            _ = try ReceptionRequest.draft(file, asOf: SampleCase.asOf, replyTo: nil, language: .en)
        } catch {
            #expect(error.problems == [
                "sponsor.latinName: not yet known (the name is not in Latin letters; the COA needs the spelling on the documents)",
                "sponsor.phone: not yet known (the COA needs the sponsor's telephone number)",
                "sponsor.email: not yet known (the COA needs the sponsor's e-mail address, or the counsellor's)",
                "members[0].plannedArrival: not yet known (the COA needs the date of arrival in the Netherlands)",
                "members[1].vNumber: not yet known (the COA needs every travelling member's V-number)",
            ])
            #expect(error.description.hasPrefix("The e-mail to the COA cannot be drafted yet:\n  sponsor.latinName"))
        }
    }

    @Test func refusesWhenNobodyTravelsOrTheAddressIsNoAddress() {
        var file = SampleCase.file
        file.members[0].procedure.arrival = SampleCase.day("2025-04-01")
        file.members[1].procedure.decision?.outcome = .negative
        do {
            _ = try ReceptionRequest.draft(file, asOf: SampleCase.asOf, replyTo: "vwn at example", language: .nl)
            Issue.record("drafted without travellers")
        } catch {
            #expect(error.problems.contains("--reply-to: \"vwn at example\" is geen e-mailadres (verwacht: naam@domein)"))
            #expect(error.problems.contains { $0.hasPrefix("members: er reist niemand") })
        }
    }

    @Test func aSponsorWithSuitableHousingBooksTheINDAppointmentInstead() throws {
        var file = SampleCase.file
        file.sponsor.housing = .suitable
        do {
            _ = try ReceptionRequest.draft(file, asOf: SampleCase.asOf, replyTo: nil, language: .en)
            Issue.record("drafted for a sponsor with suitable housing")
        } catch {
            #expect(error.problems.count == 1)
            #expect(error.problems.first?.hasPrefix("sponsor.housing: \"suitable\": the COA arranges reception only") == true)
            #expect(error.problems.first?.hasSuffix("(PROC-IND-APPOINTMENT)") == true)
        }
        for housing in [Housing.reception, .unsuitable] {
            file.sponsor.housing = housing
            _ = try ReceptionRequest.draft(file, asOf: SampleCase.asOf, replyTo: nil, language: .en)
        }
    }

    @Test func travellersHaveAPositiveDecisionAndNoArrival() {
        var file = SampleCase.file
        file.members[0].procedure.arrival = SampleCase.day("2025-05-02")
        #expect(ReceptionRequest.travellers(in: file).map(\.member.id) == ["m2"])
    }

    @Test func latinScriptIsRecognised() {
        #expect(ReceptionRequest.isLatin("Jaël Ŝtefan-Ngô"))
        #expect(!ReceptionRequest.isLatin("سارة"))
        #expect(!ReceptionRequest.isLatin("ሳባ"))
        #expect(!ReceptionRequest.isLatin("123"))
    }
}
