import Testing
@testable import PHIExtract

@Suite("ImageHeader")
struct ImageHeaderTests {
    func header(_ bytes: [UInt8], maxPages: Int = 1) throws -> ImageHeader? {
        ImageHeader.read(try Spool(bytes), maxPages: maxPages)
    }

    @Test("reads the size of a PNG from its IHDR chunk")
    func png() throws {
        let h = try header(ArchiveBuilder.fixture("ocr-note.png"))
        #expect(h?.format == .png)
        #expect(h?.size == ImageHeader.Size(width: 620, height: 110))
    }

    @Test("reads every page of a multi-page fax TIFF, up to the page limit")
    func tiff() throws {
        let fax = ArchiveBuilder.fixture("fax-2page.tif")
        let both = try header(fax, maxPages: 5)
        #expect(both?.format == .tiff)
        #expect(both?.pages == [ImageHeader.Size(width: 1100, height: 110), ImageHeader.Size(width: 1100, height: 110)])
        #expect(both?.nextPointerOffsets.count == 2)
        #expect(try header(fax, maxPages: 1)?.pages.count == 1)
    }

    @Test("reads JPEG, GIF, BMP and WebP headers")
    func others() throws {
        // JPEG: SOI, an APP0 segment, then SOF0 with height 300 and width 400.
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xFF, 0xC0, 0x00, 0x0B, 0x08,
                             0x01, 0x2C, 0x01, 0x90, 0x01, 0x01, 0x11, 0x00]
        #expect(try header(jpeg)?.size == ImageHeader.Size(width: 400, height: 300))
        // GIF: a 10×10 screen whose first image is 500×20.
        let gif: [UInt8] = Array("GIF89a".utf8) + [10, 0, 10, 0, 0, 0, 0] + [0x21, 0xF9, 4, 0, 0, 0, 0, 0]
            + [0x2C, 0, 0, 0, 0, 0xF4, 0x01, 20, 0, 0]
        #expect(try header(gif)?.size == ImageHeader.Size(width: 500, height: 20))
        // BMP: an info header with a negative (top-down) height.
        var bmp: [UInt8] = Array("BM".utf8) + [UInt8](repeating: 0, count: 12) + [40, 0, 0, 0]
        bmp += [0x20, 0x03, 0, 0] + [0x38, 0xFF, 0xFF, 0xFF] + [UInt8](repeating: 0, count: 8)
        #expect(try header(bmp)?.size == ImageHeader.Size(width: 800, height: 200))
        let webp: [UInt8] = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0, 0, 0, 0, 0]
            + [0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00]
        #expect(try header(webp)?.size == ImageHeader.Size(width: 640, height: 480))
    }

    @Test("reads cut-short, zero-sized and looping headers as nothing")
    func hostile() throws {
        let png = ArchiveBuilder.fixture("ocr-note.png")
        #expect(try header(Array(png.prefix(20))) == nil)
        var zero = png
        zero.replaceSubrange(16..<20, with: [0, 0, 0, 0])
        #expect(try header(zero) == nil)
        // A TIFF whose only IFD points back at itself.
        let loop: [UInt8] = [0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0, 2, 0, 0x00, 0x01, 3, 0, 1, 0, 0, 0, 10, 0, 0, 0,
                             0x01, 0x01, 3, 0, 1, 0, 0, 0, 10, 0, 0, 0, 8, 0, 0, 0]
        #expect(try header(loop, maxPages: 5) == nil)
        #expect(try header([0xFF, 0xD8, 0xFF]) == nil)
        #expect(try header(Array("GIF89a".utf8)) == nil)
        #expect(try header([]) == nil)
    }

    @Test("never traps on random bytes behind a valid signature")
    func fuzz() throws {
        var state: UInt32 = 5
        let signatures: [[UInt8]] = [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [0xFF, 0xD8, 0xFF], Array("GIF89a".utf8),
                                     Array("BM".utf8), Array("RIFF\0\0\0\0WEBPVP8L".utf8), [0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A]]
        for signature in signatures {
            for length in [0, 3, 17, 64, 600] {
                let tail = (0..<length).map { _ -> UInt8 in
                    state = state &* 1_103_515_245 &+ 12_345
                    return UInt8(truncatingIfNeeded: state >> 16)
                }
                _ = try header(signature + tail, maxPages: 30)
            }
        }
    }
}
