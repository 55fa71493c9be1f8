#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A numeric IPv4 or IPv6 address with a port, as a socket address to bind to.
struct NumericAddress {
    var storage = sockaddr_storage()
    var length: socklen_t = 0
    var family: Int32 = 0

    /// Parses `127.0.0.1` or `::1`; nil for names or malformed text (no DNS lookups).
    init?(_ host: String, port: Int = 0) {
        var v4 = in_addr(), v6 = in6_addr()
        if inet_pton(AF_INET, host, &v4) == 1 {
            var sa = sockaddr_in()
            sa.sin_family = sa_family_t(AF_INET)
            sa.sin_port = in_port_t(UInt16(clamping: port)).bigEndian
            sa.sin_addr = v4
            withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: sa, as: sockaddr_in.self) }
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
            family = AF_INET
        } else if inet_pton(AF_INET6, host, &v6) == 1 {
            var sa = sockaddr_in6()
            sa.sin6_family = sa_family_t(AF_INET6)
            sa.sin6_port = in_port_t(UInt16(clamping: port)).bigEndian
            sa.sin6_addr = v6
            withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: sa, as: sockaddr_in6.self) }
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
            family = AF_INET6
        } else {
            return nil
        }
    }
}
