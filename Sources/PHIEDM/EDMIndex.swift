import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `.edm` file mapped read-only into memory: the header, and lookups in O(1) per candidate
/// (one bucket of about four entries). Checks the file's layout when it is opened, so a
/// truncated or damaged roster is refused before it is used. Immutable; shared by every message.
public final class EDMIndex: @unchecked Sendable {
    public let header: EDMHeader
    public let path: String
    private let base: UnsafeRawPointer
    private let length: Int
    private let directory: UnsafePointer<UInt32>
    private let entries: UnsafePointer<UInt64>
    private let names: UnsafePointer<UInt32>
    private let bits: Int

    /// Maps `path` and checks it; the error names the file and what is wrong.
    public init(path: String) throws(EDMError) {
        self.path = path
        func bad(_ problem: String) -> EDMError { EDMError(code: "index", file: path, problem: problem) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw EDMError(code: "io", file: path, problem: "cannot open the roster") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw EDMError(code: "io", file: path, problem: "cannot stat the roster") }
        let size = Int(st.st_size)
        guard size >= 12 else { throw bad("truncated: \(size) bytes, shorter than the header") }
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else {
            throw EDMError(code: "io", file: path, problem: "cannot map the roster")
        }
        let raw = UnsafeRawPointer(map)
        func unmapAndThrow(_ e: EDMError) -> EDMError { munmap(map, size); return e }
        guard memcmp(raw, EDMHeader.magic, 8) == 0 else { throw unmapAndThrow(bad("not a phi-milter roster (bad magic)")) }
        let jsonLength = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
        guard 12 + jsonLength <= size else { throw unmapAndThrow(bad("truncated inside the header")) }
        let json = Data(bytes: raw + 12, count: jsonLength)
        guard let h = try? JSONDecoder().decode(EDMHeader.self, from: json), h.format == "phi-edm/1" else {
            throw unmapAndThrow(bad("header unreadable or of an unknown format"))
        }
        guard h.totalBytes == size else {
            throw unmapAndThrow(bad(size < h.totalBytes ? "truncated: \(size) of \(h.totalBytes) bytes"
                                                        : "\(size - h.totalBytes) bytes more than the header says"))
        }
        let dirCount = (1 << h.bucketBits) + 1
        guard (1...28).contains(h.bucketBits), h.records >= 0, h.entries >= 0, h.directoryOffset % 8 == 0,
              h.entriesOffset % 8 == 0, h.directoryOffset >= 12 + jsonLength,
              h.directoryOffset + dirCount * 4 <= h.entriesOffset, h.entriesOffset + h.entries * 8 == h.namesOffset,
              h.namesOffset + h.records * h.nameColumns.count * 4 + 8 == size,
              h.nameColumns.allSatisfy({ h.schema.columns.indices.contains($0) })
        else { throw unmapAndThrow(bad("damaged: table offsets do not add up")) }
        guard memcmp(raw + (size - 8), EDMHeader.trailer, 8) == 0 else { throw unmapAndThrow(bad("damaged: no end marker")) }
        let dir = (raw + h.directoryOffset).assumingMemoryBound(to: UInt32.self)
        var previous: UInt32 = 0
        for i in 0..<dirCount {
            guard dir[i] >= previous else { throw unmapAndThrow(bad("damaged: bucket directory out of order")) }
            previous = dir[i]
        }
        guard dir[0] == 0, Int(dir[dirCount - 1]) == h.entries else { throw unmapAndThrow(bad("damaged: bucket directory")) }
        do { try h.schema.validate(file: path) } catch { throw unmapAndThrow(error) }
        header = h
        base = raw
        length = size
        directory = dir
        entries = (raw + h.entriesOffset).assumingMemoryBound(to: UInt64.self)
        names = (raw + h.namesOffset).assumingMemoryBound(to: UInt32.self)
        bits = h.bucketBits
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), length) }

    /// The 40 bits of `hash` after its `bits` bucket bits.
    @inline(__always)
    static func tag(_ hash: UInt64, bits: Int) -> UInt64 { (hash << UInt64(bits)) >> 24 }

    /// The entries whose value has `hash`: a range to read records from with ``record(_:)``.
    @inline(__always)
    public func lookup(_ hash: UInt64) -> Range<Int> {
        let bucket = Int(hash >> UInt64(64 - bits))
        var lo = Int(directory[bucket]), hi = Int(directory[bucket + 1])
        let tag = EDMIndex.tag(hash, bits: bits)
        // Lower bound of the tag, then the run of equal tags.
        let end = hi
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid] >> 24 < tag { lo = mid + 1 } else { hi = mid }
        }
        var stop = lo
        while stop < end && entries[stop] >> 24 == tag { stop += 1 }
        return lo..<stop
    }

    /// The record number of entry `i`.
    @inline(__always)
    public func record(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: entries[i] & 0xFF_FFFF) }

    /// The stored hash of name column slot `slot` (index into ``EDMHeader/nameColumns``) of `record`; 0 when empty.
    @inline(__always)
    public func nameHash(record: UInt32, slot: Int) -> UInt32 {
        guard Int(record) < header.records else { return 0 }  // a damaged entry never reads past the table
        return names[Int(record) * header.nameColumns.count + slot]
    }
}
