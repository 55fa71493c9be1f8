import Testing
@testable import PHIExtract
#if canImport(Glibc)
import Glibc
#endif

@Suite("Spool")
struct SpoolTests {
    @Test("keeps small parts in memory")
    func staysInMemory() throws {
        let spool = Spool(memoryLimit: 1024)
        try spool.append("hello ".bytes)
        try spool.append("world".bytes)
        #expect(spool.count == 11)
        #expect(spool.filePath == nil)
        #expect(spool.allBytes() == "hello world".bytes)
        #expect(spool.read(at: 6, length: 100) == "world".bytes)
    }

    @Test("spills to a private temp file above the threshold and removes it on release")
    func spillsAndCleansUp() throws {
        var path = ""
        do {
            let spool = Spool(memoryLimit: 100)
            let data = (0..<1000).map { UInt8($0 % 251) }
            for chunk in stride(from: 0, to: data.count, by: 7) {
                try spool.append(data[chunk..<min(chunk + 7, data.count)])
            }
            path = try #require(spool.filePath)
            var info = stat()
            #expect(stat(path, &info) == 0)
            #expect(info.st_mode & 0o777 == 0o600)
            #expect(spool.count == 1000)
            #expect(spool.allBytes() == data)
            var chunks: [UInt8] = []
            spool.forEachChunk(64) { chunks += $0 }
            #expect(chunks == data)
            #expect(spool.contains([UInt8(250), 0, 1]))
        }
        #expect(access(path, F_OK) != 0)
    }

    @Test("drops bytes past its maximum and says so")
    func overflows() throws {
        let spool = Spool(memoryLimit: 10, maxBytes: 20)
        try spool.append([UInt8](repeating: 65, count: 15))
        #expect(!spool.overflowed)
        try spool.append([UInt8](repeating: 66, count: 15))
        #expect(spool.overflowed)
        #expect(spool.count == 20)
    }

    @Test("finds a needle that straddles read chunks")
    func containsAcrossChunks() throws {
        var data = [UInt8](repeating: 0x20, count: (1 << 20) - 3)
        data += "/Encrypt".bytes
        let spool = try Spool(data, memoryLimit: 1 << 10)
        #expect(spool.contains("/Encrypt".bytes))
        #expect(!spool.contains("/Encrypz".bytes))
    }
}
