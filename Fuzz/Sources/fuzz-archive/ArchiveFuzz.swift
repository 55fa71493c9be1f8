import FuzzSupport
@testable import PHIExtract

/// Archives through the Extractor (libarchive underneath; the fuzzed part is ours: entry walk,
/// names, nesting, limits, bomb and ratio checks, spooling, gzip member names). Input: a mode
/// byte (bit 0 set: an `ArchiveRecipe` built into zip, tar, tar.gz or gzip; clear: the rest is
/// raw archive bytes named by bits 1-4), a limits byte (`FuzzLimits.extract`), then the archive.
@_cdecl("LLVMFuzzerTestOneInput")
public func archiveFuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    var input = FuzzReader(data, size)
    let mode = input.byte()
    let limits = FuzzLimits.extract(input.byte())
    let names = ["a.zip", "a.tar", "a.gz", "a.tgz", "a.tar.gz", "a.bz2", "a.xz", "a.7z", "a.rar", "a.csv.gz", "a.bin",
                 "noext", ""]
    let bytes: [UInt8]
    var filename: String?
    if mode & 1 != 0 {
        let built = ArchiveRecipe.build(&input)
        bytes = built.bytes
        filename = mode & 2 != 0 ? built.format.filename : nil
    } else {
        bytes = input.rest()
        filename = names[Int(mode >> 1) % names.count]
        if filename == "" { filename = nil }
    }
    _ = Extractor.extract(bytes, contentType: "application/octet-stream", filename: filename, limits: limits)
    return 0
}
