import Glibc
import PHIPolicy
import Testing

@Suite("SyslogFacility")
struct SyslogFacilityTests {
    @Test("names map to their codes, in any case; unknown names are nil, never mail")
    func codes() {
        #expect(SyslogFacility.code("mail") == LOG_MAIL)
        #expect(SyslogFacility.code("LOCAL3") == LOG_LOCAL3)
        #expect(SyslogFacility.code("mial") == nil)
        #expect(SyslogFacility.names.hasPrefix("mail, daemon"))
    }
}
