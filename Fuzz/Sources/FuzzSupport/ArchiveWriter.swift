/// Writes small zip (stored), tar (ustar) and gzip (stored deflate blocks) files in memory, so that
/// the archive and Office targets can fuzz what is inside a container rather than its checksums.
public enum ArchiveWriter {
    /// A zip with every entry stored (no compression), with local headers and a central directory.
    public static func zip(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries.prefix(0xFFFF) {
            let name = Array(entry.name.utf8.prefix(0xFFFF))
            let data = entry.data
            let crc = crc32(data)
            let offset = out.count
            le32(&out, 0x0403_4B50)
            le16(&out, 20); le16(&out, 0); le16(&out, 0)          // version, flags, method: stored
            le16(&out, 0); le16(&out, 0x21)                       // time, date (1980-01-01)
            le32(&out, crc); le32(&out, UInt32(truncatingIfNeeded: data.count)); le32(&out, UInt32(truncatingIfNeeded: data.count))
            le16(&out, name.count); le16(&out, 0)
            out += name
            out += data
            le32(&central, 0x0201_4B50)
            le16(&central, 20); le16(&central, 20); le16(&central, 0); le16(&central, 0)
            le16(&central, 0); le16(&central, 0x21)
            le32(&central, crc); le32(&central, UInt32(truncatingIfNeeded: data.count)); le32(&central, UInt32(truncatingIfNeeded: data.count))
            le16(&central, name.count); le16(&central, 0); le16(&central, 0)
            le16(&central, 0); le16(&central, 0); le32(&central, 0)
            le32(&central, UInt32(truncatingIfNeeded: offset))
            central += name
        }
        let count = min(entries.count, 0xFFFF)
        let centralOffset = out.count
        out += central
        le32(&out, 0x0605_4B50)
        le16(&out, 0); le16(&out, 0); le16(&out, count); le16(&out, count)
        le32(&out, UInt32(truncatingIfNeeded: central.count)); le32(&out, UInt32(truncatingIfNeeded: centralOffset))
        le16(&out, 0)
        return out
    }

    /// A POSIX ustar archive of regular files.
    public static func tar(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        for entry in entries {
            var header = [UInt8](repeating: 0, count: 512)
            put(&header, 0, Array(entry.name.utf8.prefix(100)))
            put(&header, 100, Array("0000644\0".utf8))
            put(&header, 108, Array("0000000\0".utf8))
            put(&header, 116, Array("0000000\0".utf8))
            put(&header, 124, octal(entry.data.count, width: 11) + [0])
            put(&header, 136, octal(0, width: 11) + [0])
            put(&header, 148, Array("        ".utf8))
            header[156] = UInt8(ascii: "0")
            put(&header, 257, Array("ustar\0".utf8) + Array("00".utf8))
            let sum = header.reduce(0) { $0 + Int($1) }
            put(&header, 148, octal(sum, width: 6) + [0, 0x20])
            out += header
            out += entry.data
            out += [UInt8](repeating: 0, count: (512 - entry.data.count % 512) % 512)
        }
        out += [UInt8](repeating: 0, count: 1024)
        return out
    }

    /// A gzip member holding `data` in stored deflate blocks, with an optional FNAME.
    public static func gzip(_ data: [UInt8], name: String? = nil) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, name == nil ? 0 : 0x08, 0, 0, 0, 0, 0, 0xFF]
        if let name { out += Array(name.utf8.filter { $0 != 0 }) + [0] }
        var i = 0
        repeat {
            let n = min(0xFFFF, data.count - i)
            let last = i + n == data.count
            out.append(last ? 1 : 0)
            le16(&out, n)
            le16(&out, n ^ 0xFFFF)
            out += data[i..<(i + n)]
            i += n
        } while i < data.count
        le32(&out, crc32(data))
        le32(&out, UInt32(truncatingIfNeeded: data.count))
        return out
    }

    /// CRC-32 (IEEE), as zip and gzip use it.
    public static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in data { crc = crcTable[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    private static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    private static func le16(_ out: inout [UInt8], _ v: Int) {
        out.append(UInt8(truncatingIfNeeded: v))
        out.append(UInt8(truncatingIfNeeded: v >> 8))
    }

    private static func le32(_ out: inout [UInt8], _ v: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: v >> UInt32(shift))) }
    }

    private static func octal(_ value: Int, width: Int) -> [UInt8] {
        let digits = Array(String(value, radix: 8).utf8.suffix(width))
        return [UInt8](repeating: UInt8(ascii: "0"), count: width - digits.count) + digits
    }

    private static func put(_ header: inout [UInt8], _ at: Int, _ bytes: [UInt8]) {
        for (k, b) in bytes.enumerated() where at + k < header.count { header[at + k] = b }
    }
}
