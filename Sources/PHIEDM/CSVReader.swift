#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams an RFC 4180 CSV file row by row (quoted fields, doubled quotes, CRLF or LF), in
/// fixed-size reads: a roster of any size is read in constant memory. Each row is handed over as
/// its bytes and the ranges of its fields, with its 1-based line number.
struct CSVReader {
    let path: String

    /// Calls `row` for each record; a quoted field left open at the end of the file is a
    /// truncated file, reported with the line it started on.
    func forEachRow(_ row: (_ bytes: UnsafeBufferPointer<UInt8>, _ fields: [Range<Int>], _ line: Int) throws(EDMError) -> Void)
        throws(EDMError)
    {
        guard let f = fopen(path, "rb") else { throw EDMError(code: "io", file: path, problem: "cannot open the CSV file") }
        defer { fclose(f) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var field: [UInt8] = []
        var rowBytes: [UInt8] = []
        var fields: [Range<Int>] = []
        var inQuotes = false, quoteSeen = false, fieldStarted = false
        var line = 1, rowLine = 1, quoteLine = 1
        func endField() {
            let start = rowBytes.count
            rowBytes.append(contentsOf: field)
            fields.append(start..<rowBytes.count)
            field.removeAll(keepingCapacity: true)
            quoteSeen = false
            fieldStarted = false
        }
        func endRow() throws(EDMError) {
            endField()
            // A blank line (one empty field) is skipped.
            if !(fields.count == 1 && fields[0].isEmpty) {
                try rowBytes.withUnsafeBufferPointer { (p) throws(EDMError) in try row(p, fields, rowLine) }
            }
            rowBytes.removeAll(keepingCapacity: true)
            fields.removeAll(keepingCapacity: true)
        }
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n == 0 { break }
            for i in 0..<n {
                let b = chunk[i]
                if inQuotes {
                    if b == 34 { inQuotes = false; quoteSeen = true }
                    else { field.append(b); if b == 10 { line += 1 } }
                    continue
                }
                switch b {
                case 34:  // a quote: opens a field, or "" inside a quoted field
                    if quoteSeen { field.append(34); inQuotes = true }
                    else if !fieldStarted { inQuotes = true; quoteLine = line }
                    else { field.append(b) }
                    fieldStarted = true
                case 44:
                    endField()
                case 10:
                    try endRow()
                    line += 1
                    rowLine = line
                case 13:
                    break  // CRLF: the CR is dropped
                default:
                    field.append(b)
                    fieldStarted = true
                }
            }
        }
        if ferror(f) != 0 { throw EDMError(code: "io", file: path, line: line, problem: "read error") }
        if inQuotes {
            throw EDMError(code: "csv", file: path, line: quoteLine, problem: "quoted field never closed: the file is truncated")
        }
        if fieldStarted || !fields.isEmpty || !field.isEmpty { try endRow() }
    }
}
