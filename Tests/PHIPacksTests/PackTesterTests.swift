import Foundation
import PHITestSupport
import Testing
@testable import PHIPacks

enum PackFixtures {
    static var patterns: String { TestPaths.patterns }
}

@Suite("Pack tester")
struct PackTesterTests {
    @Test("every example of the shipped packs behaves")
    func shippedExamples() throws {
        let (passed, misses) = PackTester.run(try TestPacks.library())
        #expect(misses.map(\.description) == [])
        #expect(passed > 150)
    }

    @Test("a deliberately wrong example is reported with its file and line")
    func wrongExample() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("phi-packs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let yaml = PackParserTests.pack(PackParserTests.goodRule.replacingOccurrences(
            of: "no_match: [\"536-90-4399 alone\"", with: "no_match: [\"SSN 536-90-4399\""))
        try yaml.write(toFile: dir + "/bad.yaml", atomically: true, encoding: .utf8)
        let (_, misses) = PackTester.run(try PackLibrary.load(directory: dir))
        #expect(misses.count == 1)
        #expect(misses.first?.description.hasPrefix(dir + "/bad.yaml:17: t.ssn: no_match example") == true)
    }
}
