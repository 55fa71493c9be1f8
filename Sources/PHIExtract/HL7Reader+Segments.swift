import PHIText

/// How each HL7 v2 segment becomes labelled text.
extension HL7Reader {
    /// Segments that hold routing, control and acknowledgement data, never a person's.
    static let structural: Set<String> = [
        "MSH", "FHS", "BHS", "BTS", "FTS", "EVN", "MSA", "ERR", "SFT", "UAC", "ARV", "QAK", "QPD", "RCP",
        "DSC", "ORC", "TQ1", "TQ2", "ROL", "PD1", "SPM", "CTD", "ACC", "UB1", "UB2", "MRG", "PV2",
    ]

    /// Renders one segment into `out`.
    mutating func render(_ segment: Substring) {
        let f = fields(segment)
        guard let id = f.first.map(String.init) else { return }
        func at(_ n: Int) -> Substring { n < f.count ? f[n] : "" }
        switch id {
        case "MSH":
            // MSH-11, the processing ID: a training (T) or debugging (D) message is not production's; said
            // in the words the pack's test-record evidence reads, so its patient counts as a test record.
            switch component(at(11), 1).uppercased() {
            case "T": out.context("Processing", "training environment")
            case "D": out.context("Processing", "test environment")
            default: return
            }
        case "PID":
            out.context("", "Patient demographics")
            name("Patient Name", at(5))
            dob(at(7))
            identifier("SSN", LabelledText.ssn(component(at(19), 1)))
            for rep in repetitions(at(3)) { patientIdentifier(rep) }
            for rep in repetitions(at(2)) { patientIdentifier(rep) }
            for rep in repetitions(at(4)) { patientIdentifier(rep) }
            identifier("Patient account number", component(at(18), 1))
            address("Patient address", at(11))
            phone("Home phone", at(13))
            phone("Patient phone", at(14))
            if let death = LabelledText.isoDate(component(at(29), 1)) { out.context("Date of death", death) }
        case "NK1":
            name("Next of kin name", at(2))
            address("Next of kin address", at(4))
            phone("Next of kin phone", at(5))
            phone("Next of kin phone", at(6))
        case "GT1":
            name("Guarantor name", at(3))
            address("Guarantor address", at(5))
            phone("Guarantor phone", at(6))
            dob(at(8))
            identifier("SSN", LabelledText.ssn(component(at(12), 1)))
        case "PV1":
            let kind = ["I": "inpatient admission", "E": "emergency room visit", "O": "office visit",
                        "P": "preadmission", "R": "recurring visit", "B": "obstetrics visit"][component(at(2), 1)]
            out.context("Encounter", kind ?? "hospital visit")
            identifier("Visit number", component(at(19), 1))
            if let admit = LabelledText.isoDate(component(at(44), 1)) { out.context("Admission date", admit) }
            if let discharge = LabelledText.isoDate(component(at(45), 1)) { out.context("Discharge date", discharge) }
        case "DG1":
            let code = at(3)
            let system = component(code, 3).uppercased()
            let value = component(code, 1)
            let icd9 = system.hasPrefix("I9")
            if !value.isEmpty {
                out.context(icd9 ? "ICD-9 diagnosis code" : "ICD-10 diagnosis code", LabelledText.icd(value, icd9: icd9))
            }
            out.context("Diagnosis", [component(code, 2), plain(at(4))].first { !$0.isEmpty } ?? "")
        case "PR1":
            out.context("Procedure", [component(at(3), 2), component(at(3), 1)].filter { !$0.isEmpty }.joined(separator: " "))
        case "OBR":
            out.context("Lab order", [component(at(4), 2), component(at(4), 1)].first { !$0.isEmpty } ?? "")
        case "OBX":
            guard component(at(2), 1) != "ED" else { return }
            let test = [component(at(3), 2), component(at(3), 1)].first { !$0.isEmpty } ?? ""
            let result = [test, plain(at(5)), component(at(6), 1)].filter { !$0.isEmpty }.joined(separator: " ")
            out.context("Lab result", result)
        case "AL1":
            out.context("Allergy", component(at(3), 2).isEmpty ? component(at(3), 1) : component(at(3), 2))
        case "IN1":
            out.context("Health plan", [plain(at(4)), component(at(2), 2)].first { !$0.isEmpty } ?? "insurance")
            name("Subscriber name", at(16))
            if let birth = LabelledText.isoDate(component(at(18), 1)) { out.context("Insured date of birth", birth) }
            address("Subscriber address", at(19))
            memberIdentifier(component(at(36), 1))
            memberIdentifier(component(at(49), 1))
        case "IN2":
            identifier("SSN", LabelledText.ssn(component(at(2), 1)))
            let medicare = component(at(8), 1)
            identifier(LabelledText.looksLikeMBI(medicare) ? "Medicare MBI" : "Medicare number", medicare)
            identifier("Medicaid ID", component(at(9), 1))
        case "SCH":
            out.context("Appointment", [component(at(7), 2), component(at(7), 1), component(at(8), 1)]
                .first { !$0.isEmpty } ?? "scheduled")
        case "AIS":
            out.context("Appointment", [component(at(3), 2), component(at(3), 1)].first { !$0.isEmpty } ?? "")
        case "NTE":
            out.context("Note", plain(at(3)))
        case "RXE", "RXO", "RXA", "RXD":
            let index = id == "RXO" ? 1 : id == "RXA" ? 5 : 2
            out.context("Medication", [component(at(index), 2), component(at(index), 1)].first { !$0.isEmpty } ?? "")
        default:
            guard !Self.structural.contains(id) else { return }
            out.context("", f.dropFirst().map(plain).filter { !$0.isEmpty }.joined(separator: " "))
        }
    }

