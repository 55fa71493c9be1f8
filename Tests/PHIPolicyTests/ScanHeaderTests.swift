import PHIDetect
@testable import PHIPolicy
import Testing

@Suite("ScanHeader")
struct ScanHeaderTests {
    @Test("the header Policy writes reads back to the same verdict, score, types and rules")
    func roundTrip() {
        let value = Policy().headerValue(verdict: .phi, score: 92, types: ["ICD10", "SSN"], rules: ["icd10cm", "us.ssn"])
        let h = ScanHeader(parsing: value)
        #expect(h == ScanHeader(parsing: "phi; score=92; types=ICD10,SSN; rules=icd10cm,us.ssn; scanner=x"))
        #expect(h?.verdict == .phi && h?.score == 92 && h?.types == ["ICD10", "SSN"] && h?.rules == ["icd10cm", "us.ssn"])
    }

    @Test("`none` lists read as empty and an unknown verdict is not a scan header")
    func noneAndUnknown() {
        let h = ScanHeader(parsing: " clean;score=0; types=none; rules=none")
        #expect(h?.verdict == .clean && h?.types == [] && h?.rules == [])
        #expect(ScanHeader(parsing: "spam; score=9") == nil)
        #expect(ScanHeader(parsing: "") == nil)
    }
}
