import Foundation
public import PHIDetect

/// The site key a roster is hashed with: read from a key file (at least 32 bytes of random data,
/// e.g. `head -c 32 /dev/urandom`), identified by a key id that proves which key built a roster
/// without revealing it.
public struct EDMKey: Sendable {
    public let fingerprinter: Fingerprinter
    /// 16 hex digits of HMAC(key, a fixed label): stored in the `.edm` file and printed by `edm stats`.
    public let id: String

    public init(bytes: [UInt8]) {
        let fp = Fingerprinter(key: bytes)
        fingerprinter = fp
        let mac = Array("phi-milter edm key id".utf8).withUnsafeBufferPointer { fp.mac64($0) }
        id = String(mac, radix: 16).leftPadded(to: 16)
    }

    /// Reads a key file; fewer than 32 bytes is refused (a truncated or wrong file, not a key).
    public init(file: String) throws(EDMError) {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw EDMError(code: "key", file: file, problem: "cannot read the key file")
        }
        guard data.count >= 32 else {
            throw EDMError(code: "key", file: file, line: 1,
                           problem: "key file holds \(data.count) bytes; a key needs at least 32 (head -c 32 /dev/urandom)")
        }
        self.init(bytes: Array(data))
    }

    /// The 64-bit lookup hash of a normalised value in column `column`: one HMAC per value,
    /// mixed with the column so equal digits in two columns are two keys.
    @inline(__always)
    static func columnHash(_ mac: UInt64, column: Int) -> UInt64 {
        var z = mac ^ (UInt64(column + 1) &* 0x9E37_79B9_7F4A_7C15)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The 32-bit per-record hash of a name (never 0, which marks an empty cell). The same for
    /// every name column, so a name in mail is hashed once whichever column it may fill.
    @inline(__always)
    static func nameHash(_ mac: UInt64) -> UInt32 {
        let v = UInt32(truncatingIfNeeded: columnHash(mac, column: -1) >> 32)
        return v == 0 ? 1 : v
    }

    func mac(_ value: [UInt8]) -> UInt64 {
        value.withUnsafeBufferPointer { fingerprinter.mac64($0) }
    }
}

extension String {
    func leftPadded(to n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
