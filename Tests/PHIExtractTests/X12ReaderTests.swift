import Testing
@testable import PHIExtract

/// X12 read segment by segment. All data made up.
@Suite("X12Reader")
struct X12ReaderTests {
    static let isa = "ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *240304*0930*^*00501*000000001*0*P*:~"
    static let claim = "ST*837*0001*005010X222A1~NM1*85*2*LAKESIDE CLINIC*****XX*1234567893~"
        + "NM1*IL*1*LOPEZ*MARIA****MI*W884512097~N3*123 MAIN ST~N4*SPRINGFIELD*IL*62704~DMG*D8*19620314*F~"
        + "REF*SY*536904399~NM1*PR*2*AETNA*****PI*60054~CLM*PCN0304*150***11:B:1*Y*A*Y*Y~HI*ABK:E119*ABF:I10~"
        + "SV1*HC:99213*150*UN*1***1~SE*12*0001~IEA*1*000000001~"

    @Test("subscriber, DOB, address, SSN and diagnosis codes are labelled", arguments: ["~", "~\n", "~\r\n"])
    func claim(terminator: String) throws {
        let text = try #require(X12Reader.render((Self.isa + Self.claim).replacing("~", with: terminator)))
        #expect(text.contains("Subscriber name: LOPEZ, MARIA\n"))
        #expect(text.contains("Member ID: W884512097\n"))
        #expect(text.contains("Date of birth: 1962-03-14\n"))
        #expect(text.contains("Patient address: 123 Main St, Springfield, IL 62704\n"))
        #expect(text.contains("SSN: 536-90-4399\n"))
        #expect(text.contains("ICD-10 diagnosis code: E11.9\n"))
        #expect(text.contains("Procedure code: 99213\n"))
        #expect(text.contains("Billing provider NPI: 1234567893\n"))
    }

    @Test("a bar element separator is read like a star")
    func bars() throws {
        let text = try #require(X12Reader.render((Self.isa + Self.claim).replacing("*", with: "|")))
        #expect(text.contains("Member ID: W884512097\n"))
    }

    @Test("the payer's id is not written and loop ids never appear")
    func payer() throws {
        let text = try #require(X12Reader.render(Self.isa + Self.claim))
        #expect(!text.contains("60054"))
        #expect(text.contains("Payer (health plan): AETNA"))
        #expect(!text.contains("NM1") && !text.contains("2010"))
    }
}
