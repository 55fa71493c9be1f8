/// What a table column holds, read from its header cell: the one header-typing step shared by
/// every table source (tables in a body, CSV/TSV/TXT attachments, xlsx/ods/xls sheets, docx/odt
/// tables, HTML tables).
///
/// A typed header is rendered with a canonical label made of the words the pack rules already
/// read (`Patient name`, `DOB`, `MRN`, `Member ID`, `Diagnosis`…), so `Pt` becomes
/// `Patient name: LOPEZ, MARIA` and `Med Rec #` becomes `MRN: 00482913`. A header that does not
/// say whose value it is keeps a neutral label: a bare `Name` or `Phone` column is also a staff
/// directory's, so it becomes `Name`/`Phone`, not `Patient name`/`Home phone`. Unknown headers
/// keep their own text.
struct ColumnHeader: Sendable, Equatable {
    /// The canonical type of a column (DESIGN §5 names; `CARE` for appointments and procedures).
    enum Kind: String, Sendable {
        case name = "NAME", dob = "DOB", mrn = "MRN", memberID = "MEMBER_ID", ssn = "SSN"
        case diagnosis = "DIAGNOSIS", icd = "ICD10", phone = "PHONE", address = "ADDRESS", care = "CARE"
    }

    /// Which part of a name a column holds when a table splits names ("Patient Last", "First Name").
    enum NamePart: Sendable { case given, family }

    /// What the column holds, nil when the header is not one this step knows.
    var kind: Kind?
    /// The label each cell of the column is rendered with.
    var label: String
    /// The part of a name the column holds, nil for a whole name or another kind.
    var namePart: NamePart?

    /// Types a header cell.
    init(_ header: String) {
        let key = Self.key(header)
        if let (kind, label) = Self.typed[key] {
            self.kind = kind
            self.label = label
            namePart = Self.nameParts[key]
        } else {
            kind = nil
            label = header.trimming(" \t")
        }
    }

    /// The typed headers of a header row, keyed by column (empty cells have none).
    static func labels(_ header: [(column: Int, value: String)]) -> [Int: ColumnHeader] {
        var labels: [Int: ColumnHeader] = [:]
        for cell in header where !cell.value.isEmpty { labels[cell.column] = ColumnHeader(cell.value) }
        return labels
    }

    /// The header folded for lookup: lowercase letters, digits and `#`, nothing else
    /// (`D.O.B.` → `dob`, `Med Rec #` → `medrec#`, `ICD-10` → `icd10`, `Last, First` → `lastfirst`).
    static func key(_ header: String) -> String {
        var out = ""
        for scalar in header.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#" {
                out.unicodeScalars.append(scalar)
            }
        }
        if out.hasSuffix("no") && out.count > 4, typed[String(out.dropLast(2)) + "#"] != nil {
            out = String(out.dropLast(2)) + "#"
        } else if out.hasSuffix("number") && out.count > 6, typed[String(out.dropLast(6)) + "#"] != nil {
            out = String(out.dropLast(6)) + "#"
        }
        return out
    }

    /// The labels of a name column: one that says it is the patient's, and one that does not.
    private static let patientName = "Patient name", anyName = "Name"

    /// The label of a name joined from a given-name and a family-name column: the patient's when
    /// either header says so.
    static func joinedNameLabel(_ given: ColumnHeader?, _ family: ColumnHeader?) -> String {
        [given, family].contains { $0?.label == patientName } ? patientName : anyName
    }

    private static let givenKeys = ["firstname", "first", "givenname", "given"]
    private static let familyKeys = ["lastname", "last", "surname", "familyname", "family"]
    /// "Patient Last", "Member First Name", "Pt First": the patient's own name, split.
    private static let patientGivenKeys = whose(["firstname", "first"])
    private static let patientFamilyKeys = whose(["lastname", "last"])
    private static func whose(_ parts: [String]) -> [String] {
        // A donor is the person a drug test or a blood or organ donation screens; a youth, an inmate or a
        // detainee is the patient of a detention centre's or a jail's health unit ("Youth last").
        ["patient", "pt", "member", "subscriber", "resident", "client", "insured", "beneficiary", "donor",
         "youth", "inmate", "detainee"].flatMap { who in
            parts.map { who + $0 }
        }
    }

    private static let nameParts: [String: NamePart] = {
        var parts: [String: NamePart] = [:]
        for key in givenKeys + patientGivenKeys { parts[key] = .given }
        for key in familyKeys + patientFamilyKeys { parts[key] = .family }
        return parts
    }()

    private static let typed: [String: (Kind, String)] = {
        var table: [String: (Kind, String)] = [:]
        func add(_ kind: Kind, _ label: String, _ keys: [String]) {
            for key in keys { table[key] = (kind, label) }
        }
        add(.name, patientName, ["patient", "pt", "patientname", "ptname", "patientsname", "nameofpatient",
                                     "patientlastfirst", "patientnamelastfirst", "ptnamelastfirst", "membername",
                                     "clientname", "client", "residentname", "resident", "subscribername",
                                     "insuredname", "beneficiaryname", "patientfullname", "pt#name"])
        add(.name, anyName, ["name", "lastfirst", "lastnamefirstname", "namelastfirst", "fullname"])
        add(.name, anyName, givenKeys + familyKeys)
        add(.name, patientName, patientGivenKeys + patientFamilyKeys)
        add(.dob, "DOB", ["dob", "dateofbirth", "birthdate", "birthday", "born", "bday", "dobmmddyyyy", "ptdob",
                          "patientdob", "birthdt", "dobyyyymmdd"])
        add(.mrn, "MRN", ["mrn", "mrn#", "mr#", "mr", "medrec#", "medrec", "medicalrecord#", "medicalrecord",
                          "chart#", "chart", "patientid", "ptid", "patient#", "pt#", "patientidentifier",
                          "medicalrecordnum", "mrnum", "hospital#", "ehrid", "emrid", "accountmrn"])
        add(.memberID, "Member ID", ["memberid", "member#", "subscriber#", "subscriberid", "policy#", "policyid",
                                     "insuranceid", "insurance#", "medicaidid", "medicaid#", "insid", "insuredid",
                                     "beneficiaryid", "enrolleeid", "healthplanid", "planmemberid"])
        add(.ssn, "SSN", ["ssn", "ss#", "ssn#", "socialsecurity", "socialsecurity#", "soc#"])
        add(.diagnosis, "Diagnosis", ["dx", "diagnosis", "diagnoses", "primarydx", "diag", "problem", "condition",
                                      "admittingdx", "primarydiagnosis", "reasonforadmission"])
        add(.icd, "Diagnosis code", ["icd", "icd10", "icd10cm", "icd9", "icd9cm", "dxcode", "icdcode", "icd10code",
                                     "diagnosiscode", "icd#"])
        add(.phone, "Phone", ["phone", "phone#", "tel", "telephone", "cell", "mobile", "contact#", "contactphone"])
        add(.phone, "Home phone", ["homephone", "ptphone", "patientphone", "patientcell", "homephone#"])
        add(.address, "Address", ["address", "streetaddress", "addr", "street"])
        add(.address, "Home address", ["homeaddress", "patientaddress", "ptaddress", "mailingaddress"])
        add(.care, "Appointment", ["appt", "appointment", "appttime", "apptdate", "appointmentdate", "appointmenttime"])
        add(.care, "Procedure", ["procedure", "proc", "service", "visittype", "reasonforvisit", "test", "treatment", "panel",
                                  "testpanel", "drugpanel"])
        return table
    }()
}
