import Foundation

/// Reads FHIR JSON (a resource, a Bundle, or NDJSON: one resource a line) into labelled text.
///
/// Patient (and RelatedPerson, Person) names, birth dates, identifiers (an SSN by its system
/// `urn:oid:2.16.840.1.113883.4.1`, an MRN by type code `MR`, member and Medicare ids by system or
/// type), addresses and telecoms become `Label: value` lines; Condition, Observation, Encounter,
/// Procedure and medication resources become care context with their display text; Coverage
/// gives the subscriber id. Parsing is Foundation's `JSONSerialization` on at most `maxBytes`,
/// resources nested at most `maxDepth` deep: bad input gives nil, never a trap.
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
            for entry in r["entry"] as? [[String: Any]] ?? [] {
                if let inner = entry["resource"] as? [String: Any] { resource(inner, &out, depth: depth + 1) }
            }
        case "Patient", "RelatedPerson", "Person":
            person(r, type == "Patient" ? "Patient Name" : "Related person name", &out)
        case "Condition":
            codes(r["code"], "Diagnosis", &out)
        case "Observation":
            let value = (r["valueQuantity"] as? [String: Any]).map { q in
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
            out.context("Health plan", (r["payor"] as? [[String: Any]])?.compactMap { $0["display"] as? String }
                .joined(separator: ", ") ?? "insurance")
            out.identifier("Member ID", text(r["subscriberId"]))
            identifiers(r, &out)
        default:
            break
        }
        for key in ["subject", "patient", "beneficiary"] {
            if let ref = r[key] as? [String: Any], let name = ref["display"] as? String,
               (ref["reference"] as? String ?? "Patient/").hasPrefix("Patient") {
                out.context("Patient Name", name)
            }
        }
    }

    static func person(_ r: [String: Any], _ label: String, _ out: inout LabelledText) {
        for name in (r["name"] as? [[String: Any]] ?? []).prefix(2) {
            let given = (name["given"] as? [String] ?? []).joined(separator: " ")
            let family = text(name["family"])
            let full = family.isEmpty ? text(name["text"]) : given.isEmpty ? family : family + ", " + given
            out.context(label, full)
        }
        if let birth = r["birthDate"] as? String, birth.count >= 10 { out.context("Date of birth", String(birth.prefix(10))) }
        identifiers(r, &out)
        for address in r["address"] as? [[String: Any]] ?? [] {
            let street = ((address["line"] as? [String] ?? []) + [text(address["city"])]).map(LabelledText.titleCase)
            let stateZip = [text(address["state"]), text(address["postalCode"])].filter { !$0.isEmpty }.joined(separator: " ")
            let line = (street + [stateZip]).filter { !$0.isEmpty }.joined(separator: ", ")
            if line.contains(where: \.isNumber) { out.identifier("Patient address", line) }
        }
        for telecom in r["telecom"] as? [[String: Any]] ?? [] {
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
        for id in r["identifier"] as? [[String: Any]] ?? [] {
            let value = text(id["value"])
            let system = text(id["system"]).lowercased()
            let typeCodes = ((id["type"] as? [String: Any])?["coding"] as? [[String: Any]] ?? []).map { text($0["code"]) }
            if system.hasSuffix("2.16.840.1.113883.4.1") || system.contains("ssn") || typeCodes.contains("SS") {
                out.identifier("SSN", LabelledText.ssn(value))
            } else if system.contains("medicare") || system.contains("mbi") || LabelledText.looksLikeMBI(value) {
                out.identifier(LabelledText.looksLikeMBI(value) ? "Medicare MBI" : "Medicare number", value)
            } else if system.contains("member") || system.contains("subscriber") || typeCodes.contains("MB") {
                out.identifier("Member ID", value)
            } else if system.contains("2.16.840.1.113883.4.6") || typeCodes.contains("NPI") {
                out.identifier("NPI", value)
            } else {
                out.identifier("MRN", value)
            }
        }
    }

    /// Codings of a CodeableConcept: ICD-10/ICD-9 codes labelled as such, then its display text.
    static func codes(_ concept: Any?, _ label: String, _ out: inout LabelledText) {
        guard let concept = concept as? [String: Any] else { return }
        for coding in concept["coding"] as? [[String: Any]] ?? [] {
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
        return (concept["coding"] as? [[String: Any]] ?? []).compactMap { $0["display"] as? String }.first ?? ""
    }

    static func text(_ value: Any?) -> String {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return ""
        }
    }
}
