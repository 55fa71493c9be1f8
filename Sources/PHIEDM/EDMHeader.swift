/// The `.edm` file's header: what was built, with which key, and where each table lies. Never a value.
///
/// Layout (little-endian): `PHIEDM\0\u{1}` (8 bytes), the header's length (UInt32), the header
/// as JSON, zero padding to 8; the bucket directory (`2^bucketBits + 1` UInt32 offsets into the
/// entries); padding to 8; the entries (UInt64: 40 bits of a value's keyed hash after its
/// bucket bits, then a 24-bit record number), sorted within each bucket; the name table
/// (UInt32 keyed hash per record and name column, 0 when empty); the trailer `EDM-END\0`.
public struct EDMHeader: Codable, Sendable, Equatable {
    public static let magic: [UInt8] = Array("PHIEDM\0\u{1}".utf8)
    public static let trailer: [UInt8] = Array("EDM-END\0".utf8)
    /// Records are numbered in 24 bits.
    public static let maxRecords = (1 << 24) - 1

    public var format = "phi-edm/1"
    public var schema: EDMSchema
    public var records: Int
    /// Values indexed per column name (primary and anchoring columns), for `edm stats`.
    public var valuesPerColumn: [String: Int]
    public var entries: Int
    public var bucketBits: Int
    public var keyId: String
    /// UTC, ISO 8601.
    public var built: String
    /// Column indices of the per-record name table, in table order.
    public var nameColumns: [Int]
    public var directoryOffset: Int
    public var entriesOffset: Int
    public var namesOffset: Int
    public var totalBytes: Int

    enum CodingKeys: String, CodingKey {
        case format, schema, records, valuesPerColumn = "values_per_column", entries, bucketBits = "bucket_bits"
        case keyId = "key_id", built, nameColumns = "name_columns", directoryOffset = "directory_offset"
        case entriesOffset = "entries_offset", namesOffset = "names_offset", totalBytes = "total_bytes"
    }

    /// Bucket bits for `n` entries: about four entries per bucket.
    static func bucketBits(for n: Int) -> Int {
        var b = 1
        while b < 28 && (1 << b) * 4 < n { b += 1 }
        return b
    }

    /// Offsets of each table once the header's JSON length is known.
    mutating func layout(headerBytes: Int) {
        func align8(_ v: Int) -> Int { (v + 7) & ~7 }
        directoryOffset = align8(12 + headerBytes)
        entriesOffset = align8(directoryOffset + ((1 << bucketBits) + 1) * 4)
        namesOffset = entriesOffset + entries * 8
        totalBytes = namesOffset + records * nameColumns.count * 4 + EDMHeader.trailer.count
    }
}
