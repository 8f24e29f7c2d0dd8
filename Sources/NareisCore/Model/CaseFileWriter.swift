/// Writes `CaseFile`s as `nareis-case/1` JSON, keys in the spec's order, absent
/// fields left out, so that reading the output gives back the same case.
public enum CaseFileWriter {
    public static func json(_ file: CaseFile) -> JSONValue {
        var o = ObjectBuilder()
        o["format"] = .string(CaseFile.format)
        o["id"] = file.id.map(JSONValue.string)
        o["asOf"] = file.asOf.map { .string($0.iso) }
        o["sponsor"] = sponsor(file.sponsor)
        o["members"] = .array(file.members.map(member))
        return o.value
    }

    public static func text(_ file: CaseFile) -> String { JSONWriter.string(json(file)) }

    static func sponsor(_ s: Sponsor) -> JSONValue {
        var o = ObjectBuilder()
        o["name"] = .string(s.name)
        o["latinName"] = s.latinName.map(JSONValue.string)
        o["vNumber"] = s.vNumber.map(JSONValue.string)
        o["birthDate"] = .string(s.birthDate.description)
        o["nationality"] = .string(s.nationality)
        o["asylumApplicationDate"] = .string(s.asylumApplicationDate.iso)
        o["unaccompaniedAtApplication"] = s.unaccompaniedAtApplication.map(JSONValue.bool)
        var permit = ObjectBuilder()
        permit["kind"] = .string(s.permit.kind.rawValue)
        permit["decisionDate"] = .string(s.permit.decisionDate.iso)
        permit["status"] = s.permit.status.map { .string($0.rawValue) }
        o["permit"] = permit.value
        o["subsequentApplication"] = s.subsequentApplication.map(JSONValue.bool)
        o["counsellor"] = s.counsellor.map(JSONValue.string)
        o["phone"] = s.phone.map(JSONValue.string)
        o["email"] = s.email.map(JSONValue.string)
        o["address"] = s.address.map(JSONValue.string)
        o["housing"] = s.housing.map { .string($0.rawValue) }
        return o.value
    }

    static func member(_ m: Member) -> JSONValue {
        var o = ObjectBuilder()
        o["id"] = .string(m.id)
        o["name"] = .string(m.name)
        o["latinName"] = m.latinName.map(JSONValue.string)
        o["vNumber"] = m.vNumber.map(JSONValue.string)
        o["relationship"] = .string(m.relationship.rawValue)
        if let p = m.partner {
            var b = ObjectBuilder()
            b["kind"] = p.kind.map { .string($0.rawValue) }
            o["partner"] = b.value
        }
        if let c = m.child {
            var b = ObjectBuilder()
            b["kind"] = c.kind.map { .string($0.rawValue) }
            b["otherParent"] = c.otherParent.map { .string($0.rawValue) }
            b["bioParentsDeceased"] = c.bioParentsDeceased.map(JSONValue.bool)
            if let y = c.youngAdult {
                var ya = ObjectBuilder()
                ya["livedWithFamilyAtEntry"] = y.livedWithFamilyAtEntry.map(JSONValue.bool)
                ya["ownIncome"] = y.ownIncome.map(JSONValue.bool)
                ya["ownFamily"] = y.ownFamily.map(JSONValue.bool)
                ya["beyondControl"] = y.beyondControl.map(JSONValue.bool)
                b["youngAdult"] = ya.value
            }
            o["child"] = b.value
        }
        if let p = m.parent {
            var b = ObjectBuilder()
            b["kind"] = p.kind.map { .string($0.rawValue) }
            o["parent"] = b.value
        }
        if let s = m.sibling {
            var b = ObjectBuilder()
            b["otherParent"] = s.otherParent.map { .string($0.rawValue) }
            o["sibling"] = b.value
        }
        o["birthDate"] = .string(m.birthDate.description)
        o["nationality"] = .string(m.nationality)
        o["residence"] = m.residence.map(JSONValue.string)
        o["familyBeforeEntry"] = m.familyBeforeEntry.map(JSONValue.bool)
        o["procedure"] = procedure(m.procedure)
        return o.value
    }

    static func procedure(_ p: Procedure) -> JSONValue {
        var o = ObjectBuilder()
        func day(_ key: String, _ value: Day?) { o[key] = value.map { .string($0.iso) } }
        o["framework"] = p.framework.map { .string($0.rawValue) }
        o["lateExcuse"] = p.lateExcuse.map(JSONValue.string)
        day("submitted", p.submitted)
        day("rectificationLetter", p.rectificationLetter)
        day("rectificationDue", p.rectificationDue)
        day("completed", p.completed)
        day("decisionExtendedTo", p.decisionExtendedTo)
        if let i = p.investigation {
            var fields: [(String, JSONValue)] = [("letter", .string(i.letter.iso)), ("kind", .string(i.kind.rawValue)),
                                                 ("channel", .string(i.channel.rawValue))]
            if let date = i.date { fields.append(("date", .string(date.iso))) }
            o["investigation"] = .object(fields)
        }
        if let d = p.decision {
            o["decision"] = .object([("date", .string(d.date.iso)), ("outcome", .string(d.outcome.rawValue))])
        }
        day("objectionFiled", p.objectionFiled)
        day("mvvAppointment", p.mvvAppointment)
        day("mvvIssued", p.mvvIssued)
        day("passportValidUntil", p.passportValidUntil)
        day("travelBooked", p.travelBooked)
        day("coaRequested", p.coaRequested)
        day("coaConfirmed", p.coaConfirmed)
        day("plannedArrival", p.plannedArrival)
        day("arrival", p.arrival)
        day("registeredAtIND", p.registeredAtIND)
        day("permitCollected", p.permitCollected)
        o["representation"] = p.representation.map(JSONValue.string)
        return o.value
    }
}

/// Builds a JSON object in insertion order; assigning nil leaves the key out.
public struct ObjectBuilder {
    private var pairs: [(key: String, value: JSONValue)] = []
    public init() {}
    public subscript(key: String) -> JSONValue? {
        get { pairs.last(where: { $0.key == key })?.value }
        set { if let newValue { pairs.append((key, newValue)) } }
    }
    public var value: JSONValue { .object(pairs) }
}
