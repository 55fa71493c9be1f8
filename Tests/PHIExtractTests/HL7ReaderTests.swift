import Testing
@testable import PHIExtract

/// HL7 v2 read field by field. All data made up.
@Suite("HL7Reader")
struct HL7ReaderTests {
    static let adt = "MSH|^~\\&|ADT1|GHH|LAB|GHH|20240304093000||ADT^A01^ADT_A01|MSG00001|P|2.5.1\r"
        + "EVN|A01|20240304093000\r"
        + "PID|1||00482913^^^GHH^MR~536904399^^^SSA^SS~W884512097^^^AETNA^MB||LOPEZ^MARIA^ELENA||19620314|F|||"
        + "123 MAIN ST^^SPRINGFIELD^IL^62704||^PRN^PH^^1^312^5550187|||||AC40012873|536-90-4399\r"
        + "DG1|1||E119^Type 2 diabetes mellitus^I10\r"
        + "OBX|1|NM|2345-7^GLUCOSE^LN||99|mg/dL|70-99|N\r"

    @Test("PID fields become the labels the pack rules read")
    func pid() throws {
        let text = try #require(HL7Reader.render(Self.adt))
        #expect(text.contains("Patient Name: LOPEZ, MARIA ELENA\n"))
        #expect(text.contains("Date of birth: 1962-03-14\n"))
        #expect(text.contains("MRN: 00482913\n"))
        #expect(text.contains("Member ID: W884512097\n"))
        #expect(text.contains("Patient address: 123 Main St, Springfield, IL 62704\n"))
        #expect(text.contains("Home phone: 312-555-0187\n"))
        #expect(text.contains("ICD-10 diagnosis code: E11.9\n"))
        #expect(text.contains("Lab result: GLUCOSE 99 mg/dL\n"))
    }

    @Test("an SSN in PID-3 and PID-19 is written once, as an SSN, never as an MRN")
    func ssnOnce() throws {
        let text = try #require(HL7Reader.render(Self.adt))
        #expect(text.components(separatedBy: "4399").count == 2)
        #expect(text.contains("SSN: 536-90-4399\n"))
    }

    @Test("segment ids and field numbers are never written")
    func noSegmentIds() throws {
        let text = try #require(HL7Reader.render(Self.adt))
        for id in ["MSH", "PID", "DG1", "OBX", "EVN", "MSG00001"] { #expect(!text.contains(id)) }
    }

    @Test("other delimiters, LF line ends and quoting are read the same")
    func delimiters() throws {
        let odd = "> MSH#*!$%#A#B\n> PID#1##00482913*!!!MR##LOPEZ*MARIA##19620314\n"
        let text = try #require(HL7Reader.render(odd))
        #expect(text.contains("MRN: 00482913"))
        #expect(text.contains("Patient Name: LOPEZ, MARIA"))
    }

    @Test("a training or debugging message (MSH-11 T or D) says so; a production one says nothing")
    func processingID() throws {
        let training = try #require(HL7Reader.render(Self.adt.replacingOccurrences(of: "|MSG00001|P|", with: "|MSG00001|T|")))
        #expect(training.hasPrefix("Processing: training environment\n"))
        let debugging = try #require(HL7Reader.render(Self.adt.replacingOccurrences(of: "|MSG00001|P|", with: "|MSG00001|D^A|")))
        #expect(debugging.hasPrefix("Processing: test environment\n"))
        let production = try #require(HL7Reader.render(Self.adt))
        #expect(!production.contains("Processing"))
        #expect(production.hasPrefix("Patient demographics"))
    }

    @Test("text without a header segment is not HL7")
    func notHL7() {
        #expect(HL7Reader.render("PID-5 holds the name; MSH-9 the message type.") == nil)
    }
}
