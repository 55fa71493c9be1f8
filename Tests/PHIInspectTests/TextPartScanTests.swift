import PHIDetect
import PHIPolicy
import PHITestSupport
import Testing
@testable import PHIInspect

/// HL7 v2, X12 and FHIR in bodies and attachments, read field by field through the whole
/// Inspector. All data made up.
@Suite("Inspector: structured PHI (HL7 v2, X12, FHIR)")
struct TextPartScanTests {
    static let adt = ["MSH|^~\\&|ADT1|GHH|LAB|GHH|20240304093000||ADT^A01^ADT_A01|MSG00001|P|2.5.1",
                      "PID|1||00482913^^^GHH^MR~536904399^^^SSA^SS||LOPEZ^MARIA^ELENA||19620314|F|||123 MAIN ST^^SPRINGFIELD^IL^62704||^PRN^PH^^1^312^5550187",
                      "DG1|1||E119^Type 2 diabetes mellitus^I10"]
    static let oru = ["MSH|^~\\&|LAB|GHH|EHR|GHH|20240304||ORU^R01|MSG2|P|2.5.1",
                      "PID|1||00731120^^^GHH^MR||GARCIA^ROBERT||19510211",
                      "OBR|1||5544|2345-7^GLUCOSE^LN", "OBX|1|NM|2345-7^GLUCOSE^LN||99|mg/dL|70-99|N"]
    static let siu = ["MSH|^~\\&|SCH|GHH|EHR|GHH|20240304||SIU^S12|MSG3|P|2.5.1",
                      "SCH|1||||||FOLLOWUP^Follow-up visit",
                      "PID|1||00732019^^^GHH^MR||MILLER^DONALD||19481205||||||(773)555-0143"]
    static let isa = "ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *240304*0930*^*00501*000000001*0*P*:~"
    static let x837 = isa + "GS*HC*S*R*20240304*0930*1*X*005010X222A1~ST*837*0001~NM1*85*2*LAKESIDE CLINIC*****XX*1234567893~"
        + "HL*2*1*22*0~NM1*IL*1*LOPEZ*MARIA****MI*W884512097~N3*123 MAIN ST~N4*SPRINGFIELD*IL*62704~DMG*D8*19620314*F~"
        + "REF*SY*536904399~CLM*PCN0304*150***11:B:1*Y*A*Y*Y~HI*ABK:E119~SV1*HC:99213*150*UN*1***1~SE*9*0001~GE*1*1~IEA*1*000000001~"

    static func message(_ body: String, attachment: (name: String, type: String, text: String)? = nil) -> [UInt8] {
        var text = "From: a@example.org\r\nTo: b@example.org\r\nSubject: feed\r\nMIME-Version: 1.0\r\n"
        if let attachment {
            text += "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n\(body)\r\n"
            text += "--b\r\nContent-Type: \(attachment.type); name=\"\(attachment.name)\"\r\n"
            text += "Content-Disposition: attachment; filename=\"\(attachment.name)\"\r\n\r\n\(attachment.text)\r\n--b--\r\n"
        } else {
            text += "Content-Type: text/plain\r\n\r\n\(body)"
        }
        return Array(text.utf8)
    }

    static func inspect(_ bytes: [UInt8], size: Int = 65_535) throws -> ScanReport {
        let inspector = Inspector(engine: try CorpusFixtures.engine())
        for chunk in Chunking.chunks(bytes, size: size) { inspector.raw(chunk) }
        return inspector.finish()
    }

    /// No value is reported under two types.
    static func oneTypePerValue(_ report: ScanReport) -> Bool {
        var types: [String: Set<String>] = [:]
        for f in report.findings where !["CARE", "DIAGNOSIS", "MEDICATION"].contains(f.type) {
            types[f.fingerprint, default: []].insert(f.type)
        }
        return types.values.allSatisfy { $0.count == 1 }
    }

    static func types(_ report: ScanReport) -> Set<String> {
        Set(report.findings.filter { $0.level >= .medium }.map(\.type))
    }

