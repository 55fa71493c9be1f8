import Foundation
import PHIDetect

/// Builds a `.edm` file from a CSV export: streams the rows, normalises each cell by its
/// column's kind, hashes it with the site key, and writes the lookup tables. No plain value is
/// kept in memory beyond the row being read, and none is ever written.
public enum EDMBuilder {
    /// Counts of a finished build.
    public struct Summary: Sendable {
        public var records: Int
        public var entries: Int
        public var bytes: Int
    }

    /// Reads `csv` (header row naming the schema's columns; other columns are ignored), writes
    /// `output` (through a temporary file renamed into place, so a running milter never reads a
    /// half-written roster).
    public static func build(schema: EDMSchema, csv: String, key: EDMKey, output: String,
                             now: Date = Date()) throws(EDMError) -> Summary {
        try schema.validate(file: "schema")
        let columns = schema.columns
        let indexed = columns.indices.filter { EDMSchema.isIndexed(columns[$0]) }
        let named = columns.indices.filter { !EDMSchema.isIndexed(columns[$0]) }
        var hashes: [UInt64] = []
        var owners: [UInt32] = []
        var names: [UInt32] = []
        var perColumn = [Int](repeating: 0, count: columns.count)
        var where_: [Int] = []  // CSV field index of each schema column
        var headerCount = 0
        var records = 0
        try CSVReader(path: csv).forEachRow { (bytes, fields, line) throws(EDMError) in
            if headerCount == 0 {
                let header = fields.map { String(decoding: bytes[$0], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased() }
                for col in columns {
                    guard let i = header.firstIndex(of: col.name.lowercased()) else {
                        throw EDMError(code: "csv", file: csv, line: line,
                                       problem: "the header has no column `\(col.name)` that the schema names")
                    }
                    where_.append(i)
                }
                headerCount = fields.count
                return
            }
            guard fields.count == headerCount else {
                throw EDMError(code: "csv", file: csv, line: line,
                               problem: "row has \(fields.count) fields, the header has \(headerCount)"
                                   + (fields.count < headerCount ? " (a truncated file?)" : ""))
            }
            guard records < EDMHeader.maxRecords else {
                throw EDMError(code: "csv", file: csv, line: line, problem: "more than \(EDMHeader.maxRecords) records")
            }
            let record = UInt32(records)
            records += 1
            for c in indexed {
                let cell = bytes[fields[where_[c]]]
                guard let v = try normalized(cell, columns[c], csv: csv, line: line) else { continue }
                hashes.append(EDMKey.columnHash(key.mac(v), column: c))
                owners.append(record)
                perColumn[c] += 1
            }
            for c in named {
                let cell = bytes[fields[where_[c]]]
                if let v = try normalized(cell, columns[c], csv: csv, line: line) {
                    names.append(EDMKey.nameHash(key.mac(v)))
                    perColumn[c] += 1
                } else {
                    names.append(0)
                }
            }
        }
        guard headerCount > 0 else { throw EDMError(code: "csv", file: csv, line: 1, problem: "empty file: no header row") }
        guard records > 0 else { throw EDMError(code: "csv", file: csv, line: 2, problem: "no records after the header") }

        // Bucket by the top bits of each hash (a counting sort), then sort each small bucket.
        let bits = EDMHeader.bucketBits(for: hashes.count)
        var directory = [UInt32](repeating: 0, count: (1 << bits) + 1)
        for h in hashes { directory[Int(h >> UInt64(64 - bits)) + 1] += 1 }
        for i in 1..<directory.count { directory[i] += directory[i - 1] }
        var fill = directory
        var entries = [UInt64](repeating: 0, count: hashes.count)
        for (h, owner) in zip(hashes, owners) {
            let bucket = Int(h >> UInt64(64 - bits))
            entries[Int(fill[bucket])] = EDMIndex.tag(h, bits: bits) << 24 | UInt64(owner)
            fill[bucket] += 1
        }
        hashes = []
        owners = []
        entries.withUnsafeMutableBufferPointer { e in
            for b in 0..<(directory.count - 1) where directory[b + 1] - directory[b] > 1 {
                e[Int(directory[b])..<Int(directory[b + 1])].sort()
            }
        }

        let formatter = ISO8601DateFormatter()
        var header = EDMHeader(schema: schema, records: records,
                               valuesPerColumn: Dictionary(uniqueKeysWithValues: columns.indices.map { (columns[$0].name, perColumn[$0]) }),
                               entries: entries.count, bucketBits: bits, keyId: key.id, built: formatter.string(from: now),
                               nameColumns: named, directoryOffset: 0, entriesOffset: 0, namesOffset: 0, totalBytes: 0)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var json: [UInt8] = []
        var assumed = 0
        for _ in 0..<4 {
            header.layout(headerBytes: assumed)
            json = (try? Array(encoder.encode(header))) ?? []
            if json.count == assumed { break }
            assumed = json.count
        }
        guard json.count == assumed, !json.isEmpty else { throw EDMError(code: "index", file: output, problem: "cannot lay out the header") }

        let temp = output + ".tmp"
        guard let f = fopen(temp, "wb") else { throw EDMError(code: "io", file: temp, problem: "cannot create the output file") }
        var ok = true
        var written = 0
        func write(_ bytes: UnsafeRawBufferPointer) {
            if bytes.count > 0, fwrite(bytes.baseAddress, 1, bytes.count, f) != bytes.count { ok = false }
            written += bytes.count
        }
        func pad(to offset: Int) { if offset > written { [UInt8](repeating: 0, count: offset - written).withUnsafeBytes { write($0) } } }
        EDMHeader.magic.withUnsafeBytes { write($0) }
        withUnsafeBytes(of: UInt32(json.count).littleEndian) { write($0) }
        json.withUnsafeBytes { write($0) }
        pad(to: header.directoryOffset)
        directory.withUnsafeBytes { write($0) }
        pad(to: header.entriesOffset)
        entries.withUnsafeBytes { write($0) }
        names.withUnsafeBytes { write($0) }
        EDMHeader.trailer.withUnsafeBytes { write($0) }
        if fclose(f) != 0 { ok = false }
        guard ok, written == header.totalBytes else {
            unlink(temp)
            throw EDMError(code: "io", file: output, problem: "write failed (disk full?)")
        }
        guard rename(temp, output) == 0 else {
            unlink(temp)
            throw EDMError(code: "io", file: output, problem: "cannot rename the finished file into place")
        }
        return Summary(records: records, entries: entries.count, bytes: written)
    }

    /// A cell's normalised value; nil for an empty cell; an error naming the line and column
    /// (never the value) when a non-empty cell is not of its kind.
    private static func normalized(_ cell: Slice<UnsafeBufferPointer<UInt8>>, _ column: EDMSchema.Column, csv: String,
                                   line: Int) throws(EDMError) -> [UInt8]? {
        if cell.allSatisfy({ $0 == 32 || $0 == 9 }) { return nil }
        guard let v = EDMNormalizer.normalize(cell, kind: column.kind) else {
            throw EDMError(code: "csv", file: csv, line: line,
                           problem: "column `\(column.name)` is not a \(column.kind.rawValue) value")
        }
        return v
    }
}
