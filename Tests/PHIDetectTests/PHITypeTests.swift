import PHIDetect
import Testing

@Suite("PHIType")
struct PHITypeTests {
    @Test("the canonical types are known and nothing else is")
    func known() {
        #expect(PHIType.all.count == 25)
        #expect(PHIType.all.allSatisfy(PHIType.isKnown))
        #expect(!PHIType.isKnown("SSNN"))
        #expect(!PHIType.isKnown("ssn"))
        #expect(PHIType.expected.hasPrefix("expected one of SSN, MRN"))
    }
}
