import Testing
@testable import PHIDetect

@Suite("Validators")
struct ValidatorsTests {
    @Test("SSN structure follows the SSA rules", arguments: [
        ("536904399", true), ("078051120", true), ("900123456", false), ("666123456", false),
        ("000123456", false), ("536004399", false), ("536900000", false), ("111111111", false),
        ("123456789", false), ("899991234", true),
    ])
    func ssnStructure(_ value: String, _ valid: Bool) {
        #expect(Validators.ssnStructure(value) == valid)
    }

    @Test("published and advertising SSNs are known samples", arguments: [
        ("078051120", true), ("219099999", true), ("457555462", true), ("444333333", true), ("987654320", true), ("987654329", true),
        ("987654330", false), ("536904399", false),
    ])
    func ssnSamples(_ value: String, _ sample: Bool) {
        #expect(Validators.ssnKnownSample(value) == sample)
    }

    @Test("NPI check digit uses the 80840 prefix", arguments: [
        ("1234567893", true), ("1987654328", true), ("2456789017", true), ("1234567890", false),
        ("3234567893", false), ("123456789", false),
    ])
    func npi(_ value: String, _ valid: Bool) {
        #expect(Validators.npi(value) == valid)
    }

    @Test("DEA numbers need a registrant letter and the check digit", arguments: [
        ("F91234563", true), ("AB7654329", true), ("BS3141594", true), ("F91234564", false),
        ("ZZ1234563", false), ("F9123456", false), ("I91234563", false),
    ])
    func dea(_ value: String, _ valid: Bool) {
        #expect(Validators.dea(value) == valid)
    }

    @Test("MBI positions follow the CMS layout", arguments: [
        ("1EG4TE5MK73", true), ("2AC7KM3PQ41", true), ("0EG4TE5MK73", false), ("1SG4TE5MK73", false),
        ("1EG4TE5MK7A", false), ("1EG4TE5MK7", false),
        // The layout written out as its own example (one letter, zeros) is no beneficiary's; one letter with
        // real digits may be.
        ("1AA0AA0AA00", false), ("1AA4AA7AA21", true),
    ])
    func mbi(_ value: String, _ valid: Bool) {
        #expect(Validators.mbi(value) == valid)
    }

    @Test("HICN is a valid SSN with a beneficiary code, or a railroad number", arguments: [
        ("536904399A", true), ("536904399B1", true), ("078051120A", false), ("900123456A", false),
        ("536904399Q", false), ("A123456", true), ("A12345", false),
    ])
    func hicn(_ value: String, _ valid: Bool) {
        #expect(Validators.hicn(value) == valid)
    }

    @Test("Luhn accepts valid card-style numbers", arguments: [
        ("4111111111111111", true), ("4111111111111112", false), ("79927398713", true),
    ])
    func luhn(_ value: String, _ valid: Bool) {
        #expect(Validators.luhn(value) == valid)
    }

    @Test("NANP phone numbers", arguments: [
        ("3125550187", true), ("13125550187", true), ("0125550187", false), ("3121550187", false),
        ("4115550187", false), ("312555018", false), ("23125550187", false), ("312555018a", false),
        ("313555018700", false), ("3125555555", true), ("2222222222", false), ("", false),
        ("5555552004", false), ("15555552004", false),
    ])
    func phone(_ value: String, _ valid: Bool) {
        #expect(Validators.nanp(value) == valid)
    }

    @Test("not_repeated needs two distinct characters", arguments: [
        ("AB0000", true), ("000000", false), ("7", false), ("", false), ("ÉÉÉ", false), ("ÉÈ", true),
    ])
    func notRepeated(_ value: String, _ valid: Bool) {
        #expect(Validators.all["not_repeated"]?(value, value, DataSets()) == valid)
    }

    @Test("IP addresses parse", arguments: [
        ("203.0.113.45", true), ("999.1.1.1", false), ("0.0.0.0", false), ("2001:db8::1", true),
        ("10:30:15", false),
    ])
    func ip(_ value: String, _ valid: Bool) {
        #expect(Validators.ipAddress(value) == valid)
    }

    @Test("ICD code lists are looked up undotted")
    func codeLists() {
        let data = DataSets(["icd10cm": ["U071", "S72001A", "E119"], "icd9cm": ["25000"]])
        let icd10 = Validators.all["icd10cm.list"]
        #expect(icd10?("U071", "U07.1", data) == true)
        #expect(icd10?("S72001A", "S72.001A", data) == true)
        #expect(icd10?("E1199", "E11.99", data) == false)
        #expect(Validators.all["icd9"]?("25000", "250.00", data) == true)
    }

    @Test("dates must exist and a birth date must be past and under 125 years ago")
    func dates() {
        let plausible = Validators.all["date.plausible"], past = Validators.all["date.past"]
        let none = DataSets()
        #expect(plausible?("", "02/29/2024", none) == true)
        #expect(plausible?("", "02/29/2023", none) == false)
        #expect(past?("", "March 14, 1962", none) == true)
        #expect(past?("", "03/14/2099", none) == false)
        #expect(past?("", "03/14/1880", none) == false)
    }

    @Test("identifiers made for test data are placeholders", arguments: [
        ("TEST00000001", true), ("ZZ4401", true), ("SAMPLE0001", true), ("demo77", true), ("XXX123", true),
        ("CVH000000000-01", true), ("00000000000", true), ("RO000000", true), ("0000", true),
        ("W123456789", false), ("00812234", false), ("TE5T0001", false), ("AZZ100", false), ("W100000001", false),
        ("RO000001", false), ("000", false), ("0000001", true), ("A0000003", true), ("0000017", false),
        ("1000002", false),
    ])
    func placeholders(_ value: String, _ placeholder: Bool) {
        #expect(Validators.placeholderValue(value) == placeholder)
        #expect(Validators.all["not_placeholder"]?(value, value, DataSets()) == !placeholder)
    }

    @Test("a newborn's registered surname may be outside the lists but is no word, place or drill", arguments: [
        ("Lindqvist", true), ("Ferreira-Cruz", true), ("Okafor", true), ("Rivers", false),
        ("Sim", false), ("Manikin", false), ("Zzstork", false), ("Blue", false), ("Garden", false), ("Hospital", false),
    ])
    func newbornSurname(word: String, valid: Bool) {
        let data = DataSets(["names_last": ["okafor", "rivers"], "names_stop": ["rivers", "blue"],
                             "words_common": ["blue", "garden", "sim", "rivers"]])
        #expect(Validators.all["name.marked_surname"]?(word, word, data) == valid)
    }

    @Test("every validator the pack format names exists")
    func registry() {
        for name in ["ssn.structure", "ssn.known_samples", "npi.luhn80840", "dea.check", "mbi.positions", "hicn",
                     "icd10cm.list", "icd9", "luhn", "date.plausible", "date.past", "ip.parse", "not_placeholder"] {
            #expect(Validators.all[name] != nil, "\(name)")
        }
    }
}
