import Foundation

/// Reads FHIR JSON (a resource, a Bundle, or NDJSON: one resource a line) and FHIR XML
/// (`FHIRXMLTree`) into labelled text.
///
/// Patient (and RelatedPerson, Person) names, birth dates, identifiers (an SSN by its system
/// `urn:oid:2.16.840.1.113883.4.1`, an MRN by type code `MR`, member and Medicare ids by system or
/// type), addresses and telecoms become `Label: value` lines; Condition, Observation, Encounter,
/// Procedure and medication resources become care context with their display text; Coverage
/// gives the subscriber id. Parsing is Foundation's `JSONSerialization` (or `FHIRXMLTree`) on
/// at most `maxBytes`, resources nested at most `maxDepth` deep: bad input gives nil, never a
/// trap. Where JSON has a list, one value is taken as a list of one (XML cannot tell them apart).
public enum FHIRReader {
    /// The most bytes parsed.
    public static let maxBytes = 16 << 20
    static let maxDepth = 16

    /// True when the first bytes look like FHIR JSON: an object whose first key is `resourceType`.
    public static func looksLikeJSON(_ prefix: [UInt8]) -> Bool {
        let text = String(decoding: prefix.prefix(256), as: UTF8.self)
        let trimmed = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        guard trimmed.first == "{" else { return false }
        return trimmed.dropFirst().drop { $0.isWhitespace }.hasPrefix("\"resourceType\"")
    }

    /// True when the first bytes look like FHIR JSON or FHIR XML.
    public static func looksLikeFHIR(_ prefix: [UInt8]) -> Bool {
        looksLikeJSON(prefix) || FHIRXMLTree.looksLikeXML(prefix)
    }

    /// The labelled text of a FHIR document, JSON or XML; nil when it is neither.
    public static func render(_ bytes: [UInt8]) -> String? {
        FHIRXMLTree.looksLikeXML(bytes) ? render(xml: bytes) : render(json: bytes)
    }

    /// The labelled text of a FHIR XML document, nil when it is not one.
    public static func render(xml bytes: [UInt8]) -> String? {
        guard bytes.count <= maxBytes, let tree = FHIRXMLTree.tree(of: bytes) else { return nil }
        var out = LabelledText()
        resource(tree, &out, depth: 0)
        return out.take()
    }

