import Testing
@testable import PHIExtract

@Suite("CDAHeader")
struct CDAHeaderTests {
    static let ccd = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ClinicalDocument xmlns="urn:hl7-org:v3">
          <title>Continuity of Care Document</title>
          <recordTarget>
            <patientRole>
              <id root="2.16.840.1.113883.19.5.99999.2" extension="DMI-3384019"/>
              <id root="2.16.840.1.113883.4.1" extension="536-90-4399"/>
              <addr use="HP"><streetAddressLine>5510 Loma Verde Dr</streetAddressLine>
                <city>El Paso</city><state>TX</state><postalCode>79912</postalCode></addr>
              <telecom value="tel:+1-915-206-4438" use="MC"/>
              <patient>
                <name use="L"><given>Ramiro</given><given>J</given><family>Castellanos</family></name>
                <birthTime value="19580821"/>
              </patient>
              <providerOrganization>
                <id root="2.16.840.1.113883.4.6" extension="1234567893"/>
                <name>Desert Medical Imaging</name>
                <addr><streetAddressLine>100 Main St</streetAddressLine><city>El Paso</city></addr>
              </providerOrganization>
            </patientRole>
          </recordTarget>
          <author><assignedAuthor><assignedPerson><name><given>Rita</given><family>Okoye</family></name></assignedPerson></assignedAuthor></author>
        </ClinicalDocument>
        """

    @Test("renders the patient of the header as labelled lines, and nobody else")
    func patient() throws {
        let lines = try #require(CDAHeader.render(Array(Self.ccd.utf8))).split(separator: "\n").map(String.init)
        #expect(lines == ["MRN: DMI-3384019", "SSN: 536-90-4399", "Home address: 5510 Loma Verde Dr, El Paso, TX 79912",
                          "Home phone: +1-915-206-4438", "Patient name: Ramiro J Castellanos", "DOB: 1958-08-21"])
    }

    @Test("other XML, a CDA without a patient and cut or broken input give nil or fewer lines, never a trap")
    func otherInput() {
        #expect(CDAHeader.render(Array("<Patient xmlns=\"http://hl7.org/fhir\"><name/></Patient>".utf8)) == nil)
        #expect(CDAHeader.render(Array("<ClinicalDocument><title>x</title></ClinicalDocument>".utf8)) == nil)
        let bytes = Array(Self.ccd.utf8)
        for cut in stride(from: 0, to: bytes.count, by: 37) { _ = CDAHeader.render(Array(bytes[..<cut])) }
        #expect(CDAHeader.render(Array("<ClinicalDocument><recordTarget><patientRole><patient><name><family>A</given></family></name></patient></patientRole></recordTarget>".utf8)) != nil)
    }
}
