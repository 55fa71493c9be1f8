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

    @Test("a resource's contained Patient is read as a Patient is")
    func contained() throws {
        let json = """
            {"resourceType": "Observation", "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7", "display": "Body weight"}]},
             "subject": {"reference": "#p1"}, "valueQuantity": {"value": 94.8, "unit": "kg"},
             "contained": [\(Self.patient)]}
            """
        let text = try #require(FHIRReader.render(json: Array(json.utf8)))
        #expect(text.contains("Patient Name: Lopez, Maria Elena\n"))
        #expect(text.contains("Date of birth: 1962-03-14\n"))
        #expect(text.contains("Lab result: Body weight 94.8 kg\n"))
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

    /// Resources whose clinical content is read element by element: a payer's claim, a diet order.
    static let clinicalResources: [(json: String, lines: [String])] = [
        ("""
         {"resourceType":"ExplanationOfBenefit","patient":{"reference":"Patient/HLV1","display":"Maria Lopez"},
          "insurer":{"display":"Acme Employee Health Plan"},
          "diagnosis":[{"sequence":1,"diagnosisCodeableConcept":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm",
           "code":"L40.0","display":"Psoriasis vulgaris"}]}}],
          "item":[{"sequence":1,"productOrService":{"coding":[{"code":"96910","display":"Photochemotherapy"}]}}]}
         """,
         ["Patient Name: Maria Lopez", "ICD-10 diagnosis code: L40.0", "Diagnosis: Psoriasis vulgaris",
          "Procedure: Photochemotherapy", "Health plan: Acme Employee Health Plan"]),
        ("""
         {"resourceType":"NutritionOrder","patient":{"reference":"Patient/7","display":"Maria Lopez"},
          "oralDiet":{"type":[{"coding":[{"code":"160671006","display":"Gluten-free diet"}]}]},
          "foodPreferenceModifier":[{"text":"Halal"}]}
         """,
         ["Patient Name: Maria Lopez", "Diet order: Gluten-free diet", "Diet order: Halal"]),
    ]

    @Test("an ExplanationOfBenefit and a NutritionOrder give their patient and what was done or ordered",
          arguments: clinicalResources)
    func clinicalResource(_ resource: (json: String, lines: [String])) throws {
        let text = try #require(FHIRReader.render(json: Array(resource.json.utf8)))
        for line in resource.lines { #expect(text.contains(line + "\n"), "\(line)") }
    }

    @Test("JSON that is not FHIR, or not JSON, gives nil")
    func notFHIR() {
        #expect(FHIRReader.render(json: Array("{\"a\": 1}".utf8)) == nil)
        #expect(FHIRReader.render(json: Array("{\"resourceType\": ".utf8)) == nil)
        #expect(FHIRReader.looksLikeJSON(Array(" {\n  \"resourceType\": \"Patient\"".utf8)))
    }

    static let patientXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Patient xmlns="http://hl7.org/fhir">
          <id value="pt-1"/>
          <text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml">Patient record</div></text>
          <identifier>
            <type><coding><system value="http://terminology.hl7.org/CodeSystem/v2-0203"/><code value="MR"/></coding></type>
            <system value="urn:oid:1.2.3"/>
            <value value="00482913"/>
          </identifier>
          <identifier>
            <system value="http://hl7.org/fhir/sid/us-ssn"/>
            <value value="536904399"/>
          </identifier>
          <name><family value="Lopez"/><given value="Maria"/><given value="Elena"/></name>
          <telecom><system value="phone"/><value value="(312) 555-0187"/></telecom>
          <birthDate value="1962-03-14"/>
          <address><line value="123 Main St"/><city value="Springfield"/><state value="IL"/><postalCode value="62704"/></address>
        </Patient>
        """

    @Test("a Patient in FHIR XML is labelled as the same Patient in JSON is")
    func patientXML() throws {
        let xml = Array(Self.patientXML.utf8)
        #expect(FHIRReader.looksLikeFHIR(xml) && !FHIRReader.looksLikeJSON(xml))
        let text = try #require(FHIRReader.render(xml))
        let json = try #require(FHIRReader.render(json: Array(Self.patient.utf8)))
        #expect(text == json)
    }

    @Test("a Bundle in FHIR XML gives its Patient, Condition, Observation and Coverage; element names are never values")
    func bundleXML() throws {
        let xml = """
            <Bundle xmlns="http://hl7.org/fhir"><type value="collection"/>
             <entry><fullUrl value="urn:uuid:1"/><resource>\(Self.patientXML.split(separator: "\n").dropFirst().joined(separator: "\n"))</resource></entry>
             <entry><resource><Condition xmlns="http://hl7.org/fhir"><code><coding>
               <system value="http://hl7.org/fhir/sid/icd-10-cm"/><code value="E119"/><display value="Type 2 diabetes mellitus"/>
              </coding></code><subject><reference value="Patient/pt-1"/></subject></Condition></resource></entry>
             <entry><resource><Observation xmlns="http://hl7.org/fhir"><code><text value="Hemoglobin A1c"/></code>
              <valueQuantity><value value="8.9"/><unit value="%"/></valueQuantity></Observation></resource></entry>
             <entry><resource><Coverage xmlns="http://hl7.org/fhir"><subscriberId value="W884512097"/>
              <payor><display value="Acme Health Plan"/></payor></Coverage></resource></entry>
            </Bundle>
            """
        let text = try #require(FHIRReader.render(Array(xml.utf8)))
        #expect(text.contains("Patient Name: Lopez, Maria Elena\n"))
        #expect(text.contains("MRN: 00482913\n"))
        #expect(text.contains("SSN: 536-90-4399\n"))
        #expect(text.contains("ICD-10 diagnosis code: E11.9\n"))
        #expect(text.contains("Diagnosis: Type 2 diabetes mellitus\n"))
        #expect(text.contains("Lab result: Hemoglobin A1c 8.9 %\n"))
        #expect(text.contains("Member ID: W884512097\n"))
        #expect(text.contains("Health plan: Acme Health Plan\n"))
        for element in ["family", "given", "birthDate", "identifier", "resourceType", "Bundle", "entry", "value"] {
            #expect(!text.contains(element), "\(element)")
        }
    }

    @Test("XML that is not FHIR, or a FHIR document cut short, gives nil")
    func notFHIRXML() {
        #expect(!FHIRReader.looksLikeFHIR(Array("<?xml version=\"1.0\"?><note><to value=\"x\"/></note>".utf8)))
        #expect(FHIRReader.render(xml: Array("<note xmlns=\"urn:x\"><to value=\"x\"/></note>".utf8)) == nil)
        #expect(FHIRReader.render(xml: Array("<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"Lopez\"/>".utf8)) == nil)
    }

    @Test("a request's reason, date and requester's NPI are read; the requester is not the patient")
    func medicationRequest() throws {
        let json = """
            {"resourceType":"MedicationRequest","medicationCodeableConcept":{"text":"sertraline 50 mg daily"},
             "subject":{"reference":"Patient/1","display":"Lopez, Maria"},"authoredOn":"2024-03-04T09:30:00-05:00",
             "requester":{"reference":"Practitioner/2","display":"Ann Lee, MD",
               "identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893"}},
             "reasonCode":[{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"F32.9","display":"Major depressive disorder"}]}]}
            """
        let text = try #require(FHIRReader.render(Array(json.utf8)))
        #expect(text.contains("Medication: sertraline 50 mg daily\n"))
        #expect(text.contains("ICD-10 diagnosis code: F32.9\n") && text.contains("Diagnosis: Major depressive disorder\n"))
        #expect(text.contains("Date of service: 2024-03-04\n"))
        #expect(text.contains("Provider NPI: 1234567893\n") && !text.contains("MRN"))
        #expect(text.contains("Patient Name: Lopez, Maria\n") && !text.contains("Ann Lee"))
    }
}
