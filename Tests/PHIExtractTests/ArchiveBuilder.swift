import CArchive
#if canImport(Glibc)
import Glibc
#endif

/// Builds archives in tests with libarchive's writer: zip, 7z, tar(.gz), raw gzip.
enum ArchiveBuilder {
    enum Format {
        case zip, sevenZip, tar, tarGzip, gzip
    }

    /// The bytes of an archive of `format` holding `entries` (name, data).
    static func make(_ format: Format, _ entries: [(String, [UInt8])], options: String? = nil,
                     passphrase: String? = nil) -> [UInt8] {
        guard let a = archive_write_new() else { return [] }
        defer { archive_write_free(a) }
        switch format {
        case .zip: archive_write_set_format_zip(a)
        case .sevenZip: archive_write_set_format_7zip(a)
        case .tar: archive_write_set_format_pax_restricted(a)
        case .tarGzip:
            archive_write_set_format_pax_restricted(a)
            archive_write_add_filter_gzip(a)
        case .gzip:
            archive_write_set_format_raw(a)
            archive_write_add_filter_gzip(a)
        }
        if let passphrase { archive_write_set_passphrase(a, passphrase) }
        if let options { archive_write_set_options(a, options) }
        let path = "/tmp/phi-extract-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { unlink(path) }
        guard archive_write_open_filename(a, path) == ARCHIVE_OK else { return [] }
        for (name, data) in entries {
            guard let e = archive_entry_new() else { continue }
            archive_entry_set_pathname(e, name)
            archive_entry_set_filetype(e, 0o100000)
            archive_entry_set_perm(e, 0o644)
            archive_entry_set_size(e, la_int64_t(data.count))
            archive_write_header(a, e)
            var offset = 0
            while offset < data.count {
                let n = min(1 << 20, data.count - offset)
                _ = data[offset..<(offset + n)].withUnsafeBytes { archive_write_data(a, $0.baseAddress, n) }
                offset += n
            }
            archive_entry_free(e)
        }
        archive_write_close(a)
        return readFile(path)
    }

    /// Bytes of a zip holding `size` zero bytes in one entry, written in blocks (for bomb tests).
    static func zeros(_ size: Int, name: String = "zeros.txt", format: Format = .zip) -> [UInt8] {
        guard let a = archive_write_new() else { return [] }
        defer { archive_write_free(a) }
        if format == .zip {
            archive_write_set_format_zip(a)
            archive_write_set_options(a, "zip:compression-level=1")
        } else {
            archive_write_set_format_raw(a)
            archive_write_add_filter_gzip(a)
        }
        let path = "/tmp/phi-extract-bomb-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { unlink(path) }
        guard archive_write_open_filename(a, path) == ARCHIVE_OK, let e = archive_entry_new() else { return [] }
        archive_entry_set_pathname(e, name)
        archive_entry_set_filetype(e, 0o100000)
        archive_entry_set_perm(e, 0o644)
        archive_entry_set_size(e, la_int64_t(size))
        archive_write_header(a, e)
        let block = [UInt8](repeating: 0, count: 1 << 20)
        var left = size
        while left > 0 {
            let n = min(block.count, left)
            _ = block.withUnsafeBytes { archive_write_data(a, $0.baseAddress, n) }
            left -= n
        }
        archive_entry_free(e)
        archive_write_close(a)
        return readFile(path)
    }

    static func readFile(_ path: String) -> [UInt8] {
        guard let f = fopen(path, "rb") else { return [] }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        return out
    }

    /// The bytes of a committed fixture under Tests/PHIExtractTests/Fixtures.
    static func fixture(_ name: String, file: String = #filePath) -> [UInt8] {
        let dir = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return readFile(dir + "/Fixtures/" + name)
    }
}

extension String {
    var bytes: [UInt8] { Array(self.utf8) }
}