    /// The labelled text of a FHIR JSON document, nil when it is not one.
    public static func render(json bytes: [UInt8]) -> String? {
        guard bytes.count <= maxBytes else { return nil }
        var out = LabelledText()
        if let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
           object["resourceType"] is String {
            resource(object, &out, depth: 0)
            return out.take()
        }
        var any = false
        for line in bytes.split(separator: 0x0A) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  object["resourceType"] is String else { continue }
            any = true
            resource(object, &out, depth: 0)
        }
        return any ? out.take() : nil
    }

    static func resource(_ r: [String: Any], _ out: inout LabelledText, depth: Int) {
        guard depth < maxDepth, let type = r["resourceType"] as? String else { return }
        switch type {
        case "Bundle":
            for entry in objects(r["entry"]) {
                if let inner = entry["resource"] as? [String: Any] { resource(inner, &out, depth: depth + 1) }
            }
        case "Patient", "RelatedPerson", "Person":
            person(r, type == "Patient" ? "Patient Name" : "Related person name", &out)
        case "Condition":
            codes(r["code"], "Diagnosis", &out)
        case "Observation":
            let value = object(r["valueQuantity"]).map { q in
                [text(q["value"]), text(q["unit"])].filter { !$0.isEmpty }.joined(separator: " ")
            } ?? text(r["valueString"])
            out.context("Lab result", [display(r["code"]), value].filter { !$0.isEmpty }.joined(separator: " "))
        case "Encounter":
            out.context("Encounter", display(r["type"]).isEmpty ? "office visit" : "office visit, " + display(r["type"]))
        case "Procedure":
            out.context("Procedure", display(r["code"]))
        case "MedicationRequest", "MedicationStatement", "MedicationAdministration":
            out.context("Medication", display(r["medicationCodeableConcept"]))
        case "Coverage":
            let payors = objects(r["payor"]).compactMap { $0["display"] as? String }
            out.context("Health plan", payors.isEmpty ? "insurance" : payors.joined(separator: ", "))
            out.identifier("Member ID", text(r["subscriberId"]))
            identifiers(r, &out)
        case "ExplanationOfBenefit", "Claim":
            // A claim's diagnoses, its services and the plan that paid them (a payer's Patient Access API).
            for d in objects(r["diagnosis"]) { codes(d["diagnosisCodeableConcept"], "Diagnosis", &out) }
            for item in objects(r["item"]) { out.context("Procedure", display(item["productOrService"])) }
            if let insurer = object(r["insurer"])?["display"] as? String { out.context("Health plan", insurer) }
        case "NutritionOrder":
            // A diet ordered for a patient ("Gluten-free diet"), its texture and tube feeding.
            if let diet = object(r["oralDiet"]) {
                out.context("Diet order", display(diet["type"]))
                for t in objects(diet["texture"]) { out.context("Diet order", display(t["modifier"])) }
            }
            out.context("Diet order", display(r["foodPreferenceModifier"]))
            out.context("Tube feeding", display(object(r["enteralFormula"])?["baseFormulaType"]))
        case "Practitioner", "PractitionerRole":
            for id in objects(r["identifier"]) where isNPI(id) { out.identifier("Provider NPI", text(id["value"])) }
        default:
            break
        }
        clinical(r, type, &out)
        // Resources carried inline ("contained": an Observation's own Patient, as a device app posts it).
        for inner in objects(r["contained"]) { resource(inner, &out, depth: depth + 1) }
        for key in ["subject", "patient", "beneficiary"] {
            if let ref = object(r[key]), let name = ref["display"] as? String,
               (ref["reference"] as? String ?? "Patient/").hasPrefix("Patient") {
                out.context("Patient Name", name)
            }
        }
    }

    /// What any clinical resource may carry: its reasons (diagnoses), its dates (as dates of
    /// service) and its practitioners' NPIs (never a patient's identifiers).
    static func clinical(_ r: [String: Any], _ type: String, _ out: inout LabelledText) {
        for reason in objects(r["reasonCode"]) { codes(reason, "Diagnosis", &out) }
        for key in ["requester", "performer", "recorder", "asserter", "practitioner", "generalPractitioner", "participant"] {
            for ref in objects(r[key]) {
                let actor = object(ref["actor"]) ?? object(ref["individual"]) ?? ref
                for id in objects(actor["identifier"]) where isNPI(id) { out.identifier("Provider NPI", text(id["value"])) }
            }
        }
        guard type != "Patient", type != "Bundle" else { return }
        for key in ["effectiveDateTime", "performedDateTime", "authoredOn", "onsetDateTime", "occurrenceDateTime", "recordedDate"] {
            if let date = isoDay(r[key]) { out.context("Date of service", date) }
        }
        for key in ["period", "effectivePeriod", "performedPeriod"] {
            guard let period = object(r[key]) else { continue }
            if let start = isoDay(period["start"]) { out.context(type == "Encounter" ? "Admission date" : "Date of service", start) }
            if type == "Encounter", let end = isoDay(period["end"]) { out.context("Discharge date", end) }
        }
    }

    /// The `YYYY-MM-DD` of a FHIR date or dateTime; nil for anything else.
    static func isoDay(_ value: Any?) -> String? {
        let day = String(text(value).prefix(10))
        return LabelledText.isoDate(day.replacing("-", with: "")).flatMap { $0 == day ? day : nil }
    }

    /// True when an identifier is a US National Provider Identifier (by system or type code).
    static func isNPI(_ id: [String: Any]) -> Bool {
        let system = text(id["system"]).lowercased()
        return system.contains("us-npi") || system.contains("2.16.840.1.113883.4.6")
            || objects(object(id["type"])?["coding"]).contains { text($0["code"]) == "NPI" }
    }

    static func person(_ r: [String: Any], _ label: String, _ out: inout LabelledText) {
        for name in objects(r["name"]).prefix(2) {
            let given = strings(name["given"]).joined(separator: " ")
            let family = text(name["family"])
            let full = family.isEmpty ? text(name["text"]) : given.isEmpty ? family : family + ", " + given
            out.context(label, full)
        }
        if let birth = r["birthDate"] as? String, birth.count >= 10 { out.context("Date of birth", String(birth.prefix(10))) }
        identifiers(r, &out)
        for address in objects(r["address"]) {
            let street = (strings(address["line"]) + [text(address["city"])]).map(LabelledText.titleCase)
            let stateZip = [text(address["state"]), text(address["postalCode"])].filter { !$0.isEmpty }.joined(separator: " ")
            let line = (street + [stateZip]).filter { !$0.isEmpty }.joined(separator: ", ")
            if line.contains(where: \.isNumber) { out.identifier("Patient address", line) }
        }
        for telecom in objects(r["telecom"]) {
            let value = text(telecom["value"])
            switch text(telecom["system"]) {
            case "phone", "sms": out.identifier("Patient phone", LabelledText.phone(value))
            case "email": out.identifier("Patient email", value)
            case "fax": out.identifier("Patient fax", LabelledText.phone(value))
            default: break
            }
        }
    }

    /// Identifiers by system or type code.
    static func identifiers(_ r: [String: Any], _ out: inout LabelledText) {
        for id in objects(r["identifier"]) {
            let value = text(id["value"])
            let system = text(id["system"]).lowercased()
            let typeCodes = objects(object(id["type"])?["coding"]).map { text($0["code"]) }
            if system.hasSuffix("2.16.840.1.113883.4.1") || system.contains("ssn") || typeCodes.contains("SS") {
                out.identifier("SSN", LabelledText.ssn(value))
            } else if system.contains("medicare") || system.contains("mbi") || LabelledText.looksLikeMBI(value) {
                out.identifier(LabelledText.looksLikeMBI(value) ? "Medicare MBI" : "Medicare number", value)
            } else if system.contains("member") || system.contains("subscriber") || typeCodes.contains("MB") {
                out.identifier("Member ID", value)
            } else if isNPI(id) {
                out.identifier("NPI", value)
            } else {
                out.identifier("MRN", value)
            }
        }
    }

    /// Codings of a CodeableConcept: ICD-10/ICD-9 codes labelled as such, then its display text.
    static func codes(_ concept: Any?, _ label: String, _ out: inout LabelledText) {
        guard let concept = object(concept) else { return }
        for coding in objects(concept["coding"]) {
            let system = text(coding["system"]).lowercased()
            let code = text(coding["code"])
            if system.contains("icd-10") || system.contains("icd10") {
                out.context("ICD-10 diagnosis code", LabelledText.icd(code, icd9: false))
            } else if system.contains("icd-9") || system.contains("icd9") {
                out.context("ICD-9 diagnosis code", LabelledText.icd(code, icd9: true))
            }
        }
        out.context(label, display(concept))
    }

    /// The text of a CodeableConcept (or a list of them): `text`, else the first coding's display.
    static func display(_ concept: Any?) -> String {
        if let list = concept as? [Any] { return list.map(display).filter { !$0.isEmpty }.joined(separator: ", ") }
        guard let concept = concept as? [String: Any] else { return "" }
        if let t = concept["text"] as? String { return t }
        return objects(concept["coding"]).compactMap { $0["display"] as? String }.first ?? ""
    }

    /// A JSON list, or one value as a list of one.
    static func list(_ value: Any?) -> [Any] {
        if let array = value as? [Any] { return array }
        return value.map { [$0] } ?? []
    }

    /// The objects of a list (or the one object).
    static func objects(_ value: Any?) -> [[String: Any]] {
        list(value).compactMap { $0 as? [String: Any] }
    }

    /// An object, or the first object of a list.
    static func object(_ value: Any?) -> [String: Any]? {
        value as? [String: Any] ?? objects(value).first
    }

    /// The non-empty strings of a list (or the one string).
    static func strings(_ value: Any?) -> [String] {
        list(value).map(text).filter { !$0.isEmpty }
    }

    static func text(_ value: Any?) -> String {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return ""
        }
    }
}
