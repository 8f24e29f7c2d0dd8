/// Writes an `Assessment` as `nareis-assessment/1` JSON in the spec's key order.
public enum AssessmentWriter {
    public static func json(_ a: Assessment) -> JSONValue {
        var o = ObjectBuilder()
        o["format"] = .string(Assessment.format)
        o["caseId"] = a.caseId.map(JSONValue.string) ?? .null
        o["asOf"] = .string(a.asOf.iso)
        o["rulesVersion"] = .string(a.rulesVersion)
        var s = ObjectBuilder()
        s["minorAtAsylumApplication"] = .bool(a.sponsor.minorAtAsylumApplication)
        s["ageUncertain"] = .bool(a.sponsor.ageUncertain)
        s["applicationTermEnds"] = a.sponsor.applicationTermEnds.map { .string($0.iso) } ?? .null
        s["reasons"] = .array(a.sponsor.reasons.map(reason))
        o["sponsor"] = s.value
        o["members"] = .array(a.members.map(member))
        return o.value
    }

    public static func text(_ a: Assessment) -> String { JSONWriter.string(json(a)) }

    static func member(_ m: MemberAssessment) -> JSONValue {
        var o = ObjectBuilder()
        o["id"] = .string(m.id)
        o["eligibility"] = .string(m.eligibility.rawValue)
        o["framework"] = .string(m.framework.rawValue)
        o["feeEUR"] = m.feeCents.map { .number(Double($0) / 100) } ?? .null
        o["ageBand"] = .string(m.ageBand.rawValue)
        o["ageUncertain"] = .bool(m.ageUncertain)
        o["reasons"] = .array(m.reasons.map(reason))
        o["checklist"] = .array(m.checklist.map { item in
            var b = ObjectBuilder()
            b["id"] = .string(item.id)
            b["label"] = .string(item.label)
            b["rule"] = .string(item.rule)
            if item.uncertain { b["uncertain"] = .bool(true) }
            return b.value
        })
        o["deadlines"] = .array(m.deadlines.map { d in
            var b = ObjectBuilder()
            b["id"] = .string(d.id)
            b["due"] = .string(d.due.iso)
            b["state"] = .string(d.state.rawValue)
            b["done"] = d.done.map { .string($0.iso) }
            b["rule"] = .string(d.rule)
            b["excusable"] = d.excusable.map(JSONValue.bool)
            b["extendedDue"] = d.extendedDue.map { .string($0.iso) }
            b["lastLegalDay"] = d.lastLegalDay.map { .string($0.iso) }
            return b.value
        })
        o["warnings"] = .array(m.warnings.map { w in
            .object([("id", .string(w.id)), ("text", .string(w.text)), ("rule", .string(w.rule))])
        })
        return o.value
    }

    static func reason(_ r: Reason) -> JSONValue {
        .object([("rule", .string(r.rule)), ("text", .string(r.text)), ("source", .string(r.source))])
    }
}
