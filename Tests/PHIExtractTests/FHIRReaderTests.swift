import Testing
@testable import PHIExtract

/// FHIR JSON read by element. All data made up.
@Suite("FHIRReader")
struct FHIRReaderTests {
    static let patient = """
        {"resourceType": "Patient", "identifier": [
          {"type": {"coding": [{"code": "MR"}]}, "system": "urn:oid:1.2.3", "value": "00482913"},
          {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "536-90-4399"}],
         "name": [{"family": "Lopez", "given": ["Maria", "Elena"]}], "birthDate": "1962-03-14",
         "telecom": [{"system": "phone", "value": "(312) 555-0187"}],
         "address": [{"line": ["123 Main St"], "city": "Springfield", "state": "IL", "postalCode": "62704"}]}
        """

    @Test("a Patient's name, birth date, identifiers, phone and address are labelled")
    func patient() throws {
        let text = try #require(FHIRReader.render(json: Array(Self.patient.utf8)))
        #expect(text.contains("Patient Name: Lopez, Maria Elena\n"))
        #expect(text.contains("Date of birth: 1962-03-14\n"))
        #expect(text.contains("MRN: 00482913\n"))
        #expect(text.contains("SSN: 536-90-4399\n"))
        #expect(text.contains("Patient phone: 312-555-0187\n"))
        #expect(text.contains("Patient address: 123 Main St, Springfield, IL 62704\n"))
    }

    @Test("a Bundle's Condition gives its ICD-10 code and display")
    func bundle() throws {
        let json = """
            {"resourceType":"Bundle","type":"collection","entry":[{"resource":\(Self.patient)},
             {"resource":{"resourceType":"Condition","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm",
              "code":"E11.9","display":"Type 2 diabetes mellitus"}]},"subject":{"reference":"Patient/1"}}}]}
            """
        let text = try #require(FHIRReader.render(json: Array(json.utf8)))
        #expect(text.contains("ICD-10 diagnosis code: E11.9\n"))
        #expect(text.contains("Diagnosis: Type 2 diabetes mellitus\n"))
    }

    @Test("JSON that is not FHIR, or not JSON, gives nil")
    func notFHIR() {
        #expect(FHIRReader.render(json: Array("{\"a\": 1}".utf8)) == nil)
        #expect(FHIRReader.render(json: Array("{\"resourceType\": ".utf8)) == nil)
        #expect(FHIRReader.looksLikeJSON(Array(" {\n  \"resourceType\": \"Patient\"".utf8)))
    }
}
