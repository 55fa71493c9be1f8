@testable import PHIPolicy
import Testing

@Suite("CIDR")
struct CIDRTests {
    @Test("IPv4 and IPv6 networks match their addresses only")
    func matches() throws {
        let v4 = try #require(CIDR("192.168.0.0/16"))
        #expect(v4.contains("192.168.200.1"))
        #expect(!v4.contains("192.169.0.1"))
        #expect(v4.contains("::ffff:192.168.1.1"))
        let v6 = try #require(CIDR("2001:db8::/33"))
        #expect(v6.contains("2001:db8:7fff::1"))
        #expect(!v6.contains("2001:db8:8000::1"))
        #expect(try #require(CIDR("10.0.0.1")).contains("10.0.0.1"))
        #expect(try #require(CIDR("0.0.0.0/0")).contains("8.8.8.8"))
    }

    @Test("malformed networks are refused")
    func malformed() {
        #expect(CIDR("10.0.0.0/33") == nil)
        #expect(CIDR("nonsense") == nil)
        #expect(CIDR("10.0.0.0/x") == nil)
    }
}