    @Test("an ADT pasted, quoted or attached CR-only is read field by field",
          arguments: ["pasted", "quoted", "attached"])
    func adt(carrier: String) throws {
        let bytes: [UInt8]
        switch carrier {
        case "pasted": bytes = Self.message("Feed below:\r\n\r\n" + Self.adt.joined(separator: "\r\n") + "\r\n\r\nthanks\r\n")
        case "quoted": bytes = Self.message("See below.\r\n\r\n" + Self.adt.map { "> " + $0 }.joined(separator: "\r\n") + "\r\n")
        default: bytes = Self.message("attached", attachment: ("adt.hl7", "application/octet-stream", Self.adt.joined(separator: "\r")))
        }
        for size in [1, 7, 4096, 65_535] {
            let report = try Self.inspect(bytes, size: size)
            let types = Self.types(report)
            for type in ["NAME", "DOB", "MRN", "SSN", "ICD10", "ADDRESS", "PHONE"] { #expect(types.contains(type), "\(type) \(carrier) \(size)") }
            #expect(Self.oneTypePerValue(report), "\(carrier) \(size)")
            #expect(Classifier().classify(report).verdict == .phi)
        }
    }

    @Test("an ORU and an SIU pasted into a body give their patients' identifiers")
    func oruAndSiu() throws {
        let report = try Self.inspect(Self.message(Self.oru.joined(separator: "\r\n") + "\r\n\r\n" + Self.siu.joined(separator: "\r\n") + "\r\n"))
        #expect(report.findings.filter { $0.type == "MRN" }.count == 2)
        #expect(Self.types(report).isSuperset(of: ["NAME", "DOB", "PHONE"]))
        #expect(Self.oneTypePerValue(report))
    }

    @Test("an 837 on one line, one segment a line, or with bars is read the same; loop ids are never identifiers",
          arguments: ["one line", "lines", "bars"])
    func x12(shape: String) throws {
        let text = shape == "lines" ? Self.x837.replacing("~", with: "~\r\n") : shape == "bars" ? Self.x837.replacing("*", with: "|") : Self.x837
        let report = try Self.inspect(Self.message("Loop 2010BA subscriber below, 2300 claim:\r\n" + text + "\r\n"))
        let types = Self.types(report)
        for type in ["NAME", "DOB", "SSN", "MEMBER_ID", "ICD10", "ADDRESS"] { #expect(types.contains(type), "\(type) \(shape)") }
        #expect(Self.oneTypePerValue(report))
        #expect(!report.findings.contains { $0.masked.contains("BA") && $0.type == "MEMBER_ID" && $0.end - $0.start == 6 })
    }

    @Test("a FHIR Patient attached as JSON is read by element")
    func fhir() throws {
        let json = """
            {"resourceType":"Patient","identifier":[{"type":{"coding":[{"code":"MR"}]},"value":"00482913"}],
             "name":[{"family":"Lopez","given":["Maria"]}],"birthDate":"1962-03-14"}
            """
        let report = try Self.inspect(Self.message("attached", attachment: ("patient.json", "application/fhir+json", json)))
        #expect(Self.types(report).isSuperset(of: ["NAME", "DOB", "MRN"]))
    }

    @Test("an HL7 ACK, an X12 999, a FHIR CapabilityStatement and mail about field mappings are clean")
    func negatives() throws {
        let ack = "MSH|^~\\&|LAB|GHH|EHR|GHH|20240304||ACK^A01|MSG9|P|2.5.1\r\nMSA|AA|MSG00001\r\n"
        let ack999 = Self.isa + "GS*FA*R*S*20240304*0930*1*X*005010X231A1~ST*999*0001~AK1*HC*1~AK2*837*0001~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*1~IEA*1*000000001~"
        let capability = "{\"resourceType\":\"CapabilityStatement\",\"status\":\"active\",\"date\":\"2024-03-04\",\"kind\":\"instance\"}"
        let prose = "Team, for the interface: PID-3 carries the MRN with type code MR, PID-5 the name, PID-7 the DOB,\r\n"
            + "DG1-3 the ICD-10 code. In X12, loop 2010BA NM109 is the member ID and DMG02 the birth date.\r\n"
        for bytes in [Self.message(ack), Self.message(ack999), Self.message(prose),
                      Self.message("attached", attachment: ("cap.json", "application/fhir+json", capability))] {
            let report = try Self.inspect(bytes)
            #expect(Classifier().classify(report).verdict == .clean)
        }
    }

    static let fhirJSON = """
        {
          "resourceType": "Bundle",
          "type": "collection",
          "entry": [
            {"resource": {"resourceType": "Patient",
              "identifier": [{"type": {"coding": [{"code": "MR"}]}, "value": "00482913"},
                             {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "536-90-4399"}],
              "name": [{"family": "Lopez", "given": ["Maria"]}],
              "birthDate": "1962-03-14",
              "telecom": [{"system": "phone", "value": "(312) 555-0187"}]}},
            {"resource": {"resourceType": "Condition",
              "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9",
                                   "display": "Type 2 diabetes mellitus"}]}}}
          ]
        }
        """
    static let fhirXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Bundle xmlns="http://hl7.org/fhir">
          <type value="collection"/>
          <entry><resource><Patient>
            <identifier><type><coding><code value="MR"/></coding></type><value value="00482913"/></identifier>
            <identifier><system value="http://hl7.org/fhir/sid/us-ssn"/><value value="536-90-4399"/></identifier>
            <name><family value="Lopez"/><given value="Maria"/></name>
            <telecom><system value="phone"/><value value="(312) 555-0187"/></telecom>
            <birthDate value="1962-03-14"/>
          </Patient></resource></entry>
          <entry><resource><Condition><code><coding>
            <system value="http://hl7.org/fhir/sid/icd-10-cm"/><code value="E11.9"/><display value="Type 2 diabetes mellitus"/>
          </coding></code></Condition></resource></entry>
        </Bundle>
        """

    /// No identifier or birth date is reported twice (under one type or two).
    static func eachValueOnce(_ report: ScanReport) -> Bool {
        let values = report.findings.filter { ["SSN", "MRN", "MEMBER_ID", "MBI", "DOB", "PHONE"].contains($0.type) }.map(\.fingerprint)
        return Set(values).count == values.count
    }

    @Test("a FHIR Bundle in JSON or XML, pasted, quoted or attached under any type, is read by element, each value once",
          arguments: ["json pasted", "xml pasted", "json quoted", "xml quoted", "xml attached", "xml octet-stream",
                      "xml as application/xml", "json as text/plain"])
    func fhirCarriers(carrier: String) throws {
        let doc = carrier.hasPrefix("json") ? Self.fhirJSON : Self.fhirXML
        let crlf = doc.replacing("\n", with: "\r\n")
        let bytes: [UInt8]
        switch carrier {
        case "json pasted", "xml pasted": bytes = Self.message("Resource below:\r\n\r\n" + crlf + "\r\n\r\nthanks\r\n")
        case "json quoted", "xml quoted":
            bytes = Self.message("On Monday you wrote:\r\n" + crlf.split(separator: "\r\n").map { "> " + $0 }.joined(separator: "\r\n") + "\r\n")
        case "xml attached": bytes = Self.message("attached", attachment: ("bundle.xml", "application/fhir+xml", crlf))
        case "xml octet-stream": bytes = Self.message("attached", attachment: ("export.dat", "application/octet-stream", crlf))
        case "xml as application/xml": bytes = Self.message("attached", attachment: ("bundle.xml", "application/xml", crlf))
        default: bytes = Self.message("attached", attachment: ("bundle.txt", "text/plain", crlf))
        }
        for size in [1, 7, 4096, 65_535] {
            let report = try Self.inspect(bytes, size: size)
            let types = Self.types(report)
            for type in ["NAME", "DOB", "MRN", "SSN", "ICD10", "PHONE"] { #expect(types.contains(type), "\(type) \(carrier) \(size)") }
            #expect(Self.oneTypePerValue(report) && Self.eachValueOnce(report), "\(carrier) \(size)")
            #expect(Classifier().classify(report).verdict == .phi)
            #expect(report.findings.filter { $0.type == "NAME" }.allSatisfy { $0.masked.count <= "Lopez, Maria".count }, "\(carrier)")
        }
    }

    @Test("a pasted FHIR resource's findings are the rendering's: element names and keys are never reported")
    func fhirElementNames() throws {
        let report = try Self.inspect(Self.message("Resource below:\r\n\r\n" + Self.fhirXML.replacing("\n", with: "\r\n") + "\r\n"))
        let inDocument = report.findings.filter { $0.part != "1" }
        #expect(!inDocument.isEmpty && inDocument.allSatisfy { $0.part.hasPrefix("1#fhir-line3") })
        #expect(report.findings.filter { $0.part == "1" }.isEmpty)
    }

    static let x835 = isa + "GS*HP*S*R*20240304*0930*2*X*005010X221A1~ST*835*0001~BPR*I*150*C*ACH*CCP*01*999999992*DA*123456*1512345678**01*999988880*DA*98765*20240305~"
        + "TRN*1*12345*1512345678~N1*PR*ACME HEALTH PLAN~N3*PO BOX 1000~N4*HARTFORD*CT*06101~N1*PE*LAKESIDE CLINIC*XX*1234567893~LX*1~"
        + "CLP*PCN0304*1*150*120*30*12*EH1234567890*11*1~NM1*QC*1*LOPEZ*MARIA****MI*W884512097~DTM*232*20240301~"
        + "SVC*HC:99213*150*120**1~DTM*472*20240301~CAS*PR*2*30~SE*14*0001~GE*1*2~IEA*1*000000001~"
    static let x271 = isa + "GS*HB*S*R*20240304*0930*3*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*TRACE0304*20240304*0930~"
        + "HL*1**20*1~NM1*PR*2*ACME HEALTH PLAN*****PI*60054~HL*2*1*21*1~NM1*1P*2*LAKESIDE CLINIC*****XX*1234567893~HL*3*2*22*0~"
        + "TRN*2*93175-012547*9877281234~NM1*IL*1*GARCIA*ROBERT****MI*XGP123456789~N3*45 OAK AVE~N4*CHICAGO*IL*60614~"
        + "DMG*D8*19510211*M~EB*1*IND*30**GOLD PPO~SE*12*0001~GE*1*3~IEA*1*000000001~"

    @Test("an 835 and a 271, pasted one segment a line or attached, give their patients once each; loop, HL and trace numbers are never identifiers",
          arguments: ["835 pasted", "835 attached", "271 pasted", "271 attached"])
    func remittanceAndEligibility(carrier: String) throws {
        let doc = carrier.hasPrefix("835") ? Self.x835 : Self.x271
        let bytes = carrier.hasSuffix("pasted")
            ? Self.message("Loop 2100 below:\r\n" + doc.replacing("~", with: "~\r\n") + "\r\n")
            : Self.message("attached", attachment: (carrier.hasPrefix("835") ? "era.835" : "elig.x12", "application/octet-stream", doc))
        let expected: Set<String> = carrier.hasPrefix("835") ? ["NAME", "MEMBER_ID"] : ["NAME", "MEMBER_ID", "DOB", "ADDRESS"]
        for size in [1, 7, 4096, 65_535] {
            let report = try Self.inspect(bytes, size: size)
            #expect(Self.types(report).isSuperset(of: expected), "\(carrier) \(size)")
            if carrier.hasPrefix("835") { #expect(report.findings.filter { $0.type == "DATE" }.count == 1, "\(carrier) \(size)") }
            #expect(Self.oneTypePerValue(report) && Self.eachValueOnce(report), "\(carrier) \(size)")
            let strong = report.findings.filter { ["SSN", "MRN", "MEMBER_ID", "MBI", "HICN"].contains($0.type) }
            #expect(strong.count == 1 && strong[0].type == "MEMBER_ID", "\(carrier) \(size)")
            #expect(Classifier().classify(report).verdict == .phi)
        }
    }
}