    /// One PID-2/3/4 repetition (CX: id^check^scheme^authority^type code), labelled by its type code.
    mutating func patientIdentifier(_ rep: Substring) {
        let value = component(rep, 1)
        guard !value.isEmpty else { return }
        switch component(rep, 5).uppercased() {
        case "SS", "SSN": identifier("SSN", LabelledText.ssn(value))
        case "MB", "MI", "HC", "SN": memberIdentifier(value)
        case "MA", "MCD": identifier("Medicaid ID", value)
        case "MC", "MBI", "MCR": identifier(LabelledText.looksLikeMBI(value) ? "Medicare MBI" : "Medicare number", value)
        case "AN", "AI": identifier("Patient account number", value)
        case "VN": identifier("Visit number", value)
        default: identifier("MRN", value)
        }
    }

    /// A health-plan member identifier; an MBI-shaped one is labelled as the Medicare MBI it is.
    mutating func memberIdentifier(_ value: String) {
        identifier(LabelledText.looksLikeMBI(value) ? "Medicare MBI" : "Member ID", value)
    }

    mutating func identifier(_ label: String, _ value: String) {
        out.identifier(label, value)
    }

    /// An XPN name (family^given^middle…) of the first repetition, as `LAST, FIRST MIDDLE`.
    mutating func name(_ label: String, _ field: Substring) {
        guard let rep = repetitions(field).first else { return }
        let family = component(rep, 1), given = [component(rep, 2), component(rep, 3)].filter { !$0.isEmpty }
        guard !family.isEmpty else { return }
        out.context(label, given.isEmpty ? family : family + ", " + given.joined(separator: " "))
    }

    /// A date of birth (`CCYYMMDD…`), written as `Date of birth: CCYY-MM-DD`.
    mutating func dob(_ field: Substring) {
        guard let date = LabelledText.isoDate(component(field, 1)) else { return }
        out.context("Date of birth", date)
    }

    /// An XAD address (street^other^city^state^zip) of the first repetition, on one line.
    mutating func address(_ label: String, _ field: Substring) {
        guard let rep = repetitions(field).first else { return }
        let street = [component(rep, 1), component(rep, 2)].filter { !$0.isEmpty }.map(LabelledText.titleCase)
        let city = LabelledText.titleCase(component(rep, 3))
        let stateZip = [component(rep, 4), component(rep, 5)].filter { !$0.isEmpty }.joined(separator: " ")
        let line = (street + [city, stateZip]).filter { !$0.isEmpty }.joined(separator: ", ")
        guard line.contains(where: \.isNumber) else { return }
        out.context(label, line)
    }

    /// Every XTN number of a field: the text of component 1, or area code and number (6 and 7).
    mutating func phone(_ label: String, _ field: Substring) {
        for rep in repetitions(field) {
            let local = component(rep, 7)
            let number = local.isEmpty ? component(rep, 1) : component(rep, 6) + local
            let email = component(rep, 4)
            if number.filter(\.isASCIIDigit).count >= 7 { identifier(label, LabelledText.phone(number)) }
            if email.contains("@") { identifier("Patient email", email) }
        }
    }
}
