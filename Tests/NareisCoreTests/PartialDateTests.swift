import Testing
import PropertyBased
@testable import NareisCore

@Suite("Partial birth dates")
struct PartialDateTests {
    /// Every form of every day from 1900 to 2030: known or unknown month (00) and day (00).
    /// Real (partial) dates round-trip to their canonical form; impossible ones are refused.
    @Test func exhaustiveRoundTripOfAllForms() {
        var accepted = 0
        var refused = 0
        for year in 1900...2030 {
            for month in 0...12 {
                for day in 0...31 {
                    let text = Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2)
                    let parsed = PartialDate(parsing: text)
                    let valid = month == 0 ? day == 0 : (day == 0 || day <= Day.daysIn(month: month, year: year))
                    guard valid else {
                        #expect(parsed == nil, "\(text) must be refused")
                        refused += 1
                        continue
                    }
                    guard let parsed else {
                        Issue.record("\(text) must be accepted")
                        continue
                    }
                    accepted += 1
                    #expect(parsed.year == year)
                    #expect(parsed.month == (month == 0 ? nil : month))
                    #expect(parsed.day == (day == 0 ? nil : day))
                    // The canonical form drops unknown parts and parses back to the same date.
                    let canonical = parsed.description
                    #expect(PartialDate(parsing: canonical) == parsed)
                    #expect(canonical.count == (month == 0 ? 4 : day == 0 ? 7 : 10))
                    #expect(parsed.earliest <= parsed.latest)
                }
            }
        }
        // 131 years: 1 year-only + 12 year-month + 365/366 full days accepted each.
        let leapYears = (1900...2030).filter(Day.isLeap).count
        #expect(accepted == 131 * (1 + 12 + 365) + leapYears)
        #expect(refused == 131 * 13 * 32 - accepted)
    }

    @Test(arguments: ["1990-00-15", "1990-1", "90", "1990-01-01T00:00", "１９９０", "-990", "1990-02-30", "", "1990-13", "19900"])
    func refusesMalformed(_ text: String) {
        #expect(PartialDate(parsing: text) == nil)
    }

    @Test func earliestAndLatestOfPartialDates() {
        let yearOnly = PartialDate(parsing: "2008")!
        #expect(yearOnly.earliest == Day(iso: "2008-01-01"))
        #expect(yearOnly.latest == Day(iso: "2008-12-31"))
        let february = PartialDate(parsing: "2008-02")!
        #expect(february.latest == Day(iso: "2008-02-29"))
        #expect(PartialDate(parsing: "2009-02")!.latest == Day(iso: "2009-02-28"))
    }

    @Test func ageIsUncertainWhenTheLimitFallsInsideTheUnknownPart() {
        let bornSometimeIn2008 = PartialDate(parsing: "2008")!
        // On 2026-06-01 the person is 17 (born after 1 June) or 18 (born before).
        let onDay = Day(iso: "2026-06-01")!
        #expect(bornSometimeIn2008.ageRange(on: onDay) == 17...18)
        #expect(bornSometimeIn2008.isAtLeast(18, on: onDay) == .uncertain)
        #expect(bornSometimeIn2008.isAtLeast(18, on: Day(iso: "2027-01-01")!) == .yes)
        #expect(bornSometimeIn2008.isAtLeast(18, on: Day(iso: "2025-12-31")!) == .no)
    }

    @Test func ageRangeBoundsHoldForEveryPartialDate() async {
        await propertyCheck(input: Gen.int(in: 1900...2030), Gen.int(in: 0...12), Gen.int(in: 0...60_000)) { year, month, offset in
            let date = PartialDate(year: year, month: month == 0 ? nil : month)!
            let on = Day(ordinal: Day(year: 1900, month: 1, day: 1)!.ordinal + offset)
            let range = date.ageRange(on: on)
            // Every real birth day inside the partial date has an age inside the range.
            for probe in [date.earliest, date.latest, Day(ordinal: (date.earliest.ordinal + date.latest.ordinal) / 2)] {
                #expect(range.contains(probe.age(on: on)))
            }
            #expect(range.upperBound - range.lowerBound <= 1)
        }
    }
}
