/// The format and pixel size of an image, read from its header without decoding a pixel.
///
/// Knows PNG (IHDR), JPEG (the first SOFn frame header), GIF (the larger of the logical screen
/// and the first image descriptor), BMP (core and info headers; a negative height is a top-down
/// bitmap), WebP (VP8, VP8L and VP8X), classic TIFF (every page's IFD, in chain order) and ICO
/// (the largest icon, for the tiny rule only).
/// Anything else, or a header that is cut short, cyclic or zero-sized, reads as nil. Every read
/// is bounds-checked: hostile headers make nil, never a trap.
struct ImageHeader: Equatable {
    /// The image file formats that the OCR engine reads.
    enum Format: Equatable {
        case png, jpeg, gif, bmp, webp, tiff
        /// A Windows icon: its size is read (for the tiny rule) but tesseract cannot read it.
        case ico
    }

    /// The pixel size of one page.
    struct Size: Equatable {
        var width: Int
        var height: Int

        /// Width × height, saturating.
        var pixels: Int { width.multipliedReportingOverflow(by: height).overflow ? Int.max : width * height }
    }

    var format: Format
    /// Each page's size, in order: one for every format but a multi-page TIFF.
    var pages: [Size]
    /// TIFF only: where each page's next-IFD pointer sits, so that the chain can be cut after a page.
    var nextPointerOffsets: [Int] = []
    /// TIFF only: true when the file is big-endian ("MM").
    var bigEndian = false

    /// The first page's size.
    var size: Size { pages.first ?? Size(width: 0, height: 0) }

