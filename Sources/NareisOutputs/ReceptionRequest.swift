import Foundation
import NareisCore

/// The e-mail asking the COA for reception of the travelling family members
/// (PROC-COA, IND-PROCESS "Asking COA for reception by e-mail"), with exactly the
/// facts the IND page lists: the sponsor's first name and surname, telephone number
/// and e-mail address (or the counsellor's), every travelling member's first names,
/// surnames and V-number, and the date of arrival.
///
/// Only for a sponsor in COA or Nidos reception or without housing suitable for
/// everyone (`sponsor.housing` not `suitable`; unknown housing is left to the
/// counsellor): with suitable housing the sponsor books the IND appointment instead.
///
/// Who travels: a member with a positive IND decision whose arrival is not yet
/// recorded. Members still waiting for a decision, refused, or already here are not
/// in the e-mail. The arrival date is the member's `plannedArrival`.
public enum ReceptionRequest {
    /// The members who travel, with their index in the case file (for field paths).
    public static func travellers(in file: CaseFile) -> [(index: Int, member: Member)] {
        file.members.enumerated().compactMap { index, member in
            guard member.procedure.decision?.outcome == .positive, member.procedure.arrival == nil else { return nil }
            return (index, member)
        }
    }

    /// The e-mail, or a refusal naming every missing fact by its field path.
    /// `replyTo`: the counsellor's (VWN's, Nidos's) address; when given it is the one
    /// the COA answers, otherwise the sponsor's own.
    public static func draft(_ file: CaseFile, asOf: Day, replyTo: String?, language: Language)
        throws(ReceptionRefusal) -> ReceptionEmail {
        var problems: [String] = []
        func missing(_ path: String, _ why: ReceptionText) {
            problems.append(ReceptionText.notYetKnown.text(language, path, why.text(language)))
        }

        let sponsor = file.sponsor
        if sponsor.housing == .suitable {
            problems.append(ReceptionText.ownHousing.text(language, FieldPath.sponsorHousing))
        }
        let sponsorName = latinName(sponsor.name, sponsor.latinName, path: FieldPath.sponsor, missing: missing)
        let phone = present(sponsor.phone)
        if phone == nil { missing(FieldPath.sponsorPhone, .whyPhone) }
        let email: String?
        if let replyTo = present(replyTo) {
            email = replyTo
            if !looksLikeEmail(replyTo) {
                problems.append(ReceptionText.notAnEmail.text(language, FieldPath.replyToOption, CleanText.singleLine(replyTo)))
            }
        } else if let own = present(sponsor.email) {
            email = own
            if !looksLikeEmail(own) {
                problems.append(ReceptionText.notAnEmail.text(language, FieldPath.sponsorEmail, CleanText.singleLine(own)))
            }
        } else {
            email = nil
            missing(FieldPath.sponsorEmail, .whyEmail)
        }

        let travellers = travellers(in: file)
        if travellers.isEmpty { problems.append(ReceptionText.noTravellers.text(language)) }
        var lines: [(name: String, vNumber: String, arrival: Day)] = []
        for (index, member) in travellers {
            let path = FieldPath.member(index)
            let name = latinName(member.name, member.latinName, path: path, missing: missing)
            let vNumber = present(member.vNumber)
            if vNumber == nil { missing(FieldPath.field(path, .vNumber), .whyVNumber) }
            let arrival = member.procedure.plannedArrival
            if arrival == nil { missing(FieldPath.field(path, .plannedArrival), .whyArrival) }
            if let name, let vNumber, let arrival { lines.append((name, vNumber, arrival)) }
        }

        guard problems.isEmpty, let sponsorName, let phone, let email else {
            throw ReceptionRefusal(heading: ReceptionText.refusalHeading.text(language), problems: problems)
        }
        let contact = ReceptionContact.current(on: asOf)
        let format = TextFormat(language: language)
        var body: [String] = [
            ReceptionText.greeting.text(language), "",
            ReceptionText.request.text(language), "",
            ReceptionText.sponsorHeading.text(language),
            "- " + ReceptionText.name.text(language) + ": " + sponsorName,
            "- " + ReceptionText.phone.text(language) + ": " + CleanText.singleLine(phone),
            "- " + ReceptionText.email.text(language) + ": " + CleanText.singleLine(email), "",
            ReceptionText.membersHeading.text(language),
        ]
        let oneArrival = Set(lines.map(\.arrival)).count == 1
        for line in lines {
            body.append("- " + (oneArrival
                ? ReceptionText.memberLine.text(language, line.name, CleanText.singleLine(line.vNumber))
                : ReceptionText.arrivalPerMember.text(language, line.name, CleanText.singleLine(line.vNumber),
                                                      format.date(line.arrival))))
        }
        if oneArrival, let arrival = lines.first?.arrival {
            body += ["", ReceptionText.arrival.text(language, format.date(arrival))]
        }
        body += ["", ReceptionText.confirmation.text(language), "", ReceptionText.closing.text(language), sponsorName]
        return ReceptionEmail(to: contact.email, subject: ReceptionText.subject.text(language, sponsorName),
                              body: body.joined(separator: "\n") + "\n", contact: contact, language: language)
    }

    /// The name in Latin letters as the COA needs it: `latinName` when given, else
    /// `name` when it is written in Latin letters; reports the missing field otherwise.
    private static func latinName(_ name: String, _ latin: String?, path: String,
                                  missing: (String, ReceptionText) -> Void) -> String? {
        if let latin = present(latin) {
            guard isLatin(latin) else { missing(FieldPath.field(path, .latinName), .whyLatinName); return nil }
            return CleanText.singleLine(latin)
        }
        guard let name = present(name) else { missing(FieldPath.field(path, .name), .whyName); return nil }
        guard isLatin(name) else { missing(FieldPath.field(path, .latinName), .whyLatinName); return nil }
        return CleanText.singleLine(name)
    }

    private static func present(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// Every letter is in a Latin block (Basic Latin to Latin Extended-B, Latin
    /// Extended Additional, Extended-C and -D), and there is at least one.
    static func isLatin(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !letters.isEmpty && letters.allSatisfy { scalar in
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF: return true
            default: return false
            }
        }
    }

    /// One `@` with text before it and a dotted domain after it, no spaces.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }
}

/// A drafted e-mail: the address (with its source), the subject and the body.
public struct ReceptionEmail: Hashable, Sendable {
    public var to: String
    public var subject: String
    public var body: String
    public var contact: ReceptionContact
    public var language: Language

    /// Headers and body, ready to paste into a mail program.
    public var text: String {
        ReceptionText.to.text(language) + ": " + to + "\n"
            + ReceptionText.subjectLabel.text(language) + ": " + subject + "\n\n" + body
    }
}

/// Why the e-mail cannot be drafted yet: one line per missing or wrong fact.
public struct ReceptionRefusal: Error, Hashable, CustomStringConvertible {
    public var heading: String
    public var problems: [String]

    public var description: String {
        ([heading] + problems.map { "  " + $0 }).joined(separator: "\n")
    }
}
