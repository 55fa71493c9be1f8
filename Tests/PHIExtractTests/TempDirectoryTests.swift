import Testing
@testable import PHIExtract
#if canImport(Glibc)
import Glibc
#endif

@Suite("TempDirectory")
struct TempDirectoryTests {
    @Test("lists regular files only, reads them, and removes everything when released")
    func lifecycle() throws {
        var kept = ""
        do {
            let dir = try #require(TempDirectory())
            kept = dir.path
            var info = stat()
            #expect(stat(dir.path, &info) == 0 && info.st_mode & 0o777 == 0o700)
            let f = try #require(fopen(dir.path + "/b.txt", "w"))
            fputs("hello", f)
            fclose(f)
            mkdir(dir.path + "/sub", 0o700)
            fclose(fopen(dir.path + "/sub/deep.txt", "w"))
            symlink("/etc/passwd", dir.path + "/link")
            // A name that is not UTF-8 must still be removed.
            let odd: [CChar] = Array((dir.path + "/").utf8CString.dropLast()) + [CChar(bitPattern: 0xFF), 0x41, 0]
            close(open(odd, O_CREAT | O_WRONLY, 0o600))
            let files = dir.files()
            #expect(files.map(\.name) == ["b.txt", "\u{FFFD}A"])
            let spool = try #require(files.first.flatMap { dir.spool(of: $0, memoryLimit: 16, maxBytes: 100) })
            #expect(spool.allBytes() == "hello".bytes)
        }
        #expect(access(kept, F_OK) != 0)
    }
}
