internal import CArchive
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One libarchive read handle over a spool: entries one at a time, data in blocks.
///
/// Owns the `struct archive *` and frees it in `deinit`. The spool must outlive the reader
/// (its memory is read in place). Errors carry a code, never libarchive's message.
final class ArchiveReader {
    /// What the next header call found.
    enum Next {
        case entry(Entry)
        case end
        case failed(code: String)
    }

    /// The header of one entry.
    struct Entry {
        var path: String
        var isFile: Bool
        var declaredSize: Int?
        var isEncrypted: Bool
    }

    /// What a data read found.
    enum Block {
        case data(UnsafeRawBufferPointer)
        case end
        case failed(code: String)
    }

    private let handle: OpaquePointer
    private let spool: Spool
    private var buffer: UnsafeMutableRawPointer
    private static let blockSize = 65_536

    /// Opens `spool` as an archive; with `raw`, a lone compressed stream (gzip, bzip2, xz) is one entry.
    init?(spool: Spool, raw: Bool = false, formats: Set<String> = []) {
        guard let a = archive_read_new() else { return nil }
        guard let buf = malloc(Self.blockSize) else {
            archive_read_free(a)
            return nil
        }
        self.handle = a
        self.spool = spool
        self.buffer = buf
        for (index, enable) in Self.filters.enumerated() where Self.inProcessFilters.contains(index) {
            _ = enable(a)
        }
        if formats.contains("zip") {
            archive_read_support_format_zip(a)
        } else if !formats.contains("raw") {
            for enable in Self.formats { _ = enable(a) }
        }
        if raw || formats.contains("raw") { archive_read_support_format_raw(a) }
        let status: Int32 = spool.withMemory { memory in
            if let memory {
                return archive_read_open_memory(a, memory.baseAddress, memory.count)
            }
            guard let path = spool.filePath else { return ARCHIVE_FATAL }
            return archive_read_open_filename(a, path, Self.blockSize)
        }
        if status != ARCHIVE_OK { return nil }
    }

    /// Decompression filters we allow. Not `filter_all`: some filters fall back to running an
    /// external program, which mail content must never trigger.
    private static let filters: [@Sendable (OpaquePointer) -> Int32] = [
        { archive_read_support_filter_gzip($0) }, { archive_read_support_filter_bzip2($0) },
        { archive_read_support_filter_xz($0) }, { archive_read_support_filter_lzma($0) },
        { archive_read_support_filter_zstd($0) }, { archive_read_support_filter_lz4($0) },
        { archive_read_support_filter_compress($0) },
    ]

    /// Indexes of `filters` that libarchive runs in process (ARCHIVE_OK, not the external-program ARCHIVE_WARN).
    private static let inProcessFilters: Set<Int> = {
        var ok: Set<Int> = []
        for (index, enable) in filters.enumerated() {
            guard let probe = archive_read_new() else { continue }
            if enable(probe) == ARCHIVE_OK { ok.insert(index) }
            archive_read_free(probe)
        }
        return ok
    }()

    /// Container formats we read. Not `format_all`: mtree reads files named inside it from the local disk.
    private static let formats: [@Sendable (OpaquePointer) -> Int32] = [
        { archive_read_support_format_zip($0) }, { archive_read_support_format_tar($0) },
        { archive_read_support_format_gnutar($0) }, { archive_read_support_format_7zip($0) },
        { archive_read_support_format_rar($0) }, { archive_read_support_format_rar5($0) },
        { archive_read_support_format_cpio($0) }, { archive_read_support_format_cab($0) },
        { archive_read_support_format_lha($0) }, { archive_read_support_format_iso9660($0) },
    ]

    deinit {
        archive_read_free(handle)
        free(buffer)
    }

    /// Reads the next entry header.
    func next() -> Next {
        var entry: OpaquePointer?
        let status = archive_read_next_header(handle, &entry)
        if status == ARCHIVE_EOF { return .end }
        guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
            return .failed(code: errorCode())
        }
        var path = ""
        if let p = archive_entry_pathname_utf8(entry) {
            path = String(cString: p)
        } else if let p = archive_entry_pathname(entry) {
            path = String(decoding: Array(UnsafeBufferPointer(start: p, count: strlen(p))).map { UInt8(bitPattern: $0) },
                          as: UTF8.self)
        }
        let type = archive_entry_filetype(entry)
        let isFile = type == 0o100000 || type == 0
        let declared = archive_entry_size_is_set(entry) != 0 ? Int(archive_entry_size(entry)) : nil
        let encrypted = archive_entry_is_encrypted(entry) != 0
        return .entry(Entry(path: path, isFile: isFile, declaredSize: declared, isEncrypted: encrypted))
    }

    /// Reads the next block of the current entry's data (valid until the next call).
    func readBlock() -> Block {
        let n = archive_read_data(handle, buffer, Self.blockSize)
        if n == 0 { return .end }
        if n < 0 { return .failed(code: errorCode()) }
        return .data(UnsafeRawBufferPointer(start: buffer, count: n))
    }

    /// Skips the rest of the current entry's data without expanding it where the format allows.
    func skip() -> Bool {
        archive_read_data_skip(handle) == ARCHIVE_OK
    }

    /// Compressed bytes the format has consumed so far (for ratio checks).
    var consumedBytes: Int {
        Int(archive_filter_bytes(handle, -1))
    }

    /// True when libarchive read the data as one raw stream (a lone gzip/bzip2/xz member).
    var isRaw: Bool { archive_format(handle) == ARCHIVE_FORMAT_RAW }

    /// The number of filters (1 when the stream is not compressed as a whole).
    var filterCount: Int { Int(archive_filter_count(handle)) }

    /// Whether libarchive saw encrypted entries (1), none (0) or cannot tell (negative).
    var hasEncryptedEntries: Int { Int(archive_read_has_encrypted_entries(handle)) }

    /// Maps libarchive's current error to a code: `archive.encrypted` or `archive.corrupt`.
    private func errorCode() -> String {
        guard let message = archive_error_string(handle) else { return "archive.corrupt" }
        let text = String(cString: message).lowercased()
        if text.contains("encrypt") || text.contains("passphrase") || text.contains("password") {
            return "archive.encrypted"
        }
        return "archive.corrupt"
    }
}
