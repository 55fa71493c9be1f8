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

    @Test("an interchange marked as test data in ISA-15 says so; a production one does not")
    func usage() throws {
        let test = try #require(X12Reader.render(Self.isa.replacing("*0*P*:~", with: "*0*T*:~") + Self.claim))
        #expect(test.contains("Usage: test environment\n"))
        let production = try #require(X12Reader.render(Self.isa + Self.claim))
        #expect(!production.contains("Usage:"))
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

    static let remittance = "GS*HP*PAYERID*PROVIDERID*20240304*0930*2*X*005010X221A1~ST*835*0001~"
        + "BPR*I*150*C*ACH*CCP*01*999999992*DA*123456*1512345678**01*999988880*DA*98765*20240305~TRN*1*12345*1512345678~"
        + "DTM*405*20240304~N1*PR*ACME HEALTH PLAN~N3*PO BOX 1000~N4*HARTFORD*CT*06101~PER*BL*CLAIMS*TE*8005550100~"
        + "N1*PE*LAKESIDE CLINIC*XX*1234567893~LX*1~CLP*PCN0304*1*150*120*30*12*EH1234567890*11*1~"
        + "NM1*QC*1*LOPEZ*MARIA****MI*W884512097~NM1*82*1*LEE*ANN****XX*1234567893~DTM*232*20240301~"
        + "SVC*HC:99213*150*120**1~DTM*472*20240301~CAS*PR*2*30~AMT*B6*120~SE*18*0001~GE*1*2~IEA*1*000000002~"
    static let eligibility = "GS*HB*PAYERID*PROVIDERID*20240304*0930*3*X*005010X279A1~ST*271*0001*005010X279A1~"
        + "BHT*0022*11*TRACE0304*20240304*0930~HL*1**20*1~NM1*PR*2*ACME HEALTH PLAN*****PI*60054~HL*2*1*21*1~"
        + "NM1*1P*2*LAKESIDE CLINIC*****XX*1234567893~HL*3*2*22*0~TRN*2*93175-012547*9877281234~"
        + "NM1*IL*1*GARCIA*ROBERT****MI*XGP123456789~N3*45 OAK AVE~N4*CHICAGO*IL*60614~DMG*D8*19510211*M~"
        + "DTP*291*D8*20240101~EB*1*IND*30**GOLD PPO~EB*C*IND*30***23*500~MSG*DEDUCTIBLE REMAINING~SE*17*0001~"
        + "GE*1*3~IEA*1*000000003~"

    @Test("an 835 gives the patient, member ID, claim and one service date; payer, payee and trace numbers are not a patient's")
    func remittance() throws {
        let text = try #require(X12Reader.render(Self.isa + Self.remittance))
        #expect(text.contains("Transaction: Health care claim payment (remittance, EOB)\n"))
        #expect(text.contains("Patient name: LOPEZ, MARIA\n") && text.contains("Member ID: W884512097\n"))
        #expect(text.contains("Patient account number: PCN0304\n"))
        #expect(text.components(separatedBy: "2024-03-01").count == 2)
        #expect(text.contains("Payer (health plan): ACME HEALTH PLAN\n") && text.contains("Payer address: PO Box 1000, Hartford, CT 06101\n"))
        #expect(text.components(separatedBy: "1234567893").count == 2)
        for id in ["12345", "1512345678", "999988880", "EH1234567890", "LX", "CLP", "835*"] { #expect(!text.contains(id + "\n"), "\(id)") }
    }

    @Test("a 271 gives the subscriber, member ID, birth date, address and benefits; HL and trace numbers never appear")
    func eligibility() throws {
        let text = try #require(X12Reader.render(Self.isa + Self.eligibility))
        #expect(text.contains("Subscriber name: GARCIA, ROBERT\n") && text.contains("Member ID: XGP123456789\n"))
        #expect(text.contains("Date of birth: 1951-02-11\n"))
        #expect(text.contains("Patient address: 45 Oak Ave, Chicago, IL 60614\n"))
        #expect(text.contains("Eligibility benefit: active coverage"))
        for id in ["93175", "9877281234", "TRACE0304", "60054", "HL", "2010"] { #expect(!text.contains(id), "\(id)") }
    }

    @Test("a document that starts without its ISA (an attachment at ST or NM1) is read; prose is not")
    func headerless() {
        let doc = "ST*278*0091*005010X217~HL*3*2*22*1~NM1*IL*1*SANDOVAL*ELEANOR*W***MI*SCH5500887~DMG*D8*19800726*F~"
        let text = X12Reader.render(doc) ?? ""
        #expect(text.contains("Member ID: SCH5500887"))
        #expect(text.contains("1980-07-26"))
        #expect(X12Reader.render("The ST segment opens a transaction set.") == nil)
        let hl7 = HL7Reader.render("PID|1||4471229^^^SMH^MR||OKAFOR^GRACE^A||19520314|F\nOBX|1|NM|2345-7^GLUCOSE||248|mg/dL") ?? ""
        #expect(hl7.contains("MRN: 4471229"))
        #expect(HL7Reader.render("Notes on the PID segment\nPID|1||4471229") == nil)
    }
}