    /// Reads the header of the image in `spool`; for a TIFF, up to `maxPages` pages.
    static func read(_ spool: Spool, maxPages: Int = 1) -> ImageHeader? {
        var reader = ByteReader(spool: spool)
        let head = reader.bytes(0, 32)
        func has(_ sig: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + sig.count && head[offset..<(offset + sig.count)].elementsEqual(sig)
        }
        let header: ImageHeader?
        if has([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) && has(Array("IHDR".utf8), at: 12) {
            header = single(.png, reader.be32(16), reader.be32(20))
        } else if has([0xFF, 0xD8, 0xFF]) {
            header = jpeg(&reader)
        } else if has(Array("GIF87a".utf8)) || has(Array("GIF89a".utf8)) {
            header = gif(&reader)
        } else if has(Array("BM".utf8)) {
            header = bmp(&reader)
        } else if has(Array("RIFF".utf8)) && has(Array("WEBP".utf8), at: 8) {
            header = webp(&reader)
        } else if has([0x00, 0x00, 0x01, 0x00]) && head.count >= 22 && head[4] | head[5] != 0 {
            // ICONDIR: the largest entry (a width or height byte of 0 means 256).
            let count = min(Int(head[4]) | Int(head[5]) << 8, 64)
            let entries = reader.bytes(6, 16 * count)
            var largest: Size?
            for at in stride(from: 0, to: entries.count - 15, by: 16) {
                let width = entries[at] == 0 ? 256 : Int(entries[at])
                let height = entries[at + 1] == 0 ? 256 : Int(entries[at + 1])
                if width * height > largest?.pixels ?? 0 { largest = Size(width: width, height: height) }
            }
            header = largest.map { ImageHeader(format: .ico, pages: [$0]) }
        } else if has([0x49, 0x49, 0x2A, 0x00]) || has([0x4D, 0x4D, 0x00, 0x2A]) {
            reader.bigEndian = head[0] == 0x4D
            header = tiff(&reader, maxPages: max(1, maxPages))
        } else {
            header = nil
        }
        guard let header, !header.pages.isEmpty,
              header.pages.allSatisfy({ $0.width > 0 && $0.height > 0 }) else { return nil }
        return header
    }

    private static func single(_ format: Format, _ width: Int?, _ height: Int?) -> ImageHeader? {
        guard let width, let height else { return nil }
        return ImageHeader(format: format, pages: [Size(width: width, height: height)])
    }

    private static func jpeg(_ r: inout ByteReader) -> ImageHeader? {
        var offset = 2
        for _ in 0..<10_000 {
            guard r.byte(offset) == 0xFF else { return nil }
            offset += 1
            var code = r.byte(offset)
            while code == 0xFF {  // fill bytes before the marker code
                offset += 1
                code = r.byte(offset)
            }
            guard let code else { return nil }
            offset += 1
            if code == 0x01 || (0xD0...0xD8).contains(code) { continue }  // markers without a length
            guard let length = r.be16(offset), length >= 2 else { return nil }
            if (0xC0...0xCF).contains(code) && code != 0xC4 && code != 0xC8 && code != 0xCC {
                return single(.jpeg, r.be16(offset + 5), r.be16(offset + 3))
            }
            offset += length
        }
        return nil
    }

    private static func gif(_ r: inout ByteReader) -> ImageHeader? {
        guard var width = r.le16(6), var height = r.le16(8), let flags = r.byte(10) else { return nil }
        var offset = 13 + (flags & 0x80 != 0 ? 3 << (Int(flags & 7) + 1) : 0)
        for _ in 0..<10_000 {
            guard let block = r.byte(offset) else { break }
            if block == 0x2C {
                guard let w = r.le16(offset + 5), let h = r.le16(offset + 7) else { break }
                width = max(width, w)
                height = max(height, h)
                break
            }
            guard block == 0x21 else { break }
            offset += 2
            while let n = r.byte(offset), n > 0 { offset += 1 + Int(n) }
            offset += 1
        }
        return single(.gif, width, height)
    }

    private static func bmp(_ r: inout ByteReader) -> ImageHeader? {
        guard let dibSize = r.le32(14) else { return nil }
        if dibSize == 12 { return single(.bmp, r.le16(18), r.le16(20)) }
        guard dibSize >= 16, let w = r.le32(18), let h = r.le32(22) else { return nil }
        let height = Int(Int32(truncatingIfNeeded: UInt32(truncatingIfNeeded: h)))
        return single(.bmp, Int(Int32(truncatingIfNeeded: UInt32(truncatingIfNeeded: w))), height == Int(Int32.min) ? nil : abs(height))
    }

    private static func webp(_ r: inout ByteReader) -> ImageHeader? {
        let chunk = String(decoding: r.bytes(12, 4), as: UTF8.self)
        switch chunk {
        case "VP8 ":
            guard let w = r.le16(26), let h = r.le16(28) else { return nil }
            return single(.webp, w & 0x3FFF, h & 0x3FFF)
        case "VP8L":
            let b = r.bytes(21, 4)
            guard b.count == 4 else { return nil }
            let bits = Int(b[0]) | Int(b[1]) << 8 | Int(b[2]) << 16 | Int(b[3]) << 24
            return single(.webp, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
        case "VP8X":
            let b = r.bytes(24, 6)
            guard b.count == 6 else { return nil }
            return single(.webp, (Int(b[0]) | Int(b[1]) << 8 | Int(b[2]) << 16) + 1, (Int(b[3]) | Int(b[4]) << 8 | Int(b[5]) << 16) + 1)
        default:
            return nil
        }
    }

    private static func tiff(_ r: inout ByteReader, maxPages: Int) -> ImageHeader? {
        guard var ifd = r.u32(4) else { return nil }
        var header = ImageHeader(format: .tiff, pages: [], bigEndian: r.bigEndian)
        var seen: Set<Int> = []
        while ifd != 0 && header.pages.count < maxPages {
            guard seen.insert(ifd).inserted, let count = r.u16(ifd), count > 0 else { return nil }
            let entries = r.bytes(ifd + 2, 12 * count)
            guard entries.count == 12 * count else { return nil }
            var width: Int?
            var height: Int?
            for i in 0..<count {
                let e = 12 * i
                let tag = r.order(entries[e], entries[e + 1])
                let type = r.order(entries[e + 2], entries[e + 3])
                guard tag == 256 || tag == 257 else { continue }
                let value = type == 3 ? r.order(entries[e + 8], entries[e + 9])
                    : type == 4 ? r.order(entries[e + 8], entries[e + 9], entries[e + 10], entries[e + 11]) : nil
                if tag == 256 { width = value } else { height = value }
            }
            guard let width, let height else { return nil }
            header.pages.append(Size(width: width, height: height))
            let pointer = ifd + 2 + 12 * count
            guard let next = r.u32(pointer) else { return nil }
            header.nextPointerOffsets.append(pointer)
            ifd = next
        }
        return header
    }
}

/// Bounds-checked little/big-endian reads from a spool, for header parsing.
private struct ByteReader {
    let spool: Spool
    var bigEndian = false

    func bytes(_ offset: Int, _ count: Int) -> [UInt8] {
        guard offset >= 0, offset < spool.count else { return [] }
        return spool.read(at: offset, length: count)
    }

    func byte(_ offset: Int) -> UInt8? { bytes(offset, 1).first }

    private func number(_ offset: Int, _ count: Int, bigEndian: Bool) -> Int? {
        let b = bytes(offset, count)
        guard b.count == count else { return nil }
        return (bigEndian ? b : b.reversed()).reduce(0) { $0 << 8 | Int($1) }
    }

    func be16(_ offset: Int) -> Int? { number(offset, 2, bigEndian: true) }
    func be32(_ offset: Int) -> Int? { number(offset, 4, bigEndian: true) }
    func le16(_ offset: Int) -> Int? { number(offset, 2, bigEndian: false) }
    func le32(_ offset: Int) -> Int? { number(offset, 4, bigEndian: false) }
    /// A TIFF number in the file's byte order.
    func u16(_ offset: Int) -> Int? { number(offset, 2, bigEndian: bigEndian) }
    func u32(_ offset: Int) -> Int? { number(offset, 4, bigEndian: bigEndian) }
    /// Bytes already read, as a TIFF number in the file's byte order.
    func order(_ b: UInt8...) -> Int { (bigEndian ? b : b.reversed()).reduce(0) { $0 << 8 | Int($1) } }
}
