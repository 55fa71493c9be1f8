#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 or IPv6 network in CIDR notation, for the client-network skip rule.
public struct CIDR: Sendable, Equatable {
    /// Network address bytes (4 or 16).
    let bytes: [UInt8]
    /// Prefix length in bits.
    let prefix: Int

    /// Parses `10.0.0.0/8`, `2001:db8::/32` or a bare address; nil when malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let addr = parts.first, let bytes = CIDR.parseAddress(String(addr)) else { return nil }
        let maxBits = bytes.count * 8
        var prefix = maxBits
        if parts.count == 2 {
            guard let p = Int(parts[1]), p >= 0, p <= maxBits else { return nil }
            prefix = p
        }
        self.bytes = bytes
        self.prefix = prefix
    }

    /// Whether an address (text) lies inside this network. IPv4-mapped IPv6 matches IPv4 networks.
    public func contains(_ address: String) -> Bool {
        guard var other = CIDR.parseAddress(address) else { return false }
        if other.count == 16, bytes.count == 4, other[0..<10].allSatisfy({ $0 == 0 }), other[10] == 0xff, other[11] == 0xff {
            other = Array(other[12...])
        }
        guard other.count == bytes.count else { return false }
        var bits = prefix
        for i in 0..<bytes.count where bits > 0 {
            let take = min(8, bits)
            let mask: UInt8 = take == 8 ? 0xff : UInt8(truncatingIfNeeded: 0xff << (8 - take))
            if bytes[i] & mask != other[i] & mask { return false }
            bits -= take
        }
        return true
    }

    /// Address bytes of a textual IPv4 or IPv6 address.
    static func parseAddress(_ text: String) -> [UInt8]? {
        var t = text
        if t.hasPrefix("["), t.hasSuffix("]") { t = String(t.dropFirst().dropLast()) }
        if t.lowercased().hasPrefix("ipv6:") { t = String(t.dropFirst(5)) }
        var v4 = in_addr()
        if inet_pton(AF_INET, t, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, t, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { Array($0) }
        }
        return nil
    }
}
